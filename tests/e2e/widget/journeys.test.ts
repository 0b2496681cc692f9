import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { projectPath } from '../../../server/paths.js';
import { launchBrowser } from '../../support/browser.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import {
  ask,
  ensureWidgetBuilt,
  launcher,
  openAndAccept,
  openDemo,
  strings,
  waitForReply,
} from './harness.js';

/**
 * The patient's journeys through the widget on the /demo page, in Debian's Chromium: Spanish with a
 * streamed answer, an emergency that stays in view, Arabic right to left, keyboard only, a failed
 * message retried, and asking for a person.
 */

let browser: Browser | undefined;
let server: TestServer;

beforeAll(async () => {
  await ensureWidgetBuilt();
  browser = await launchBrowser('patient widget journeys');
  server = await startTestServer({ env: { HOSPITAL_PHONE: '+1 555 0100' } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the patient widget', () => {
  test('open, accept the notice, ask in Spanish, get the answer streamed in', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, { query: '?lang=es' });
    const t = strings('es');
    const deltas: string[] = [];
    demo.page.on('websocket', (ws) =>
      ws.on('framereceived', ({ payload }) => {
        if (String(payload).includes('"reply:delta"')) deltas.push(String(payload));
      }),
    );

    const box = await openAndAccept(demo, 'es');
    const frame = await demo.frame();
    // Every text the newest answer shows on its way, to prove it grew in place rather than arrived whole.
    await frame.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const all = document.querySelectorAll('.pc-item--assistant:not(.pc-welcome) .pc-text');
        const last = all[all.length - 1];
        if (last) seen.push(last.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await ask(box, '¿Qué significa NPO?');
    const answer = await waitForReply(demo, 1);

    expect(answer).toMatch(/nada|boca|coma|beba/i);
    expect(deltas.length).toBeGreaterThan(1);
    const seen = await frame.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(
      seen.some((text) => text.length > 0 && text.length < answer.length && answer.startsWith(text)),
    ).toBe(true);
    // The reply is marked as Spanish, and the patient's message as delivered, in Spanish.
    await expect(demo.widget.locator('.pc-msg--assistant[lang="es"]').count()).resolves.toBe(1);
    await demo.widget.getByText(t('status.delivered')).waitFor();
    expect(await demo.widget.locator('html').getAttribute('lang')).toBe('es');
    expect(demo.problems).toEqual([]);
    await demo.close();
  });

  test('a red-flag message shows the emergency card, and later messages never hide it', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, {
      query: '?lang=en',
      viewport: { width: 1024, height: 700 },
    });
    const t = strings('en');
    const box = await openAndAccept(demo, 'en');
    await ask(box, 'I have crushing chest pain and I cannot breathe');

    const card = demo.widget.locator('.pc-emergency--pinned');
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe(t('emergency.title'));
    const call = card.getByRole('link', { name: t('emergency.call', { number: '911' }) });
    expect(await call.getAttribute('href')).toBe('tel:911');
    // It is red and large: the title's colour is the emergency red, the call link's text at least 20 px.
    expect(await card.getByRole('heading').evaluate((el) => getComputedStyle(el).color)).toBe(
      'rgb(164, 0, 29)',
    );
    expect(await call.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(20);

    for (const question of [
      'what does NPO mean?',
      'what does PRN mean?',
      'what does BID mean?',
      'what does QID mean?',
    ]) {
      await ask(box, question);
    }
    await waitForReply(demo, 4);
    expect(server.escalations.raised.map((e) => e.priority)).toContain('emergency');

    const frameBox = await demo.page.locator('iframe').boundingBox();
    const cardBox = await card.boundingBox();
    if (!frameBox || !cardBox) throw new Error('the frame or the card has no box');
    expect(cardBox.y).toBeGreaterThanOrEqual(frameBox.y);
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
    // Nothing is drawn over it: the point at its call link is the call link.
    const covered = await call.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return top !== null && !el.contains(top);
    });
    expect(covered).toBe(false);
    expect(demo.problems).toEqual([]);
    await demo.close();
  });

  test('Arabic: the layout is mirrored and each message has its own direction (screenshot saved)', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, { query: '?lang=ar' });
    const t = strings('ar');
    const launcherBox = await demo.page.locator('iframe').boundingBox();
    expect(launcherBox && launcherBox.x + launcherBox.width < 1280 / 2).toBe(true); // bottom-left, mirrored

    const box = await openAndAccept(demo, 'ar');
    await ask(box, 'what does NPO mean?');
    await waitForReply(demo, 1);

    const panel = demo.widget.getByRole('dialog');
    expect(await panel.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await demo.widget.locator('html').getAttribute('dir')).toBe('rtl');
    const title = await demo.widget.getByRole('heading', { name: t('panel.title') }).boundingBox();
    const close = await demo.widget.getByRole('button', { name: t('panel.close') }).boundingBox();
    if (!title || !close) throw new Error('no header boxes');
    expect(close.x).toBeLessThan(title.x); // the close button moved to the left
    // The patient's English words keep their own direction inside the Arabic layout.
    const mine = demo.widget.locator('.pc-msg--patient').first();
    expect(await mine.getAttribute('dir')).toBe('auto');
    expect(await mine.locator('.pc-text').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    const reply = demo.widget.locator('.pc-msg--assistant[lang]').last();
    const replyDir = await reply.getAttribute('dir');
    expect(
      replyDir === 'rtl'
        ? (await reply.getAttribute('lang')) === 'ar'
        : (await reply.getAttribute('lang')) !== 'ar',
    ).toBe(true);

    mkdirSync(projectPath('test-results'), { recursive: true });
    await demo.page.screenshot({ path: projectPath('test-results', 'widget-arabic-rtl.png') });
    expect(demo.problems).toEqual([]);
    await demo.close();
  });

  test('keyboard only: reach, open, accept, ask, stay inside the panel, Escape back to the launcher', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, { query: '?lang=en', reducedMotion: 'reduce' });
    const t = strings('en');
    const { page } = demo;
    const frame = await demo.frame();
    const launcherFocused = () =>
      frame.evaluate(() => document.activeElement?.classList.contains('pc-launcher') ?? false);

    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await launcherFocused();
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = demo.widget.getByRole('dialog', { name: t('panel.title') });
    await dialog.waitFor();
    // Focus starts on the notice, so a screen reader reads it first.
    await frame.waitForFunction(() => document.activeElement?.id === 'pc-notice-title', undefined, {
      timeout: 5_000,
    });

    let onAccept = false;
    for (let i = 0; i < 10 && !onAccept; i += 1) {
      await page.keyboard.press('Tab');
      onAccept =
        (await frame.evaluate(() => document.activeElement?.textContent ?? '')) === t('notice.accept');
    }
    expect(onAccept).toBe(true);
    await page.keyboard.press('Enter');
    // Accepting moves focus to the message box once the panel has re-rendered; wait for it (fails after 5 s).
    await frame.waitForFunction(() => document.activeElement?.id === 'pc-input', undefined, {
      timeout: 5_000,
    });
    await page.keyboard.type('what does NPO mean?');
    await page.keyboard.press('Enter');
    await waitForReply(demo, 1);

    // Tab and Shift+Tab go round inside the open panel and never out to the page.
    for (const key of [...Array<string>(12).fill('Tab'), ...Array<string>(12).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      const inside = await frame.evaluate(
        () => document.querySelector('[role="dialog"]')?.contains(document.activeElement) ?? false,
      );
      expect([key, inside]).toEqual([key, true]);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await frame.waitForFunction(
      () => document.activeElement?.classList.contains('pc-launcher') ?? false,
      undefined,
      {
        timeout: 5_000,
      },
    );
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    expect(demo.problems).toEqual([]);
    await demo.close();
  });

  test("opened from the page's own button, Escape returns focus to that button", async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url);
    const cta = demo.page.getByRole('button', { name: 'Ask a question about your papers' });
    await cta.focus();
    await demo.page.keyboard.press('Enter');
    const dialog = demo.widget.getByRole('dialog');
    await dialog.waitFor();
    await demo.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await cta.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(demo.problems).toEqual([]);
    await demo.close();
  });

  test('a message the server refuses is marked failed, and Try again resends it with the same id', async () => {
    if (!browser) return;
    const t = strings('en');
    const sent: string[] = [];
    let refused = false;
    // Between the widget and the server: the first message gets a "not saved" answer, as when the store is down.
    const refuseFirst = (context: BrowserContext) =>
      context.routeWebSocket(/\/socket\.io\//, (ws) => {
        const upstream = ws.connectToServer();
        ws.onMessage((message) => {
          const packet = /^42\/patient,(\d+)\["message",(.*)\]$/.exec(String(message));
          if (packet) {
            sent.push((JSON.parse(packet[2] ?? '{}') as { clientMsgId: string }).clientMsgId);
            if (!refused) {
              refused = true;
              const error = {
                code: 'not_saved',
                message: 'We could not send your message just now. Please try again.',
              };
              ws.send(`43/patient,${packet[1]}${JSON.stringify([{ ok: false, error }])}`);
              return;
            }
          }
          upstream.send(message);
        });
        upstream.onMessage((message) => ws.send(message));
      });
    const demo = await openDemo(browser, server.url, { query: '?lang=en', prepare: refuseFirst });
    const box = await openAndAccept(demo, 'en');
    await ask(box, 'what does NPO mean?');

    const retry = demo.widget.getByRole('button', { name: t('status.retry') });
    await retry.waitFor();
    await demo.widget.getByText('We could not send your message just now. Please try again.').waitFor();
    await retry.click();
    await waitForReply(demo, 1);
    await demo.widget.getByText(t('status.delivered')).waitFor();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
    expect(await demo.widget.locator('.pc-item--patient').count()).toBe(1);
    await demo.close();
  });

  test('"Talk to a person" is always there and says kindly what happened', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, { query: '?lang=es' });
    const t = strings('es');
    await openAndAccept(demo, 'es');
    const button = demo.widget.getByRole('button', { name: t('handoff.button') });
    await button.click();
    // Either staff were told (waiting), nobody is online (numbers and a call-back form), or the request
    // could not be made; in every case the patient reads a sentence, never silence.
    const status = demo.widget.locator('.pc-handoff-status');
    await status.locator('p').first().waitFor({ timeout: 15_000 });
    expect(((await status.textContent()) ?? '').trim().length).toBeGreaterThan(10);
    const withStaff = [t('handoff.waiting'), t('handoff.joined_unnamed')].includes(
      ((await status.textContent()) ?? '').trim(),
    );
    // Unless a person is on the way, the button stays to try again.
    if (!withStaff) await button.waitFor();
    expect(demo.problems).toEqual([]);
    await demo.close();
  });

  test('the launcher counts replies that arrive while the panel is closed', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, { query: '?lang=en' });
    const t = strings('en');
    const box = await openAndAccept(demo, 'en');
    await ask(box, 'what does PRN mean?');
    await waitForReply(demo, 1);
    await demo.page.keyboard.press('Escape');
    await launcher(demo, 'en').waitFor();
    // The same conversation in another tab asks again; its answer reaches every tab.
    const token = await (await demo.frame()).evaluate(() => sessionStorage.getItem('plaincare.token'));
    if (!token) throw new Error('the widget kept no conversation token');
    const otherTab = server.patient({ conversationToken: token });
    await new Promise<void>((resolve) => otherTab.once('conversation', () => resolve()));
    await otherTab.emitWithAck('message', { text: 'what does NPO mean?', clientMsgId: 'other-tab-1' });
    const name = `${t('launcher.label')} ${t('launcher.unread', { count: 1 })}`;
    await demo.widget.getByRole('button', { name }).waitFor();
    await demo.close();
  });

  test('the language can be switched at any time; the server is told and the choice is kept', async () => {
    if (!browser) return;
    const sentToServer: string[] = [];
    const demo = await openDemo(browser, server.url, { query: '?lang=en' });
    demo.page.on('websocket', (ws) =>
      ws.on('framesent', ({ payload }) => sentToServer.push(String(payload))),
    );
    await openAndAccept(demo, 'en');
    await demo.widget.getByRole('combobox', { name: strings('en')('panel.language') }).selectOption('vi');
    const vi = strings('vi');
    await demo.widget.getByRole('textbox', { name: vi('composer.label') }).waitFor();
    expect(await demo.widget.locator('html').getAttribute('lang')).toBe('vi');
    expect(sentToServer.some((frame) => frame.includes('["set_lang",{"lang":"vi"}]'))).toBe(true);

    await demo.page.reload({ waitUntil: 'networkidle' });
    // Still Vietnamese after a reload, though the page says English, and the panel is still open.
    await demo.widget.getByRole('dialog', { name: vi('panel.title') }).waitFor();
    expect(demo.problems).toEqual([]);
    await demo.close();
  });

  test('with neither data-lang nor a browser language we speak, the first message sets the language', async () => {
    if (!browser) return;
    const demo = await openDemo(browser, server.url, { locale: 'fr-FR' });
    const box = await openAndAccept(demo, 'en');
    await ask(box, '¿Qué significa NPO?');
    await waitForReply(demo, 1);
    const es = strings('es');
    await demo.widget.getByRole('textbox', { name: es('composer.label') }).waitFor();
    expect(await demo.widget.locator('html').getAttribute('lang')).toBe('es');
    // Only the first message decides: a later English question does not switch the widget back.
    await ask(demo.widget.getByRole('textbox'), 'what does PRN mean?');
    await waitForReply(demo, 2);
    expect(await demo.widget.locator('html').getAttribute('lang')).toBe('es');
    await demo.close();
  });

  test("read aloud: offered where the browser has a voice for the message's language, and spoken in it", async () => {
    if (!browser) return;
    // Headless Chromium has no voices: a stand-in speech engine with a Spanish voice only.
    const withSpanishVoice = (context: BrowserContext) =>
      context.addInitScript(() => {
        const spoken: Array<{ text: string; lang: string }> = [];
        const voice = {
          name: 'Test Spanish',
          lang: 'es-ES',
          localService: true,
          default: false,
          voiceURI: 'test-es',
        };
        class Utterance {
          voice: unknown = null;
          lang = '';
          onend: (() => void) | null = null;
          onerror: (() => void) | null = null;
          constructor(readonly text: string) {}
        }
        const speech = {
          getVoices: () => [voice],
          speak: (utterance: Utterance) => {
            spoken.push({ text: utterance.text, lang: utterance.lang });
            setTimeout(() => utterance.onend?.(), 50);
          },
          cancel: () => undefined,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        };
        Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
        Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
        (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      });
    const demo = await openDemo(browser, server.url, { query: '?lang=es', prepare: withSpanishVoice });
    const t = strings('es');
    const box = await openAndAccept(demo, 'es');
    await ask(box, '¿Qué significa NPO?');
    const answer = await waitForReply(demo, 1);
    await demo.widget.getByRole('button', { name: t('message.read_aloud') }).click();
    // While it speaks the button offers to stop; when the voice ends it offers to read again.
    await demo.widget.getByRole('button', { name: t('message.read_aloud') }).waitFor();
    const spoken = await (
      await demo.frame()
    ).evaluate(() => (window as unknown as { spoken: unknown[] }).spoken);
    expect(spoken).toEqual([{ text: answer, lang: 'es-ES' }]);

    await ask(box, 'what does PRN mean?'); // answered in English: no English voice, so no button for it
    await waitForReply(demo, 2);
    expect(await demo.widget.getByRole('button', { name: t('message.read_aloud') }).count()).toBe(1);
    await demo.close();
  });

  test('nobody online: "Talk to a person" gives the hospital\'s number and a call-back that reaches the staff queue', async () => {
    if (!browser) return;
    const withStaff = await startTestServer({ env: { HOSPITAL_PHONE: '+1 555 0100' }, staff: {} });
    try {
      const demo = await openDemo(browser, withStaff.url, { query: '?lang=en' });
      const t = strings('en');
      await openAndAccept(demo, 'en');
      await demo.widget.getByRole('button', { name: t('handoff.button') }).click();
      await demo.widget.getByText(t('handoff.no_staff')).waitFor();
      const call = demo.widget.getByRole('link', {
        name: t('handoff.call_hospital', { number: '+1 555 0100' }),
      });
      expect(await call.getAttribute('href')).toBe('tel:+15550100');

      const phone = demo.widget.getByRole('textbox', { name: t('callback.phone') });
      await phone.fill('555 12');
      await demo.widget.getByRole('button', { name: t('callback.send') }).click();
      await demo.widget.getByText(t('callback.invalid_phone')).waitFor();
      await phone.fill('555 123 4567');
      await demo.widget.getByRole('textbox', { name: t('callback.note') }).fill('after 3 pm');
      await demo.widget.getByRole('button', { name: t('callback.send') }).click();
      await demo.widget.getByText(t('callback.sent')).waitFor();

      const tickets = (await withStaff.staff?.queue.list('open')) ?? [];
      expect(tickets.map((ticket) => ticket.kind)).toContain('callback');
      expect(demo.problems).toEqual([]);
      await demo.close();
    } finally {
      await withStaff.close();
    }
  });
});
