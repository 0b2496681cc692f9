import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { addStaff, STAFF_PASSWORD } from '../../support/staff.js';
import { ask, ensureWidgetBuilt, openAndAccept, openDemo, type DemoPage } from '../widget/harness.js';
import { ensureConsoleBuilt } from './build.js';

/**
 * The call centre's day in Chromium: an agent signs in to the console, a patient writes "I took all
 * my pills" in the widget on a hospital page, the ticket appears live, the agent claims it, joins the
 * chat, they talk both ways, and the agent resolves it. Nothing anyone types is run as markup.
 */

let browser: Browser | undefined;
let server: TestServer;

beforeAll(async () => {
  await Promise.all([ensureWidgetBuilt(), ensureConsoleBuilt()]);
  browser = await launchBrowser('staff console');
  server = await startTestServer({ staff: {} });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function staffPage(email: string): Promise<{ page: Page; problems: string[] }> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${server.url}/staff/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Open tickets' }).waitFor();
  await page.locator('.connection-online').waitFor();
  // Before sign-in the console asks who is signed in and is told 401: expected, not a problem.
  problems.length = 0;
  return { page, problems };
}

describe('the staff console in Chromium', () => {
  test('sign in, see the ticket arrive live, claim, chat with the patient’s widget, resolve', async () => {
    if (!browser) return;
    const agent = await addStaff(server.store, 'agent', 'Ana');
    const { page, problems } = await staffPage(agent.email);
    await expect(page.locator('button.ticket').count()).resolves.toBe(0);

    const demo: DemoPage = await openDemo(browser, server.url, { query: '?lang=en' });
    const box = await openAndAccept(demo, 'en');
    await ask(box, 'I took all my pills an hour ago and I feel strange');

    // live, without a reload
    const row = page.locator('button.ticket.prio-emergency');
    await row.waitFor();
    await expect(row.locator('.badge').textContent()).resolves.toBe('Emergency');
    await expect(row.textContent()).resolves.toContain('Overdose or poisoning');
    await row.click();
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await page.getByRole('button', { name: "Join the patient's chat" }).click();
    await demo.widget.getByText('A member of our care team has joined the chat.').first().waitFor();

    // the trigger message is in the history, as text
    await page.locator('.msg-patient .msg-text', { hasText: 'I took all my pills' }).waitFor();

    // staff → patient
    await page
      .getByLabel('Your message to the patient (plain text)')
      .fill('Hello, this is Ana. Please call 911 now. Are you alone?');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await demo.widget
      .getByText('Hello, this is Ana. Please call 911 now. Are you alone?', { exact: true })
      .waitFor();

    // patient → staff, markup stays text on both sides
    await ask(box, 'My sister is here <img src=x onerror=alert(1)>');
    await page
      .locator('.msg-patient .msg-text', { hasText: 'My sister is here <img src=x onerror=alert(1)>' })
      .waitFor();
    await expect(page.locator('.messages img').count()).resolves.toBe(0);

    // resolve with a disposition: the ticket leaves the queue and the patient is told
    await page.getByLabel('Outcome').selectOption('advised_emergency');
    await page.getByRole('button', { name: 'Resolve', exact: true }).click();
    await row.waitFor({ state: 'detached' });
    await demo.widget
      .getByText(/has left the chat/)
      .first()
      .waitFor();

    const resolved = await server.store.tickets.list('resolved');
    expect(resolved[0]).toMatchObject({ disposition: 'advised_emergency', assignee: { id: agent.id } });
    expect(problems).toEqual([]);
    await demo.close();
    await page.context().close();
  }, 90_000);

  test('a second agent sees who holds a claimed ticket, and an agent has no admin pages', async () => {
    if (!browser) return;
    const ana = await addStaff(server.store, 'agent', 'Ana');
    const ben = await addStaff(server.store, 'agent', 'Ben');
    const queue = server.staff?.queue;
    if (!queue) throw new Error('no staff side');
    const { page: bens, problems } = await staffPage(ben.email);
    const { ticket } = await queue.raise({
      conversationId: crypto.randomUUID(),
      priority: 'urgent',
      kind: 'red_flag',
      categories: ['chest_pain'],
      lang: 'vi',
    });
    const row = bens.locator(`button.ticket[data-ticket="${ticket.id}"]`);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Vietnamese');
    await expect(row.textContent()).resolves.toContain('Chest pain');
    await queue.act(
      ticket.id,
      { type: 'claim', by: { id: ana.id, email: ana.email, name: ana.name, role: 'agent' }, at: Date.now() },
      { actor: { kind: 'staff', id: ana.id } },
    );
    await row.getByText('Claimed by Ana').waitFor();
    await expect(bens.getByRole('button', { name: 'Users' }).count()).resolves.toBe(0);
    await expect(bens.getByRole('button', { name: 'Audit log' }).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await bens.context().close();
  }, 60_000);
});
