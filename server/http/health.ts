import { Router } from 'express';

export interface HealthCheck {
  name: string;
  /** A critical check failing makes the service not ready (503); any other makes it `degraded`. */
  critical: boolean;
  check: () => Promise<void>;
}

const CHECK_TIMEOUT_MS = 2000;

async function withTimeout(check: () => Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** `GET /healthz`: the process is up. `GET /readyz`: it can serve (store answers; model reported). */
export function createHealthRouter(checks: HealthCheck[]): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      checks.map(async ({ name, critical, check }) => {
        try {
          await withTimeout(check, CHECK_TIMEOUT_MS);
          return { name, critical, ok: true };
        } catch {
          return { name, critical, ok: false };
        }
      }),
    );
    const criticalDown = results.some((r) => r.critical && !r.ok);
    const anyDown = results.some((r) => !r.ok);
    const status = criticalDown ? 'unavailable' : anyDown ? 'degraded' : 'ready';
    res.status(criticalDown ? 503 : 200).json({
      status,
      checks: Object.fromEntries(results.map((r) => [r.name, r.ok ? 'ok' : 'down'])),
    });
  });
  return router;
}
