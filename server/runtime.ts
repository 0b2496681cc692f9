import { formatConfigError, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { redactUrl } from './store/redis/client.js';

/**
 * What every command that needs the configuration does first: parse it, or say in one line
 * which variable is wrong (exit code 2).
 */
export function configOrExit(
  env: NodeJS.ProcessEnv,
  stderr: NodeJS.WritableStream,
): { ok: true; config: Config } | { ok: false; code: 2 } {
  const result = loadConfig(env);
  if (result.ok) return result;
  stderr.write(`${formatConfigError(result)}\n`);
  return { ok: false, code: 2 };
}

export function loggerFor(config: Config): Logger {
  return createLogger({ level: config.logLevel });
}

/** One line for a store that would not open: which Redis, and what it said. */
export function storeOpenError(config: Config, error: unknown): string {
  const why = error instanceof Error ? error.message : String(error);
  const where = config.redisUrl ? redactUrl(config.redisUrl) : 'the in-memory store';
  return `plaincare: could not open ${where}: ${why}`;
}
