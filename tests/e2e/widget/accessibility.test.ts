import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../support/browser.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import {
  ask,
  axeViolations,
  ensureWidgetBuilt,
  launcher,
  openAndAccept,
  openDemo,
  strings,
  waitForReply,
} from './harness.js';

/**
 * WCAG 2.1 AA in Chromium: axe-core finds nothing in the demo page or the widget (closed, open, with an
 * emergency message, in Arabic), live regions speak new messages, targets are at least 44 px, text can
 * be doubled without losing anything, and motion stops when the patient asks for less.
 */

let browser: Browser | undefined;
let server: TestServer;

beforeAll(async () => {
  await ensureWidgetBuilt();
  browser = await launchBrowser('patient widget accessibility');
  server = await startTestServer();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('axe-core finds no WCAG 2.1 A/AA violation', () => {
  test('closed, then open on the notice, then in a conversation', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, { query: '?lang=en' });
    await launcher(demo, 'en').waitFor();
    expect(await axeViolations(demo.page)).toEqual([]);

    await launcher(demo, 'en').click();
    await demo.widget.getByRole('dialog').waitFor();
    expect(await axeViolations(demo.page)).toEqual([]);

    await demo.widget.getByRole('button', { name: strings('en')('notice.accept') }).click();
    const box = demo.widget.getByRole('textbox');
    await ask(box, 'what does NPO mean?');
    await waitForReply(demo, 1);
    expect(await axeViolations(demo.page)).toEqual([]);
    expect(demo.problems).toEqual([]);
    await demo.close();
  });

  test('with an emergency message', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, { query: '?lang=en' });
    const box = await openAndAccept(demo, 'en');
    await ask(box, 'I have crushing chest pain and I cannot breathe');
    await demo.widget.locator('.pc-emergency--pinned').waitFor();
    expect(await axeViolations(demo.page)).toEqual([]);
    await demo.close();
  });

  test('in Arabic, closed and open', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, { query: '?lang=ar' });
    await launcher(demo, 'ar').waitFor();
    expect(await axeViolations(demo.page)).toEqual([]);
    const box = await openAndAccept(demo, 'ar');
    await ask(box, 'ما معنى NPO؟');
    await waitForReply(demo, 1);
    expect(await axeViolations(demo.page)).toEqual([]);
    await demo.close();
  });
});

describe('for screen readers, keyboards, fingers and eyes', () => {
  test('a new answer is announced politely; an emergency is announced at once', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, { query: '?lang=en' });
    const t = strings('en');
    const box = await openAndAccept(demo, 'en');
    await ask(box, 'what does NPO mean?');
    const answer = await waitForReply(demo, 1);
    const polite = demo.widget.locator('[aria-live="polite"]');
    expect(await polite.textContent()).toBe(`${t('message.assistant')}: ${answer}`);

    await ask(box, 'I have crushing chest pain and I cannot breathe');
    await demo.widget.locator('.pc-emergency--pinned').waitFor();
    const alert = demo.widget.locator('[role="alert"]');
    expect(await alert.textContent()).toContain(t('emergency.title'));
    await demo.close();
  });

  test('every control in the open panel is labelled and at least 44 by 44 px', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, { query: '?lang=es' });
    const box = await openAndAccept(demo, 'es');
    await ask(box, '¿Qué significa NPO?');
    await waitForReply(demo, 1);
    await ask(box, 'tengo un dolor muy fuerte en el pecho y no puedo respirar');
    await demo.widget.locator('.pc-emergency--pinned').waitFor();
    const frame = await demo.frame();
    const small = await frame.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, select, textarea, input, a.pc-call')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({
          name: el.getAttribute('aria-label') ?? el.textContent ?? el.id,
          box: el.getBoundingClientRect(),
        }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ name, box }) => `${name} ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    await demo.close();
  });

  test('text at 200 %: the launcher grows with it and the open panel never scrolls sideways', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, { query: '?lang=vi' });
    const frameElement = demo.page.locator('iframe');
    const before = await frameElement.boundingBox();
    const frame = await demo.frame();
    await frame.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await demo.page.waitForFunction(
      (width) => (document.querySelector('iframe')?.getBoundingClientRect().width ?? 0) > width * 1.5,
      before?.width ?? 0,
    );
    const box = await openAndAccept(demo, 'vi');
    await ask(box, 'NPO nghĩa là gì?');
    await waitForReply(demo, 1);
    const overflow = await frame.evaluate(() => {
      const panel = document.querySelector('[role="dialog"]');
      const root = document.scrollingElement;
      return {
        page: root ? root.scrollWidth - root.clientWidth : 0,
        panel: panel ? panel.scrollWidth - panel.clientWidth : 0,
      };
    });
    expect(overflow).toEqual({ page: 0, panel: 0 });
    // The controls to send and to leave are still on screen.
    for (const name of [strings('vi')('panel.close'), strings('vi')('composer.send')]) {
      const control = await demo.widget.getByRole('button', { name }).boundingBox();
      const viewport = await frameElement.boundingBox();
      expect(
        control &&
          viewport &&
          control.x >= viewport.x &&
          control.x + control.width <= viewport.x + viewport.width,
      ).toBe(true);
    }
    await demo.close();
  });

  test('a phone-sized screen gets the whole window for the open chat', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, {
      query: '?lang=ko',
      viewport: { width: 375, height: 667 },
    });
    await openAndAccept(demo, 'ko');
    const box = await demo.page.locator('iframe').boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 375, height: 667 });
    expect(await axeViolations(demo.page)).toEqual([]);
    await demo.close();
  });

  test('with reduced motion the typing dots and the streaming caret stand still', async () => {
    if (!browser) return;
    const still = await openDemo(browser, server.url, { reducedMotion: 'reduce' });
    const moving = await openDemo(browser, server.url, { reducedMotion: 'no-preference' });
    const animation = async (demo: typeof still) =>
      (await demo.frame()).evaluate(() => {
        // The same elements the widget draws while an answer is on its way.
        const probe = document.createElement('div');
        probe.innerHTML = '<span class="pc-dots"><span></span></span><span class="pc-caret"></span>';
        document.body.append(probe);
        const names = [...probe.querySelectorAll('.pc-dots span, .pc-caret')].map(
          (el) => getComputedStyle(el).animationName,
        );
        probe.remove();
        return names;
      });
    expect(await animation(moving)).toEqual(['pc-bounce', 'pc-blink']);
    expect(await animation(still)).toEqual(['none', 'none']);
    await still.close();
    await moving.close();
  });
});
