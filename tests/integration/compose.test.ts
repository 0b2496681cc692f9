import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { composePlainCare, type ComposedPlainCare } from '../../server/compose.js';
import { createLogger } from '../../server/logger.js';
import { createMemoryStore } from '../../server/store/memory/index.js';
import type { Store } from '../../server/store/types.js';
import { LogCapture, realEngines, testConfig } from '../support/server.js';
import { addStaff, StaffBrowser } from '../support/staff.js';

/** The product as `plaincare serve` composes it: chat, staff side and the clinician's simplifier together. */
describe('the composed product', () => {
  let composed: ComposedPlainCare;
  let store: Store;
  let base: string;
  beforeAll(async () => {
    const { t } = await realEngines();
    const config = testConfig();
    store = createMemoryStore({ retentionMs: config.retentionMs, now: Date.now });
    composed = composePlainCare({
      config,
      logger: createLogger({ level: 'warn', destination: new LogCapture() }),
      store,
      t,
    });
    await composed.plaincare.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(composed.plaincare.http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await composed.plaincare.close();
  });

  const note = 'Take metoprolol 25 mg PO BID. Return to the ED for chest pain or shortness of breath.';

  test('a clinician gets a plain version with its fact check', async () => {
    const clinician = await addStaff(store, 'clinician');
    const browser = new StaffBrowser(base);
    expect((await browser.login(clinician.email)).status).toBe(200);
    const answer = await browser.req<{ text: string; engine: string; facts: { preserved: boolean } }>(
      'POST',
      '/api/simplify',
      { text: note, lang: 'en' },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.engine).toBe('embedded');
    expect(answer.body.facts.preserved).toBe(true);
    expect(answer.body.text).toMatch(/by mouth/);
    expect(answer.body.text).toContain('25 mg');
  });

  test('nobody signed in gets 401, an agent 403', async () => {
    const anonymous = new StaffBrowser(base);
    await anonymous.req('GET', '/api/auth/csrf');
    expect((await anonymous.req('POST', '/api/simplify', { text: note })).status).toBe(401);

    const agent = await addStaff(store, 'agent');
    const browser = new StaffBrowser(base);
    await browser.login(agent.email);
    expect((await browser.req('POST', '/api/simplify', { text: note })).status).toBe(403);
  });

  test('a state-changing request without the CSRF token is refused', async () => {
    const clinician = await addStaff(store, 'clinician');
    const browser = new StaffBrowser(base);
    await browser.login(clinician.email);
    const answer = await browser.req('POST', '/api/simplify', { text: note }, { 'x-csrf-token': 'wrong' });
    expect(answer.status).toBe(403);
  });

  test('the widget, the console and the health checks are all served', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await fetch(`${base}/demo`)).status).toBe(200);
    expect((await fetch(`${base}/staff/`, { redirect: 'manual' })).status).toBeLessThan(400);
  });
});
