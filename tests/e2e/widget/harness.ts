import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import type { Lang } from '../../../client/shared/languages.js';
import {
  createTranslator,
  type Catalog,
  type Translate,
} from '../../../client/widget/frame/i18n/translate.js';
import { projectPath } from '../../../server/paths.js';

export { ensureWidgetBuilt } from './build.js';

/**
 * What the widget's browser tests share: the demo page opened in Chromium
 * with every console error and failed request collected, the widget's frame, its strings, and axe-core.
 */

export function strings(lang: Lang): Translate {
  const read = (l: Lang) =>
    JSON.parse(readFileSync(projectPath('locales', l, 'widget.json'), 'utf8')) as Catalog;
  return createTranslator(lang, read(lang), read('en'));
}

export interface DemoPage {
  context: BrowserContext;
  page: Page;
  /** The chat frame, for locating the widget's controls. */
  widget: FrameLocator;
  /** Console errors, page errors, CSP violations and failed requests, as text. */
  problems: string[];
  /** The frame itself, for evaluating scripts inside it. */
  frame(): Promise<Frame>;
  close(): Promise<void>;
}

export interface OpenOptions {
  query?: string;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** The browser's language (navigator.languages); en-US unless given. */
  locale?: string;
  /** Runs before the page loads (routes set later do not reach sockets the frame opens). */
  prepare?: (context: BrowserContext) => Promise<unknown>;
}

export async function openDemo(
  browser: Browser,
  baseUrl: string,
  options: OpenOptions = {},
): Promise<DemoPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    locale: options.locale ?? 'en-US',
  });
  await options.prepare?.(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${baseUrl}/demo${options.query ?? ''}`, { waitUntil: 'networkidle' });
  const widget = page.frameLocator('iframe[src*="/widget/frame"]');
  const frame = () => {
    const found = page.frames().find((f) => f.url().includes('/widget/frame'));
    return found ? Promise.resolve(found) : Promise.reject(new Error('the widget frame is not on the page'));
  };
  return { context, page, widget, problems, frame, close: () => context.close() };
}

/** The widget's launcher button, by its visible words in `lang`. */
export function launcher(demo: DemoPage, lang: Lang): Locator {
  return demo.widget.getByRole('button', { name: strings(lang)('launcher.label') });
}

/** Opens the panel with the launcher and accepts the first-open notice. */
export async function openAndAccept(demo: DemoPage, lang: Lang): Promise<Locator> {
  const t = strings(lang);
  await launcher(demo, lang).click();
  await demo.widget.getByRole('button', { name: t('notice.accept') }).click();
  const box = demo.widget.getByRole('textbox', { name: t('composer.label') });
  await box.waitFor();
  return box;
}

export async function ask(box: Locator, text: string): Promise<void> {
  await box.fill(text);
  await box.press('Enter');
}

const axeSource = readFileSync(projectPath('node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>;
}

/** axe-core's WCAG 2.1 A/AA rules in every frame of the page: the host page and the widget. */
export async function axeViolations(page: Page): Promise<string[]> {
  const frames = page.frames().filter((frame) => !frame.isDetached());
  for (const frame of frames) await frame.evaluate(axeSource);
  const found: string[] = [];
  for (const frame of frames) {
    const result = await frame.evaluate(
      (tags) =>
        (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(
          document,
          {
            runOnly: tags,
            iframes: false,
          },
        ),
      WCAG_AA,
    );
    for (const violation of (result as AxeResult).violations) {
      found.push(
        `${violation.id} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
      );
    }
  }
  return found;
}

/** Text of the newest assistant message in the widget. */
export async function lastReply(demo: DemoPage): Promise<string> {
  const replies = demo.widget.locator('.pc-item--assistant .pc-text');
  return (await replies.last().textContent()) ?? '';
}

/** Waits until the newest reply is complete (no caret) and is not the welcome text. */
export async function waitForReply(demo: DemoPage, count: number): Promise<string> {
  const replies = demo.widget.locator('.pc-item--assistant:not(.pc-welcome) .pc-text');
  await replies.nth(count - 1).waitFor();
  await demo.widget.locator('.pc-caret').waitFor({ state: 'detached' });
  return (await replies.nth(count - 1).textContent()) ?? '';
}
