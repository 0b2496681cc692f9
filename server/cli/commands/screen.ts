import { createInterface } from 'node:readline';
import { z } from 'zod';
import { toLang } from '../../../client/shared/languages.js';
import { loadScreener, type Screener } from '../../../safety/screen/index.js';
import { projectPath } from '../../paths.js';
import {
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  parseCommandLine,
  writeLine,
  type CliIO,
  type Command,
} from '../command.js';

const USAGE = 'screen [--lexicons DIR] < messages.jsonl';

/** One input line: `{"id": any, "text": string, "lang"?: string}`. */
const InputLine = z.object({
  id: z.unknown(),
  text: z.string({ error: 'text must be a string' }),
  lang: z.string({ error: 'lang must be a string such as "es" or "zh-CN"' }).optional(),
});

type OutputLine =
  | { id: unknown; action: string; categories: string[]; lang: string }
  | { id: unknown; error: { code: 'invalid_line'; message: string } };

/** An id echoed back only when it survives JSON as itself (a number, string, boolean, null, array or object). */
function echoId(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    JSON.stringify(value);
    return value;
  } catch {
    return null;
  }
}

/** The answer for one line; the error message names the problem, never the patient's text. */
export function screenLine(screener: Screener, line: string, lineNumber: number): OutputLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { id: null, error: { code: 'invalid_line', message: `line ${lineNumber} is not valid JSON` } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { id: null, error: { code: 'invalid_line', message: `line ${lineNumber} must be a JSON object` } };
  }
  const idOf = echoId((json as Record<string, unknown>).id);
  if (!('id' in json))
    return { id: null, error: { code: 'invalid_line', message: `line ${lineNumber}: id is missing` } };
  const parsed = InputLine.safeParse(json);
  if (!parsed.success) {
    return {
      id: idOf,
      error: {
        code: 'invalid_line',
        message: `line ${lineNumber}: ${parsed.error.issues[0]?.message ?? 'invalid fields'}`,
      },
    };
  }
  const { text, lang } = parsed.data;
  // A language we do not speak ("fr") is not an error: every message is screened in all our languages anyway.
  const given = toLang(lang);
  const result = screener.screen(text, given === undefined ? {} : { lang: given });
  return { id: idOf, action: result.action, categories: result.categories, lang: result.lang };
}

/**
 * Reads lines and writes answers in batches: the answers to every line that arrived together go out
 * in one write at the next turn of the event loop (a lone interactive line is answered at once), and
 * reading pauses while stdout is full.
 */
function pump(io: CliIO, screener: Screener): Promise<number> {
  return new Promise<number>((resolve) => {
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    let pending: string[] = [];
    let scheduled = false;
    let closed = false;
    let draining = false;
    let finished = false;
    let lineNumber = 0;
    const finish = (code: number) => {
      if (finished) return;
      finished = true;
      resolve(code);
    };
    const maybeFinish = () => {
      if (closed && !scheduled && !draining && pending.length === 0) finish(EXIT_OK);
    };
    const flush = () => {
      scheduled = false;
      if (pending.length > 0) {
        const chunk = pending.join('');
        pending = [];
        if (!io.stdout.write(chunk)) {
          draining = true;
          lines.pause();
          io.stdout.once('drain', () => {
            draining = false;
            if (!closed) lines.resume();
            maybeFinish();
          });
        }
      }
      maybeFinish();
    };
    lines.on('line', (line: string) => {
      lineNumber += 1;
      if (line.trim() === '') return;
      pending.push(`${JSON.stringify(screenLine(screener, line, lineNumber))}\n`);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
    lines.on('close', () => {
      closed = true;
      if (!scheduled) flush();
    });
    io.stdin.on('error', (error: Error) => {
      writeLine(io.stderr, `plaincare screen: reading stdin failed: ${error.message}`);
      finish(EXIT_FAILED);
    });
  });
}

/**
 * `plaincare screen`: JSON lines in, one JSON line out per input, in order, as they arrive. It loads
 * the red-flag lexicons and nothing else (no web server, no store, no model), waits when stdout is
 * full (backpressure), and answers a malformed line with an `invalid_line` error and carries on.
 */
export const screenCommand: Command = {
  name: 'screen',
  usage: USAGE,
  summary: 'Screens patient messages (JSON lines on stdin) for red flags, prompt injection and abuse.',
  run(args, io) {
    const parsed = parseCommandLine(
      { args, options: { lexicons: { type: 'string' }, help: { type: 'boolean', short: 'h' } } },
      screenCommand,
      io,
    );
    if (!parsed) return Promise.resolve(EXIT_USAGE);
    if (parsed.values.help === true) {
      writeLine(io.stdout, `Usage: plaincare ${USAGE}`);
      writeLine(
        io.stdout,
        'Each input line: {"id": any, "text": "...", "lang"?: "es"}. Each output line: {"id", "action", "categories", "lang"}.',
      );
      return Promise.resolve(EXIT_OK);
    }
    const lexiconDir = parsed.values.lexicons ?? projectPath('safety', 'lexicons');

    let screener: Screener;
    try {
      screener = loadScreener(lexiconDir);
    } catch (error) {
      writeLine(
        io.stderr,
        `plaincare screen: cannot load the lexicons: ${error instanceof Error ? error.message : String(error)}`,
      );
      return Promise.resolve(EXIT_USAGE);
    }

    return pump(io, screener);
  },
};
