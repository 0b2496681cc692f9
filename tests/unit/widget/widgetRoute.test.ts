import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { loadConfig, type Config } from '../../../server/config.js';
import { createHttpApp } from '../../../server/http/app.js';
import { createWidgetRouter, frameAncestors } from '../../../server/http/routes/widget.js';
import { createLogger } from '../../../server/logger.js';

/** The widget's HTTP routes over a stand-in build, so they are tested without building the client. */

function config(env: NodeJS.ProcessEnv = {}): Config {
  const result = loadConfig({ LOG_LEVEL: 'silent', ...env });
  if (!result.ok) throw new Error(`${result.variable} ${result.problem}`);
  return result.config;
}

function app(cfg: Config, widgetDir: string, demoDir: string): Express {
  return createHttpApp({
    config: cfg,
    logger: createLogger({ level: 'silent' }),
    mountRoutes: (express) => express.use(createWidgetRouter({ config: cfg, widgetDir, demoDir })),
  });
}

let root: string;
let widgetDir: string;
let demoDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'plaincare-widget-route-'));
  widgetDir = join(root, 'widget');
  demoDir = join(root, 'demo');
  mkdirSync(join(widgetDir, 'assets'), { recursive: true });
  mkdirSync(demoDir, { recursive: true });
  writeFileSync(join(widgetDir, 'widget.js'), '(function(){})();');
  writeFileSync(
    join(widgetDir, 'frame.html'),
    '<!doctype html>\n<html lang="en" dir="ltr"><head><title>PlainCare</title></head><body></body></html>',
  );
  writeFileSync(join(widgetDir, 'assets', 'frame-abc123.js'), 'export {};');
  writeFileSync(
    join(demoDir, 'index.html'),
    '<html><body><script src="/widget.js" data-lang="auto" async></script></body></html>',
  );
  writeFileSync(
    join(demoDir, 'landing.html'),
    '<html><body><a href="/demo">Demo</a> <a href="/staff/">Staff</a></body></html>',
  );
  writeFileSync(join(demoDir, 'demo.css'), 'body{}');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('GET /widget.js', () => {
  test('serves the loader so any hospital site can run it', async () => {
    const res = await request(app(config(), widgetDir, demoDir)).get('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.text).toBe('(function(){})();');
  });

  test('says clearly when the widget has not been built', async () => {
    const res = await request(app(config(), join(root, 'nowhere'), demoDir)).get('/widget.js');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({
      error: { code: 'unavailable', message: expect.stringContaining('npm run build') },
    });
  });
});

describe('GET /widget/frame', () => {
  test('carries the numbers to call and how long chats are kept', async () => {
    const cfg = config({
      EMERGENCY_NUMBER: '112',
      CRISIS_LINE: '988',
      HOSPITAL_PHONE: '+1 555 0100',
      RETENTION_DAYS: '14',
    });
    const res = await request(app(cfg, widgetDir, demoDir)).get('/widget/frame?lang=es');
    expect(res.status).toBe(200);
    expect(res.text).toContain(
      '<html data-emergency="112" data-crisis="988" data-hospital="+1 555 0100" data-retention-days="14" lang="en"',
    );
  });

  test.each([
    [{}, "frame-ancestors 'self'"],
    [
      { ALLOWED_ORIGINS: 'https://hospital.example,https://www.hospital.example' },
      "frame-ancestors 'self' https://hospital.example https://www.hospital.example",
    ],
    [
      { ALLOWED_ORIGINS: 'https://a.example', PUBLIC_URL: 'https://chat.hospital.example/x' },
      "frame-ancestors 'self' https://a.example https://chat.hospital.example",
    ],
    [{ ALLOWED_ORIGINS: '*' }, 'frame-ancestors *'],
  ] as Array<[NodeJS.ProcessEnv, string]>)(
    'with %j only the allowed sites may frame it: %s',
    async (env, expected) => {
      const res = await request(app(config(env), widgetDir, demoDir)).get('/widget/frame');
      const csp = String(res.headers['content-security-policy']);
      expect(csp.split(';').filter((d) => d.startsWith('frame-ancestors'))).toEqual([expected]);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['x-frame-options']).toBeUndefined();
    },
  );

  test('every other page keeps the strict same-origin framing rule', async () => {
    const res = await request(
      app(config({ ALLOWED_ORIGINS: 'https://hospital.example' }), widgetDir, demoDir),
    ).get('/demo');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'self'");
    expect(String(res.headers['content-security-policy'])).not.toContain('hospital.example');
  });

  test('frame assets are served with long caching (their names change with their content)', async () => {
    const res = await request(app(config(), widgetDir, demoDir)).get('/widget/assets/frame-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });
});

describe('GET /demo and /', () => {
  test.each([
    ['', 'auto'],
    ['?lang=ar', 'ar'],
    ['?lang=es', 'es'],
    ['?lang=fr', 'auto'],
    ['?lang="><script>alert(1)</script>', 'auto'],
  ])('/demo%s embeds the widget with data-lang="%s"', async (query, lang) => {
    const res = await request(app(config(), widgetDir, demoDir)).get(`/demo${query}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(`data-lang="${lang}"`);
    expect(res.text).not.toContain('<script>alert');
  });

  test('the demo page styles are served', async () => {
    const res = await request(app(config(), widgetDir, demoDir)).get('/demo/demo.css');
    expect(res.status).toBe(200);
  });

  test('the landing page links to the demo and the staff console', async () => {
    const res = await request(app(config(), widgetDir, demoDir)).get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('href="/demo"');
    expect(res.text).toContain('href="/staff/"');
  });
});

describe('frameAncestors', () => {
  test('PUBLIC_URL counts as our own origin', () => {
    expect(frameAncestors({ allowedOrigins: undefined, publicUrl: 'https://chat.example/base' })).toBe(
      "'self' https://chat.example",
    );
  });
});
