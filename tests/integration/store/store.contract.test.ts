import { afterAll, describe, expect, test } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createMemoryStore } from '../../../server/store/memory/index.js';
import { createRedisStore } from '../../../server/store/redis/index.js';
import type { Store, StoreOptions } from '../../../server/store/types.js';
import { connectTestRedis, REDIS_REQUIRED, REDIS_URL } from '../../support/redis.js';

/**
 * One contract, two stores: whatever the in-memory store does, Redis does the same.
 * Retention uses real time with a short window, so both expire on their own clocks.
 */
const RETENTION_MS = 400;
const options: StoreOptions = { retentionMs: RETENTION_MS, now: Date.now };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const redis = await connectTestRedis('store-contract');
afterAll(async () => {
  await redis?.cleanup();
});

type Factory = () => Store;
const implementations: Array<[string, Factory | undefined]> = [
  ['memory', () => createMemoryStore(options)],
  [
    'redis',
    redis ? () => createRedisStore({ ...options, client: redis.client, prefix: redis.prefix }) : undefined,
  ],
];

if (!redis && REDIS_REQUIRED) {
  test('Redis is reachable (REQUIRE_REDIS=1)', () => {
    throw new Error(`Redis is required but not reachable at ${REDIS_URL}`);
  });
}

const newConversation = () => ({ id: randomUUID(), secretHash: 'a'.repeat(64) });

describe.each(implementations.filter((impl): impl is [string, Factory] => impl[1] !== undefined))(
  'store contract: %s',
  (_name, factory) => {
    const store = factory();

    test('a created conversation can be read back', async () => {
      const input = { ...newConversation(), lang: 'es' as const };
      const created = await store.conversations.create(input);
      const read = await store.conversations.get(input.id);
      expect(read).toEqual(created);
      expect(read).toMatchObject({ id: input.id, secretHash: input.secretHash, lang: 'es' });
    });

    test('an unknown conversation is undefined', async () => {
      await expect(store.conversations.get(randomUUID())).resolves.toBeUndefined();
    });

    test('the language can be changed', async () => {
      const input = newConversation();
      await store.conversations.create(input);
      await store.conversations.setLang(input.id, 'ar');
      await expect(store.conversations.get(input.id)).resolves.toMatchObject({ lang: 'ar' });
    });

    test('setting the language of a missing conversation does not create it', async () => {
      const id = randomUUID();
      await store.conversations.setLang(id, 'ko');
      await expect(store.conversations.get(id)).resolves.toBeUndefined();
    });

    test('messages come back oldest first, and the limit keeps the latest', async () => {
      const { id } = await store.conversations.create(newConversation());
      for (const n of [1, 2, 3, 4]) {
        await store.conversations.append({
          id: `m${n}`,
          conversationId: id,
          role: 'patient',
          text: `message ${n}`,
        });
      }
      expect((await store.conversations.messages(id)).map((m) => m.text)).toEqual([
        'message 1',
        'message 2',
        'message 3',
        'message 4',
      ]);
      expect((await store.conversations.messages(id, 2)).map((m) => m.id)).toEqual(['m3', 'm4']);
    });

    test('a message keeps every field it was given', async () => {
      const { id } = await store.conversations.create(newConversation());
      const result = await store.conversations.append({
        id: 'r1',
        conversationId: id,
        role: 'assistant',
        kind: 'answered',
        text: 'NPO: nothing to eat or drink.',
        lang: 'en',
        inReplyTo: 'p1',
      });
      expect(result.stored).toBe(true);
      const [message] = await store.conversations.messages(id);
      expect(message).toMatchObject({
        id: 'r1',
        role: 'assistant',
        kind: 'answered',
        lang: 'en',
        inReplyTo: 'p1',
      });
      expect(typeof message?.createdAt).toBe('number');
    });

    test('a patient message retried with the same clientMsgId is stored once', async () => {
      const { id } = await store.conversations.create(newConversation());
      const first = await store.conversations.append({
        id: 'a',
        conversationId: id,
        role: 'patient',
        text: 'hello',
        clientMsgId: 'c-1',
      });
      const retry = await store.conversations.append({
        id: 'b',
        conversationId: id,
        role: 'patient',
        text: 'hello',
        clientMsgId: 'c-1',
      });
      expect(first.stored).toBe(true);
      expect(retry).toMatchObject({ stored: false, existing: { id: 'a' } });
      expect(await store.conversations.messages(id)).toHaveLength(1);
    });

    test('appending to a conversation that does not exist is refused', async () => {
      await expect(
        store.conversations.append({ id: 'x', conversationId: randomUUID(), role: 'patient', text: 'hi' }),
      ).rejects.toThrow(/does not exist/);
    });

    test('a deleted conversation and its messages are gone', async () => {
      const { id } = await store.conversations.create(newConversation());
      await store.conversations.append({ id: 'x', conversationId: id, role: 'patient', text: 'hi' });
      await store.conversations.delete(id);
      await expect(store.conversations.get(id)).resolves.toBeUndefined();
      await expect(store.conversations.messages(id)).resolves.toEqual([]);
    });

    test('a conversation expires after the retention period', async () => {
      const { id } = await store.conversations.create(newConversation());
      await store.conversations.append({ id: 'x', conversationId: id, role: 'patient', text: 'hi' });
      await sleep(RETENTION_MS + 300);
      await expect(store.conversations.get(id)).resolves.toBeUndefined();
      await expect(store.conversations.messages(id)).resolves.toEqual([]);
    });

    test('a new message renews the retention period', async () => {
      const { id } = await store.conversations.create(newConversation());
      await sleep(RETENTION_MS * 0.6);
      await store.conversations.append({ id: 'x', conversationId: id, role: 'patient', text: 'still here' });
      await sleep(RETENTION_MS * 0.6);
      await expect(store.conversations.get(id)).resolves.toBeDefined();
      expect(await store.conversations.messages(id)).toHaveLength(1);
    });

    test('a session can be stored, read, renewed and deleted', async () => {
      const key = randomUUID();
      const record = { userId: 'u1', createdAt: 1, expiresAt: 2, csrfToken: 'tok' };
      await store.sessions.put(key, record, 10_000);
      await expect(store.sessions.get(key)).resolves.toEqual(record);
      await store.sessions.touch(key, 10_000);
      await store.sessions.delete(key);
      await expect(store.sessions.get(key)).resolves.toBeUndefined();
    });

    test('a session left idle expires, and touching it keeps it alive', async () => {
      const idle = randomUUID();
      const kept = randomUUID();
      const record = { userId: 'u1', createdAt: 1, expiresAt: 2, csrfToken: 'tok' };
      await store.sessions.put(idle, record, 300);
      await store.sessions.put(kept, record, 300);
      await sleep(180);
      await store.sessions.touch(kept, 300);
      await sleep(180);
      await expect(store.sessions.get(idle)).resolves.toBeUndefined();
      await expect(store.sessions.get(kept)).resolves.toEqual(record);
    });

    test('ping answers', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  },
);
