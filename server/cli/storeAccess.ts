import type { Config } from '../config.js';
import { loggerFor, storeOpenError } from '../runtime.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { EXIT_FAILED, EXIT_USAGE, writeLine, type CliIO } from './command.js';

/**
 * The store a command acts on: the Redis that REDIS_URL names. The embedded in-memory store lives
 * inside the running server, so without REDIS_URL there is nothing to reach from here.
 */
export async function openSharedStore(
  command: string,
  config: Config,
  io: CliIO,
): Promise<{ ok: true; store: Store } | { ok: false; code: number }> {
  if (config.redisUrl === undefined) {
    writeLine(
      io.stderr,
      `plaincare ${command}: REDIS_URL is not set, and the embedded in-memory store lives inside the server process, ` +
        'so there is nothing to reach from here: open the one-time setup link (/setup/<token>) that the first ' +
        '`npm start` printed to create the first admin, then manage accounts in the console, or set REDIS_URL.',
    );
    return { ok: false, code: EXIT_USAGE };
  }
  try {
    const store = await openStore({
      redisUrl: config.redisUrl,
      prefix: config.redisPrefix,
      retentionMs: config.retentionMs,
      now: Date.now,
      logger: loggerFor({ ...config, logLevel: 'silent' }),
    });
    return { ok: true, store };
  } catch (error) {
    writeLine(io.stderr, storeOpenError(config, error));
    return { ok: false, code: EXIT_FAILED };
  }
}

/** All of stdin as text, without the one line ending `echo` or a terminal adds. */
export async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
