import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../support/browser.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { ask, ensureWidgetBuilt, strings, waitForReply, type DemoPage } from './harness.js';

/**
 * The widget on a hospital site that is not PlainCare's own origin, as hospitals embed it: it works when
 * the site is in ALLOWED_ORIGINS, and the chat frame refuses to appear inside any other site.
 */

let browser: Browser | undefined;
let hospital: Server;
let hospitalOrigin: string;
let plaincare: TestServer;
let plaincareElsewhere: TestServer;

function hospitalPage(widgetOrigin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hospital</title><link rel="icon" href="data:,"></head>
<body><main><h1>Hospital</h1><p>Our page.</p></main>
<script src="${widgetOrigin}/widget.js" data-lang="es" async></script></body></html>`;
}

async function openHospital(server: TestServer): Promise<DemoPage> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${hospitalOrigin}/?widget=${encodeURIComponent(server.url)}`, {
    waitUntil: 'networkidle',
  });
  const widget = page.frameLocator('iframe[src*="/widget/frame"]');
  const frame = () => {
    const found = page.frames().find((f) => f.url().includes('/widget/frame'));
    return found ? Promise.resolve(found) : Promise.reject(new Error('no widget frame'));
  };
  return { context, page, widget, problems, frame, close: () => context.close() };
}

beforeAll(async () => {
  await ensureWidgetBuilt();
  browser = await launchBrowser('patient widget embedding');
  // The hospital's own web server, on another origin (another host name and port).
  hospital = createServer((req, res) => {
    const widgetOrigin = new URL(req.url ?? '/', 'http://localhost').searchParams.get('widget') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hospitalPage(widgetOrigin));
  });
  await new Promise<void>((resolve) => hospital.listen(0, '127.0.0.1', resolve));
  hospitalOrigin = `http://localhost:${(hospital.address() as AddressInfo).port}`;
  plaincare = await startTestServer({ env: { ALLOWED_ORIGINS: hospitalOrigin } });
  plaincareElsewhere = await startTestServer({
    env: { ALLOWED_ORIGINS: 'https://another-hospital.example' },
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await plaincare?.close();
  await plaincareElsewhere?.close();
  await new Promise((resolve) => hospital?.close(resolve));
});

describe('on a hospital site', () => {
  test('listed in ALLOWED_ORIGINS: the widget loads, chats and leaves the page alone', async () => {
    if (!browser) return;
    const site = await openHospital(plaincare);
    const t = strings('es');
    await site.widget.getByRole('button', { name: t('launcher.label') }).click();
    await site.widget.getByRole('button', { name: t('notice.accept') }).click();
    await ask(site.widget.getByRole('textbox', { name: t('composer.label') }), '¿Qué significa NPO?');
    expect(await waitForReply(site, 1)).toMatch(/nada|boca|coma|beba/i);
    // The page cannot read the conversation: the frame is another origin.
    const readable = await site.page.evaluate(() => {
      try {
        return document.querySelector('iframe')?.contentDocument?.body?.textContent ?? null;
      } catch {
        return null;
      }
    });
    expect(readable).toBeNull();
    expect(site.problems).toEqual([]);
    await site.close();
  });

  test('not listed: the chat frame refuses to appear inside it', async () => {
    if (!browser) return;
    const site = await openHospital(plaincareElsewhere);
    await site.page.waitForTimeout(1500);
    expect(await site.widget.getByRole('button').count()).toBe(0);
    expect(await site.page.locator('iframe').evaluate((el) => getComputedStyle(el).visibility)).toBe(
      'hidden',
    );
    expect(site.problems.some((problem) => problem.includes('frame-ancestors'))).toBe(true);
    await site.close();
  });
});
