import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Router } from 'express';
import request from 'supertest';
import { createMemoryStore } from '../../../server/store/memory/index.js';
import type { Store } from '../../../server/store/types.js';
import { startTestServer, type TestServer } from '../../support/server.js';

function errorCode(body: unknown): string | undefined {
  return (body as { error?: { code?: string } }).error?.code;
}

describe('HTTP basics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      mountRoutes: (app) => {
        const router = Router();
        router.get('/test/boom', () => {
          throw new Error('secret internal detail at /srv/plaincare/x.ts:12');
        });
        router.post('/test/echo', (req, res) => {
          res.json({ received: typeof req.body });
        });
        app.use(router);
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  test('GET /healthz says the process is up', async () => {
    const res = await request(server.plaincare.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  test('GET /readyz checks the store', async () => {
    const res = await request(server.plaincare.app).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready', checks: { store: 'ok' } });
  });

  test('every response carries a request id, and a sane incoming one is kept', async () => {
    const fresh = await request(server.plaincare.app).get('/healthz');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(server.plaincare.app).get('/healthz').set('x-request-id', 'proxy-1234abcd');
    expect(kept.headers['x-request-id']).toBe('proxy-1234abcd');
    const junk = await request(server.plaincare.app).get('/healthz').set('x-request-id', '<script>');
    expect(junk.headers['x-request-id']).not.toBe('<script>');
  });

  test('security headers: a strict CSP with no inline script, no HSTS without TLS', async () => {
    const res = await request(server.plaincare.app).get('/healthz');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  test('an unknown path is a JSON 404', async () => {
    const res = await request(server.plaincare.app).get('/no/such/page');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  test('a failure inside a route is a JSON 500 without internals', async () => {
    const res = await request(server.plaincare.app).get('/test/boom');
    expect(res.status).toBe(500);
    expect(errorCode(res.body)).toBe('server_error');
    expect(res.text).not.toContain('secret internal detail');
    expect(res.text).not.toContain('.ts');
  });

  test('malformed JSON is a clear 400', async () => {
    const res = await request(server.plaincare.app)
      .post('/test/echo')
      .set('content-type', 'application/json')
      .send('{"broken":');
    expect(res.status).toBe(400);
    expect(errorCode(res.body)).toBe('invalid_json');
  });

  test('a JSON body over the limit is a clear 413', async () => {
    const res = await request(server.plaincare.app)
      .post('/test/echo')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(600 * 1024) }));
    expect(res.status).toBe(413);
    expect(errorCode(res.body)).toBe('too_large');
  });
});

describe('HSTS behind TLS', () => {
  test('is sent when PUBLIC_URL is https', async () => {
    const server = await startTestServer({ env: { PUBLIC_URL: 'https://plaincare.hospital.example' } });
    const res = await request(server.plaincare.app).get('/healthz');
    expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
    await server.close();
  });
});

describe('readiness when the store is down', () => {
  test('GET /readyz answers 503 and names the store', async () => {
    // A real store whose backing service stopped answering.
    const broken: Store = {
      ...createMemoryStore({ retentionMs: 60_000, now: Date.now }),
      ping: () => Promise.reject(new Error('connection refused')),
    };
    const server = await startTestServer({ store: broken });
    const res = await request(server.plaincare.app).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'unavailable', checks: { store: 'down' } });
    await server.close();
  });
});
