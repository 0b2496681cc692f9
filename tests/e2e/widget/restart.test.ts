import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createPlainCare, type PlainCare } from '../../../server/app.js';
import { createLogger } from '../../../server/logger.js';
import { connectRedis } from '../../../server/store/redis/client.js';
import { createRedisStore } from '../../../server/store/redis/index.js';
import type { Store } from '../../../server/store/types.js';
import { launchBrowser } from '../../support/browser.js';
import { connectTestRedis, REDIS_REQUIRED, REDIS_URL, type TestRedis } from '../../support/redis.js';
import { realEngines, RecordingEscalator, testConfig } from '../../support/server.js';
import { ask, ensureWidgetBuilt, openAndAccept, openDemo, strings, waitForReply } from './harness.js';

/**
 * The server restarts mid-conversation (a deploy, a crash). The open widget shows that it is
 * reconnecting, comes back to the same conversation by itself, keeps answering in it, and after a page
 * reload rebuilds the whole conversation from the store (Redis), not from the browser's memory.
 */

let browser: Browser | undefined;
let redis: TestRedis | undefined;
const running: PlainCare[] = [];

async function redisStore(test: TestRedis): Promise<Store> {
  const client = await connectRedis({ url: test.url, onError: () => undefined });
  return createRedisStore({ client, prefix: test.prefix, retentionMs: 60_000, now: Date.now });
}

/** One server process: port 0 the first time; the restart takes the same port, as a restarted service does. */
async function startServer(store: Store, port = 0): Promise<{ plaincare: PlainCare; url: string }> {
  const { t, engines } = await realEngines();
  const plaincare = createPlainCare({
    config: testConfig(),
    logger: createLogger({ level: 'silent' }),
    store,
    t,
    engines,
    escalator: new RecordingEscalator(),
  });
  running.push(plaincare);
  const bound = await plaincare.listen(port, '127.0.0.1');
  return { plaincare, url: `http://127.0.0.1:${bound}` };
}

beforeAll(async () => {
  await ensureWidgetBuilt();
  browser = await launchBrowser('patient widget restart');
  redis = await connectTestRedis('widget-restart');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const plaincare of running) await plaincare.close();
  await redis?.cleanup();
});

describe('a server restart', () => {
  test('the widget reconnects to the same conversation and a reload brings back its history', async () => {
    if (!browser) return;
    if (!redis) {
      if (REDIS_REQUIRED) throw new Error(`Redis is required but not reachable at ${REDIS_URL}`);
      return;
    }
    const t = strings('en');
    const first = await startServer(await redisStore(redis));
    const port = Number(new URL(first.url).port);
    const demo = await openDemo(browser, first.url, { query: '?lang=en' });
    const box = await openAndAccept(demo, 'en');
    await ask(box, 'what does NPO mean?');
    const before = await waitForReply(demo, 1);
    const frame = await demo.frame();
    const token = await frame.evaluate(() => sessionStorage.getItem('plaincare.token'));

    await first.plaincare.close();
    await demo.widget.getByText(t('connection.reconnecting')).waitFor();
    const second = await startServer(await redisStore(redis), port);
    await demo.widget.getByText(t('connection.reconnecting')).waitFor({ state: 'detached', timeout: 20_000 });

    // Still the same conversation: the token did not change, and a new question is answered in it.
    expect(await frame.evaluate(() => sessionStorage.getItem('plaincare.token'))).toBe(token);
    await ask(box, 'what does PRN mean?');
    const after = await waitForReply(demo, 2);

    await demo.page.reload({ waitUntil: 'networkidle' });
    // The panel was open, so it opens again, rebuilt from the stored conversation.
    const replies = demo.widget.locator('.pc-item--assistant:not(.pc-welcome) .pc-text');
    await replies.nth(1).waitFor();
    expect(await replies.allTextContents()).toEqual([before, after]);
    expect(await demo.widget.locator('.pc-item--patient .pc-text').allTextContents()).toEqual([
      'what does NPO mean?',
      'what does PRN mean?',
    ]);
    const conversationId = (token ?? '').split('.')[0] ?? '';
    expect(await redis.client.exists(`${redis.prefix}conv:${conversationId}`)).toBe(1);
    expect(demo.problems.filter((p) => !p.startsWith('console: WebSocket connection'))).toEqual([]);
    await demo.close();
    await second.plaincare.close();
  });
});
