import { z } from 'zod';

/**
 * Every environment variable PlainCare reads, parsed in one place. A bad value stops the start
 * with one line naming the variable (see `formatConfigError`), never a stack trace.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

const emptyToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

const port = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number between 1 and 65535')
    .transform(Number)
    .pipe(z.number().int().min(0, 'must be between 0 and 65535').max(65535, 'must be between 0 and 65535'))
    .default(3000),
);

const redisUrl = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .refine((value) => /^rediss?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
      message: 'must be a redis:// or rediss:// URL, for example redis://127.0.0.1:6379',
    })
    .optional(),
);

const httpUrl = (example: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((value) => /^https?:\/\//.test(value) && URL.canParse(value), {
        message: `must be an http:// or https:// URL, for example ${example}`,
      })
      .optional(),
  );

const phoneNumber = (fallback: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\+?[0-9][0-9 ()-]{1,19}$/, 'must be a phone number made of digits, spaces, + ( ) or -')
      .default(fallback),
  );

const positiveInteger = (fallback: number, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d+$/, `must be a whole number from 1 to ${max}`)
      .transform(Number)
      .pipe(
        z.number().int().min(1, `must be a whole number from 1 to ${max}`).max(max, `must be at most ${max}`),
      )
      .default(fallback),
  );

const optionalPositiveInteger = (max: number) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d+$/, `must be a whole number from 1 to ${max}`)
      .transform(Number)
      .pipe(
        z.number().int().min(1, `must be a whole number from 1 to ${max}`).max(max, `must be at most ${max}`),
      )
      .optional(),
  );

const originList = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin.length > 0),
    )
    .refine((origins) => origins.every((origin) => origin === '*' || /^https?:\/\/[^/\s]+$/.test(origin)), {
      message: 'must be a comma-separated list of origins such as https://hospital.example (no paths), or *',
    })
    .optional(),
);

export const EnvSchema = z
  .object({
    NODE_ENV: z.preprocess(
      emptyToUndefined,
      z
        .enum(['development', 'production', 'test'], { message: 'must be development, production or test' })
        .default('development'),
    ),
    PORT: port,
    HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(
          /^[A-Za-z0-9:_.-]{1,64}$/,
          'must be 1 to 64 letters, digits or : _ . - (for example plaincare:)',
        )
        .default('plaincare:'),
    ),
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: httpUrl('http://127.0.0.1:11434/v1'),
    OPENAI_MODEL: z.preprocess(emptyToUndefined, z.string().default('gpt-4o-mini')),
    EMERGENCY_NUMBER: phoneNumber('911'),
    CRISIS_LINE: phoneNumber('988'),
    HOSPITAL_PHONE: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\+?[0-9][0-9 ()-]{1,19}$/, 'must be a phone number made of digits, spaces, + ( ) or -')
        .optional(),
    ),
    SESSION_SECRET: z.preprocess(
      emptyToUndefined,
      z.string().min(32, 'must be at least 32 characters (use: openssl rand -hex 32)').optional(),
    ),
    PUBLIC_URL: httpUrl('https://plaincare.hospital.example'),
    RETENTION_DAYS: positiveInteger(30, 3650),
    ALLOWED_ORIGINS: originList,
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
          message: 'must be one of fatal, error, warn, info, debug, trace, silent',
        })
        .default('info'),
    ),
    STAFF_IDLE_MINUTES: positiveInteger(15, 1440),
    SESSION_MAX_HOURS: positiveInteger(12, 168),
    STAFF_PRESENCE_SECONDS: positiveInteger(25, 300),
    SLA_EMERGENCY_REALERT_SECONDS: positiveInteger(30, 86_400),
    SLA_EMERGENCY_SUPERVISOR_SECONDS: positiveInteger(120, 86_400),
    SLA_URGENT_REALERT_SECONDS: positiveInteger(300, 86_400),
    SLA_REQUEST_REALERT_SECONDS: optionalPositiveInteger(86_400),
    TRUST_PROXY: z.preprocess(
      emptyToUndefined,
      z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.STAFF_IDLE_MINUTES * 60 > env.SESSION_MAX_HOURS * 3600) {
      ctx.addIssue({
        code: 'custom',
        path: ['STAFF_IDLE_MINUTES'],
        message: 'must not be longer than SESSION_MAX_HOURS',
      });
    }
    if (env.NODE_ENV === 'production' && env.SESSION_SECRET === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required when NODE_ENV=production (use: openssl rand -hex 32)',
      });
    }
  });

export interface ModelConfig {
  apiKey: string;
  baseUrl: string | undefined;
  model: string;
}

/** The staff side: sessions, presence and the escalation service levels. */
export interface StaffConfig {
  /** A session unused this long is over (STAFF_IDLE_MINUTES, 15). */
  idleMs: number;
  /** A session is over this long after login, however active (SESSION_MAX_HOURS, 12). */
  sessionMaxMs: number;
  /** A console that has not sent a heartbeat for this long counts as offline (STAFF_PRESENCE_SECONDS, 25). */
  presenceTtlMs: number;
  serviceLevels: {
    emergencyRealertMs: number;
    emergencySupervisorMs: number;
    urgentRealertMs: number;
    requestRealertMs?: number;
  };
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  redisUrl: string | undefined;
  /** Every Redis key starts with it (REDIS_PREFIX, "plaincare:"), so deployments can share one Redis. */
  redisPrefix: string;
  /** Present when a model is configured; otherwise the embedded engine answers. */
  model: ModelConfig | undefined;
  emergencyNumber: string;
  crisisLine: string;
  hospitalPhone: string | undefined;
  sessionSecret: string | undefined;
  publicUrl: string | undefined;
  retentionMs: number;
  retentionDays: number;
  /** Origins allowed to embed the widget; undefined means same-origin only. */
  allowedOrigins: string[] | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean;
  staff: StaffConfig;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; variable: string; problem: string };

/** Parses the environment; pure, so tests pass their own `env`. */
export function loadConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = typeof issue?.path[0] === 'string' ? issue.path[0] : 'environment';
    return { ok: false, variable, problem: issue?.message ?? 'is not valid' };
  }
  const e = parsed.data;
  const modelConfigured = e.OPENAI_API_KEY !== undefined || e.OPENAI_BASE_URL !== undefined;
  return {
    ok: true,
    config: {
      env: e.NODE_ENV,
      port: e.PORT,
      host: e.HOST,
      redisUrl: e.REDIS_URL,
      redisPrefix: e.REDIS_PREFIX,
      model: modelConfigured
        ? { apiKey: e.OPENAI_API_KEY ?? 'not-needed', baseUrl: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL }
        : undefined,
      emergencyNumber: e.EMERGENCY_NUMBER,
      crisisLine: e.CRISIS_LINE,
      hospitalPhone: e.HOSPITAL_PHONE,
      sessionSecret: e.SESSION_SECRET,
      publicUrl: e.PUBLIC_URL,
      retentionDays: e.RETENTION_DAYS,
      retentionMs: e.RETENTION_DAYS * DAY_MS,
      allowedOrigins: e.ALLOWED_ORIGINS,
      logLevel: e.LOG_LEVEL,
      trustProxy: e.TRUST_PROXY === 'true',
      staff: {
        idleMs: e.STAFF_IDLE_MINUTES * 60_000,
        sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
        presenceTtlMs: e.STAFF_PRESENCE_SECONDS * 1000,
        serviceLevels: {
          emergencyRealertMs: e.SLA_EMERGENCY_REALERT_SECONDS * 1000,
          emergencySupervisorMs: e.SLA_EMERGENCY_SUPERVISOR_SECONDS * 1000,
          urgentRealertMs: e.SLA_URGENT_REALERT_SECONDS * 1000,
          ...(e.SLA_REQUEST_REALERT_SECONDS !== undefined
            ? { requestRealertMs: e.SLA_REQUEST_REALERT_SECONDS * 1000 }
            : {}),
        },
      },
    },
  };
}

/** The one line a person sees when the start is refused. */
export function formatConfigError(result: { variable: string; problem: string }): string {
  return `plaincare: configuration error: ${result.variable} ${result.problem}`;
}
