import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Field names that carry patient words or PHI wherever they appear in a log object. Logging goes
 * through pino's redaction so a careless `log.info({ message })` still cannot write a patient's text.
 */
const SENSITIVE_FIELDS = [
  'text',
  'delta',
  'message.text',
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
];

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const field of SENSITIVE_FIELDS) {
    paths.push(field, `*.${field}`, `*.*.${field}`);
  }
  paths.push(
    'req.headers.cookie',
    'req.headers.authorization',
    'req.headers["x-csrf-token"]',
    'res.headers["set-cookie"]',
  );
  return paths;
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
    redact: { paths: redactPaths(), censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
