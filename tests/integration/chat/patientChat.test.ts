import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import type { Ack, ConversationEvent, Reply } from '../../../client/shared/protocol.js';
import { createRedisStore } from '../../../server/store/redis/index.js';
import { connectRedis } from '../../../server/store/redis/client.js';
import { connectTestRedis, REDIS_REQUIRED, REDIS_URL } from '../../support/redis.js';
import { nextEvent, startTestServer, type PatientClient, type TestServer } from '../../support/server.js';

type MessageAck = Ack;

function send(socket: PatientClient, payload: unknown): Promise<MessageAck> {
  return new Promise((resolve) => {
    (socket.emit as (event: string, payload: unknown, ack: (result: MessageAck) => void) => void)(
      'message',
      payload,
      resolve,
    );
  });
}

async function connected(socket: PatientClient): Promise<ConversationEvent> {
  return nextEvent<ConversationEvent>(socket, 'conversation');
}

describe('patient chat over /patient (in-memory store)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  test('a new widget gets a conversation and a token to resume it', async () => {
    const conversation = await connected(server.patient());
    expect(conversation.resumed).toBe(false);
    expect(conversation.messages).toEqual([]);
    expect(conversation.token.startsWith(`${conversation.conversationId}.`)).toBe(true);
  });

  test('a question about a term gets its plain meaning, streamed, then whole', async () => {
    const socket = server.patient();
    await connected(socket);
    const start = nextEvent<{ id: string; kind: string }>(socket, 'reply:start');
    const deltas: string[] = [];
    socket.on('reply:delta', (delta) => deltas.push(delta.text));
    const reply = nextEvent<Reply>(socket, 'reply');
    const ack = await send(socket, { text: 'what does NPO mean?', clientMsgId: 'c1' });
    expect(ack).toMatchObject({ ok: true });
    const final = await reply;
    expect((await start).id).toBe(final.id);
    expect(final.kind).toBe('answered');
    expect(final.text).toMatch(/eat or drink/i);
    expect(final.sources?.[0]).toMatchObject({ title: 'NPO', lang: 'en' });
    expect(final.inReplyTo).toBe(ack.ok ? ack.id : undefined);
    expect(deltas.join('')).toBe(final.text);
  });

  test('a question it cannot answer says so and offers a person', async () => {
    const socket = server.patient();
    await connected(socket);
    const reply = nextEvent<Reply>(socket, 'reply');
    await send(socket, { text: 'can I go back to work on Monday?', clientMsgId: 'c1' });
    const final = await reply;
    expect(final.kind).toBe('no_answer');
    expect(final.text).toMatch(/talk to a person/i);
  });

  test('a Spanish question is answered in Spanish, right to left only for Arabic', async () => {
    const socket = server.patient({ lang: 'es' });
    await connected(socket);
    const reply = nextEvent<Reply>(socket, 'reply');
    await send(socket, { text: '¿qué significa hipertensión?', lang: 'es', clientMsgId: 'c1' });
    const final = await reply;
    expect(final.lang).toBe('es');
    expect(final.dir).toBe('ltr');
    expect(final.kind).toBe('answered');
  });

  test.each([
    ['text over 2,000 characters', { text: 'a'.repeat(2001), clientMsgId: 'x' }, 'message_too_long'],
    ['empty text', { text: '   ', clientMsgId: 'x' }, 'empty_message'],
    ['text that is not a string', { text: 42, clientMsgId: 'x' }, 'invalid_message'],
    ['no clientMsgId', { text: 'hello' }, 'invalid_message'],
    ['a payload that is not an object', 'hello', 'invalid_message'],
    ['null', null, 'invalid_message'],
  ])('%s gets a clear error ack', async (_label, payload, code) => {
    const socket = server.patient();
    await connected(socket);
    const ack = await send(socket, payload);
    expect(ack).toMatchObject({ ok: false, error: { code } });
    if (!ack.ok) expect(ack.error.message.length).toBeGreaterThan(10);
    // and the connection still works
    expect(await send(socket, { text: 'what does PRN mean?', clientMsgId: 'after' })).toMatchObject({
      ok: true,
    });
  });

  test('2,000 characters exactly is accepted; emoji count as one character each', async () => {
    const socket = server.patient();
    await connected(socket);
    expect(await send(socket, { text: 'b'.repeat(2000), clientMsgId: 'a' })).toMatchObject({ ok: true });
    expect(await send(socket, { text: '😀'.repeat(2000), clientMsgId: 'b' })).toMatchObject({ ok: true });
  });

  test('a flood of more than 20 messages in 10 seconds is refused from the 21st', async () => {
    const socket = server.patient();
    await connected(socket);
    const acks = await Promise.all(
      Array.from({ length: 22 }, (_, i) => send(socket, { text: `hello ${i}`, clientMsgId: `f${i}` })),
    );
    expect(acks.slice(0, 20).every((a) => a.ok)).toBe(true);
    expect(acks.slice(20)).toEqual([
      expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'rate_limited' }) }),
      expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'rate_limited' }) }),
    ]);
  });

  test('a retried message (same clientMsgId) is stored once and acked with the same id', async () => {
    const socket = server.patient();
    const { conversationId } = await connected(socket);
    const first = await send(socket, { text: 'what does BID mean?', clientMsgId: 'same' });
    const retry = await send(socket, { text: 'what does BID mean?', clientMsgId: 'same' });
    expect(retry).toEqual(first);
    const stored = await server.store.conversations.messages(conversationId);
    expect(stored.filter((m) => m.role === 'patient')).toHaveLength(1);
  });

  test('reconnecting with the token shows the history; a wrong token starts afresh', async () => {
    const first = server.patient();
    const conversation = await connected(first);
    const reply = nextEvent<Reply>(first, 'reply');
    await send(first, { text: 'what does PRN mean?', clientMsgId: 'h1' });
    await reply;
    first.close();

    const again = server.patient({ conversationToken: conversation.token });
    const resumed = await connected(again);
    expect(resumed.resumed).toBe(true);
    expect(resumed.conversationId).toBe(conversation.conversationId);
    expect(resumed.messages.map((m) => m.role)).toEqual(['patient', 'assistant']);
    expect(resumed.messages[0]?.text).toBe('what does PRN mean?');

    const forged = server.patient({ conversationToken: `${conversation.conversationId}.${'A'.repeat(43)}` });
    const fresh = await connected(forged);
    expect(fresh.resumed).toBe(false);
    expect(fresh.conversationId).not.toBe(conversation.conversationId);
  });

  test('history can be asked for again at any time', async () => {
    const socket = server.patient();
    await connected(socket);
    const reply = nextEvent<Reply>(socket, 'reply');
    await send(socket, { text: 'what does NPO mean?', clientMsgId: 'h' });
    await reply;
    const history = await new Promise<Ack<{ messages: unknown[] }>>((resolve) =>
      socket.emit('history', resolve),
    );
    expect(history).toMatchObject({ ok: true });
    if (history.ok) expect(history.messages).toHaveLength(2);
  });

  test('a red-flag message gets emergency guidance with the number and is escalated', async () => {
    const socket = server.patient();
    const { conversationId } = await connected(socket);
    const reply = nextEvent<Reply>(socket, 'reply');
    const ack = await send(socket, {
      text: 'my chest feels crushed and my left arm is numb',
      clientMsgId: 'e1',
    });
    const final = await reply;
    expect(final.kind).toBe('emergency');
    expect(final.text).toContain('911');
    expect(final.callNumbers).toMatchObject({ emergency: '911' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.escalations.raised).toContainEqual(
      expect.objectContaining({ conversationId, priority: 'emergency', messageId: ack.ok ? ack.id : '' }),
    );
  });

  test('thoughts of self-harm get the crisis line as well as the emergency number', async () => {
    const socket = server.patient();
    await connected(socket);
    const reply = nextEvent<Reply>(socket, 'reply');
    await send(socket, { text: 'i want to end it all tonight', clientMsgId: 's1' });
    const final = await reply;
    expect(final.kind).toBe('emergency');
    expect(final.text).toContain('988');
    expect(final.callNumbers).toMatchObject({ crisis: '988' });
  });

  test('patient message text never appears in the logs', async () => {
    const secret = 'my name is Zebediah Quartermaine and I want to know what NPO means';
    const socket = server.patient();
    await connected(socket);
    const reply = nextEvent<Reply>(socket, 'reply');
    await send(socket, { text: secret, clientMsgId: 'log-1' });
    await reply;
    expect(server.logs.text).toContain('patient turn');
    expect(server.logs.text).not.toContain('Zebediah');
    expect(server.logs.text).not.toContain('Quartermaine');
  });

  test('a browser page from another site is refused the socket', async () => {
    const socket = server.patient({}, { origin: 'https://evil.example' });
    const error = await nextEvent<Error>(socket, 'connect_error');
    expect(error).toBeInstanceOf(Error);
  });
});

describe('the red-flag path when the store is down', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
  });

  test('emergency guidance still reaches the patient; an ordinary question gets a kind error', async () => {
    const redis = await connectRedis({
      url: REDIS_URL,
      onError: () => undefined,
      connectTimeoutMs: 2000,
    }).catch(() => undefined);
    if (!redis) {
      if (REDIS_REQUIRED) throw new Error(`Redis is required but not reachable at ${REDIS_URL}`);
      console.warn('*** Redis not reachable: the store-down chat test is SKIPPED ***');
      return;
    }
    // A Redis store whose connection is gone: every command fails at once, as when Redis dies.
    redis.destroy();
    server = await startTestServer({
      store: createRedisStore({ client: redis, prefix: 'unused:', retentionMs: 60_000, now: Date.now }),
    });
    const socket = server.patient();
    await connected(socket);
    const reply = nextEvent<Reply>(socket, 'reply');
    const ack = await send(socket, { text: 'I took all my pills an hour ago', clientMsgId: 'down-1' });
    const final = await reply;
    expect(final.kind).toBe('emergency');
    expect(final.text).toContain('911');
    expect(ack.ok).toBe(true);
    expect(server.escalations.raised).toHaveLength(1);

    const ordinary = await send(socket, { text: 'what does NPO mean?', clientMsgId: 'down-2' });
    expect(ordinary).toMatchObject({ ok: false, error: { code: 'not_saved' } });
  });
});

describe('patient chat on Redis', () => {
  let server: TestServer | undefined;
  const redisPromise = connectTestRedis('patient-chat');
  afterAll(async () => {
    await server?.close();
    await (await redisPromise)?.cleanup();
  });

  test('a conversation is stored in Redis and resumed from it', async () => {
    const redis = await redisPromise;
    if (!redis) {
      if (REDIS_REQUIRED) throw new Error(`Redis is required but not reachable at ${REDIS_URL}`);
      return;
    }
    const client = await connectRedis({ url: redis.url, onError: () => undefined });
    server = await startTestServer({
      store: createRedisStore({ client, prefix: redis.prefix, retentionMs: 60_000, now: Date.now }),
    });
    const socket = server.patient();
    const conversation = await connected(socket);
    const reply = nextEvent<Reply>(socket, 'reply');
    await send(socket, { text: 'what does NPO mean?', clientMsgId: 'r1' });
    await reply;
    socket.close();
    const again = server.patient({ conversationToken: conversation.token });
    const resumed = await connected(again);
    expect(resumed.resumed).toBe(true);
    expect(resumed.messages.map((m) => m.text)).toEqual([
      'what does NPO mean?',
      expect.stringMatching(/eat or drink/i),
    ]);
    expect(await redis.client.exists(`${redis.prefix}conv:${conversation.conversationId}`)).toBe(1);
  });
});
