import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Field names that carry patient words or PHI wherever they appear in a log object. Every log
 * object passes through `scrub`, so a careless `log.info({ message })` still cannot write a
 * patient's text. (pino's own wildcard `redact` did the same at fifteen times the cost a line.)
 */
const SENSITIVE_FIELDS = new Set([
  'text',
  'delta',
  'body',
  'content',
  'password',
  'newPassword',
  'token',
  'conversationToken',
  'secret',
  'email',
  'phone',
  'callbackPhone',
  'name',
  'patientName',
  'dob',
  'dateOfBirth',
  'mrn',
  'address',
  'ssn',
  'note',
  'notes',
  'original',
  'plain',
  'history',
  'cookie',
  'authorization',
  'x-csrf-token',
  'set-cookie',
]);

const REDACTED = '[redacted]';
/** Deeper than any log object we write; anything deeper is dropped rather than read. */
const MAX_DEPTH = 6;

/**
 * A copy of a log object with every sensitive field's value replaced, at any depth. Objects that are
 * not plain data (requests, responses, errors) are left to their serializers, which keep only safe fields.
 */
export function scrub(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    return depth >= MAX_DEPTH ? '[too deep]' : value.map((item: unknown) => scrub(item, depth + 1));
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = SENSITIVE_FIELDS.has(key) ? REDACTED : scrub(item, depth + 1);
  }
  return copy;
}

export interface LoggerOptions {
  level: string;
  /** Tests pass a stream to read what was logged. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level,
    base: { service: 'plaincare' },
    formatters: { log: (object: Record<string, unknown>) => scrub(object) as Record<string, unknown> },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
