import { readFile, stat } from 'node:fs/promises';
import { isLang, LANGUAGES, type Lang } from '../../../client/shared/languages.js';
import { loadLexicon } from '../../../content/lexicon/load.js';
import type { Lexicon } from '../../../content/lexicon/types.js';
import { createEmbeddedSimplifier } from '../../../content/simplify/index.js';
import type { SimplifyResult } from '../../../content/simplify/types.js';
import { detectLanguage } from '../../../safety/lang/index.js';
import { createRedactor } from '../../../safety/phi/index.js';
import { DEFAULT_EXTRACT_LIMITS, DocumentError, extractText } from '../../documents/extract.js';
import { projectPath } from '../../paths.js';
import { configOrExit } from '../../runtime.js';
import { createSimplifier, factCheckFromLexicons } from '../../simplify/index.js';
import { EXIT_OK, EXIT_USAGE, parseCommandLine, writeLine, type CliIO, type Command } from '../command.js';

const USAGE = 'simplify [--lang L] [--target-grade N] [--json] [FILE|-]';

/** A clear one-line reason a FILE could not be read (exit 2). */
class InputError extends Error {}

const fail = (io: CliIO, message: string): number => {
  writeLine(io.stderr, `plaincare simplify: ${message}`);
  return EXIT_USAGE;
};

async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of stream) {
    const chunk = typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part as Uint8Array);
    size += chunk.length;
    if (size > maxBytes)
      throw new DocumentError('too_large', `The input is larger than ${maxBytes / (1024 * 1024)} MB.`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

async function readNamedFile(path: string, maxBytes: number): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path} is a folder, not a file`);
    if (info.size > maxBytes)
      throw new DocumentError('too_large', `The file is larger than ${maxBytes / (1024 * 1024)} MB.`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof InputError || error instanceof DocumentError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: could not be read`);
  }
}

/** Only the lexicon of the document's language is read; a language without one simplifies with none. */
function lexiconsFor(lang: Lang): Partial<Record<Lang, Lexicon>> {
  try {
    return { [lang]: loadLexicon(projectPath('content', 'lexicon'), lang) };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return {};
    throw error;
  }
}

/** The contract in ARCHITECTURE.md, plus the fields a reviewer needs (flags, glossary, per-sentence grades). */
function toJson(result: SimplifyResult): string {
  return JSON.stringify(
    {
      text: result.text,
      engine: result.engine,
      lang: result.lang,
      readability: result.readability,
      facts: result.facts,
      glossary: result.glossary,
      flags: result.flags,
      sentences: result.sentences,
      elapsedMs: Math.round(result.elapsedMs * 10) / 10,
    },
    null,
    2,
  );
}

function parseGrade(value: string | undefined): number | undefined | 'invalid' {
  if (value === undefined) return undefined;
  const grade = Number(value);
  return /^\d+(\.\d+)?$/.test(value.trim()) && grade >= 1 && grade <= 16 ? grade : 'invalid';
}

export const simplifyCommand: Command = {
  name: 'simplify',
  usage: USAGE,
  summary: 'Rewrites a clinical text (text, Markdown, DOCX or PDF) in plain language.',
  async run(args, io) {
    const parsed = parseCommandLine(
      {
        args,
        allowPositionals: true,
        options: {
          lang: { type: 'string' },
          'target-grade': { type: 'string' },
          json: { type: 'boolean', default: false },
        },
      },
      simplifyCommand,
      io,
    );
    if (!parsed) return EXIT_USAGE;
    const { positionals, values } = parsed;
    if (positionals.length > 1)
      return fail(io, `give one FILE (or - for standard input). Usage: plaincare ${USAGE}`);
    if (values.lang !== undefined && !isLang(values.lang)) {
      return fail(io, `--lang must be one of ${LANGUAGES.join(', ')}`);
    }
    const targetGrade = parseGrade(values['target-grade']);
    if (targetGrade === 'invalid') return fail(io, '--target-grade must be a number from 1 to 16');
    const source = positionals[0] ?? '-';
    if (source === '-' && (io.stdin as { isTTY?: boolean }).isTTY === true) {
      return fail(io, `give a FILE, or pipe the text in. Usage: plaincare ${USAGE}`);
    }
    const config = configOrExit(io.env, io.stderr);
    if (!config.ok) return config.code;

    const name = source === '-' ? 'standard input' : source;
    let text: string;
    try {
      const bytes =
        source === '-'
          ? await readStdin(io.stdin, DEFAULT_EXTRACT_LIMITS.maxBytes)
          : await readNamedFile(source, DEFAULT_EXTRACT_LIMITS.maxBytes);
      text = (await extractText(bytes)).text;
    } catch (error) {
      if (error instanceof InputError) return fail(io, error.message);
      if (error instanceof DocumentError) return fail(io, `${name}: ${error.message}`);
      throw error;
    }

    const lang: Lang =
      values.lang !== undefined && isLang(values.lang) ? values.lang : detectLanguage(text, 'en').lang;
    const lexicons = lexiconsFor(lang);
    const simplifier = createSimplifier({
      ...(config.config.model ? { model: config.config.model } : {}),
      embedded: createEmbeddedSimplifier(lexicons),
      factCheck: factCheckFromLexicons(lexicons),
      redactor: createRedactor(),
      clock: () => performance.now(),
    });
    const result = await simplifier.simplify(text, {
      lang,
      ...(targetGrade !== undefined ? { targetGrade } : {}),
    });

    writeLine(io.stdout, values.json ? toJson(result) : result.text);
    const fallback = result.flags.find((flag) => flag.code === 'model_fallback');
    if (fallback) writeLine(io.stderr, `plaincare simplify: ${fallback.message}`);
    return EXIT_OK;
  },
};
