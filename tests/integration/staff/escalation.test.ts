import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import type { Ack, ConversationEvent, HandoffEvent, Reply } from '../../../client/shared/protocol.js';
import type { TicketView } from '../../../client/shared/staffProtocol.js';
import { createMemoryStore } from '../../../server/store/memory/index.js';
import { createRedisStore } from '../../../server/store/redis/index.js';
import type { Store } from '../../../server/store/types.js';
import { connectTestRedis, REDIS_REQUIRED, REDIS_URL } from '../../support/redis.js';
import { nextEvent, startTestServer, type PatientClient, type TestServer } from '../../support/server.js';
import { addStaff, eventually, record, StaffBrowser } from '../../support/staff.js';

/**
 * Escalation end to end over real socket.io clients: a red flag reaches the patient and every
 * staff console; claims race; staff join the chat and the assistant goes quiet; nobody online;
 * the same on Redis.
 */

const OVERDOSE = 'I took all my pills an hour ago and I feel strange';

function say(socket: PatientClient, text: string, clientMsgId: string): Promise<Ack> {
  return new Promise((resolve) => socket.emit('message', { text, clientMsgId }, resolve));
}

async function patient(
  server: TestServer,
  lang?: string,
): Promise<{ socket: PatientClient; conversation: ConversationEvent }> {
  const socket = server.patient(lang ? { lang } : {});
  const conversation = await nextEvent<ConversationEvent>(socket, 'conversation');
  return { socket, conversation };
}

async function signedIn(server: TestServer, role: 'agent' | 'clinician' | 'admin', name?: string) {
  const user = await addStaff(server.store, role, name);
  const browser = new StaffBrowser(server.url);
  const login = await browser.login(user.email);
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  return { user, browser };
}

const redis = await connectTestRedis('staff-escalation');
afterAll(async () => {
  await redis?.cleanup();
});
if (!redis && REDIS_REQUIRED) {
  test('Redis is reachable (REQUIRE_REDIS=1)', () => {
    throw new Error(`Redis is required but not reachable at ${REDIS_URL}`);
  });
}

let storeCount = 0;
/** Each server gets its own store; a Redis store owns (and closes) its own connection. */
const stores: Array<[string, (() => Promise<Store>) | undefined]> = [
  ['memory', () => Promise.resolve(createMemoryStore({ retentionMs: 60 * 60 * 1000, now: Date.now }))],
  [
    'redis',
    redis
      ? async () => {
          storeCount += 1;
          const client = redis.client.duplicate();
          client.on('error', () => undefined);
          await client.connect();
          return createRedisStore({
            client,
            prefix: `${redis.prefix}${storeCount}:`,
            retentionMs: 60 * 60 * 1000,
            now: Date.now,
          });
        }
      : undefined,
  ],
];

describe.each(stores.filter((s): s is [string, () => Promise<Store>] => s[1] !== undefined))(
  'escalation (%s store)',
  (_name, makeStore) => {
    let server: TestServer;
    const browsers: StaffBrowser[] = [];

    beforeAll(async () => {
      server = await startTestServer({ store: await makeStore(), staff: {} });
    });
    afterEach(() => {
      for (const browser of browsers.splice(0)) browser.close();
    });
    afterAll(async () => {
      await server.close();
    });

    const staffMember = async (role: 'agent' | 'clinician' | 'admin', name?: string) => {
      const member = await signedIn(server, role, name);
      browsers.push(member.browser);
      return member;
    };

    test('a red flag gives the patient emergency guidance and puts a ticket on every connected console', async () => {
      const one = await staffMember('agent');
      const two = await staffMember('clinician');
      const consoles = await Promise.all([one.browser.socket(), two.browser.socket()]);
      const seen = consoles.map((socket) => nextEvent<TicketView>(socket, 'ticket:created'));
      const { socket, conversation } = await patient(server);
      const reply = nextEvent<Reply>(socket, 'reply');
      await say(socket, OVERDOSE, 'm1');
      expect((await reply).kind).toBe('emergency');
      expect((await reply).callNumbers?.emergency).toBe('911');
      for (const ticket of await Promise.all(seen)) {
        expect(ticket).toMatchObject({
          priority: 'emergency',
          conversationId: conversation.conversationId,
          status: 'waiting',
          claimedBy: null,
        });
        expect(ticket.categories.length).toBeGreaterThan(0);
      }
      // ...and the API lists it, highest priority first.
      const listed = await one.browser.req<TicketView[]>('GET', '/api/tickets?status=open');
      expect(listed.body.find((t) => t.conversationId === conversation.conversationId)).toMatchObject({
        priority: 'emergency',
      });
    });

    test('two agents claim at the same moment: exactly one wins, the other is told who holds it', async () => {
      const ana = await staffMember('agent', 'Ana');
      const ben = await staffMember('agent', 'Ben');
      await ana.browser.socket();
      const { socket, conversation } = await patient(server);
      await say(socket, OVERDOSE, 'm1');
      const ticket = await eventually(
        async () => (await server.store.tickets.openFor(conversation.conversationId)) ?? undefined,
      );
      const [a, b] = await Promise.all([
        ana.browser.req('POST', `/api/tickets/${ticket.id}/claim`, {}),
        ben.browser.req('POST', `/api/tickets/${ticket.id}/claim`, {}),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const [winner, loser] = a.status === 200 ? [ana, b] : [ben, a];
      expect(loser.body).toMatchObject({
        error: { code: 'already_claimed', holder: winner.user.email, holderName: winner.user.name },
      });
      await expect(server.store.tickets.get(ticket.id)).resolves.toMatchObject({
        status: 'claimed',
        assignee: { id: winner.user.id },
      });
    });

    test('handoff both ways: the patient sees a nurse join, messages flow, the bot stays quiet, red flags are still caught', async () => {
      const nurse = await staffMember('clinician', 'Nora');
      const console_ = await nurse.browser.socket();
      const { socket, conversation } = await patient(server);
      const replies = record<Reply>(socket, 'reply');
      const handoffs = record<HandoffEvent>(socket, 'handoff');
      await say(socket, 'I want to talk to a nurse', 'm1');
      const ticket = await eventually(
        async () => (await server.store.tickets.openFor(conversation.conversationId)) ?? undefined,
      );
      expect(ticket).toMatchObject({ priority: 'request', kind: 'request' });
      expect(await eventually(() => handoffs.find((h) => h.state === 'waiting'))).toBeDefined();

      expect((await nurse.browser.req('POST', `/api/tickets/${ticket.id}/claim`, {})).status).toBe(200);
      const watched = await console_.emitWithAck('conversation:watch', { ticketId: ticket.id });
      expect(watched.ok && watched.conversation.messages.map((m) => m.text)).toContain(
        'I want to talk to a nurse',
      );
      const joined = await console_.emitWithAck('conversation:join', { ticketId: ticket.id });
      expect(joined).toMatchObject({ ok: true, ticket: { joined: true } });
      expect(await eventually(() => handoffs.find((h) => h.state === 'joined'))).toMatchObject({
        staffName: 'Nora',
      });
      expect(
        await eventually(() => replies.find((r) => r.kind === 'notice' && /nurse has joined/i.test(r.text))),
      ).toBeDefined();

      // staff → patient
      const staffLine = nextEvent<Reply>(socket, 'reply');
      const sent = await console_.emitWithAck('conversation:send', {
        ticketId: ticket.id,
        text: 'Hello, I am Nora. How can I help?',
        clientMsgId: 's1',
      });
      expect(sent.ok).toBe(true);
      expect(await staffLine).toMatchObject({
        kind: 'staff',
        author: 'Nora',
        text: 'Hello, I am Nora. How can I help?',
      });

      // patient → staff, and the bot says nothing
      const relayed = nextEvent<{ message: { text: string; role: string } }>(
        console_,
        'conversation:message',
      );
      const before = replies.length;
      await say(socket, 'what does NPO mean?', 'm2');
      expect((await relayed).message).toMatchObject({ role: 'patient', text: 'what does NPO mean?' });
      const marker = nextEvent<Reply>(socket, 'reply');
      await console_.emitWithAck('conversation:send', {
        ticketId: ticket.id,
        text: 'It means nothing by mouth.',
        clientMsgId: 's2',
      });
      await marker;
      expect(replies.slice(before).map((r) => r.kind)).toEqual(['staff']);

      // a red flag while a person is in the chat still gets emergency guidance and raises the ticket
      const emergency = nextEvent<Reply>(socket, 'reply');
      await say(socket, OVERDOSE, 'm3');
      expect((await emergency).kind).toBe('emergency');
      await eventually(async () =>
        (await server.store.tickets.get(ticket.id))?.priority === 'emergency' ? true : undefined,
      );

      // staff leave: the patient is told, and the assistant answers again
      await console_.emitWithAck('conversation:leave', { ticketId: ticket.id });
      expect(await eventually(() => handoffs.find((h) => h.state === 'left'))).toBeDefined();
      const answer = nextEvent<Reply>(socket, 'reply');
      await say(socket, 'what does PRN mean?', 'm4');
      expect((await answer).kind).toBe('answered');

      // resolve with a disposition
      const resolved = await nurse.browser.req('POST', `/api/tickets/${ticket.id}/resolve`, {
        disposition: 'answered',
        note: 'Explained NPO.',
      });
      expect(resolved).toMatchObject({
        status: 200,
        body: { ticket: { status: 'resolved', disposition: 'answered' } },
      });
    });

    test('a staff member who did not join cannot write to the patient', async () => {
      const holder = await staffMember('agent');
      const other = await staffMember('admin');
      const { socket, conversation } = await patient(server);
      await say(socket, OVERDOSE, 'm1');
      const ticket = await eventually(
        async () => (await server.store.tickets.openFor(conversation.conversationId)) ?? undefined,
      );
      await holder.browser.req('POST', `/api/tickets/${ticket.id}/claim`, {});
      const admin = await other.browser.socket();
      const refused = await admin.emitWithAck('conversation:send', {
        ticketId: ticket.id,
        text: 'hi',
        clientMsgId: 'x',
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'not_holder' } });
      const mine = await holder.browser.socket();
      const notJoined = await mine.emitWithAck('conversation:send', {
        ticketId: ticket.id,
        text: 'hi',
        clientMsgId: 'y',
      });
      expect(notJoined).toMatchObject({ ok: false, error: { code: 'not_joined' } });
    });

    test('a transfer hands the ticket to a colleague; a resolve while in the chat tells the patient', async () => {
      const ana = await staffMember('agent', 'Ana');
      const cleo = await staffMember('clinician', 'Cleo');
      const anaSocket = await ana.browser.socket();
      const { socket, conversation } = await patient(server);
      const handoffs = record<HandoffEvent>(socket, 'handoff');
      await say(socket, OVERDOSE, 'm1');
      const ticket = await eventually(
        async () => (await server.store.tickets.openFor(conversation.conversationId)) ?? undefined,
      );
      await ana.browser.req('POST', `/api/tickets/${ticket.id}/claim`, {});
      await anaSocket.emitWithAck('conversation:join', { ticketId: ticket.id });
      const moved = await ana.browser.req('POST', `/api/tickets/${ticket.id}/transfer`, { to: cleo.user.id });
      expect(moved).toMatchObject({
        status: 200,
        body: { ticket: { assignee: { id: cleo.user.id }, joined: false } },
      });
      expect(await eventually(() => handoffs.find((h) => h.state === 'left'))).toBeDefined();
      // Ana no longer holds it
      expect(
        (await ana.browser.req('POST', `/api/tickets/${ticket.id}/resolve`, { disposition: 'answered' }))
          .status,
      ).toBe(403);
      const done = await cleo.browser.req('POST', `/api/tickets/${ticket.id}/resolve`, {
        disposition: 'advised_emergency',
      });
      expect(done).toMatchObject({
        status: 200,
        body: { ticket: { status: 'resolved', disposition: 'advised_emergency' } },
      });
    });
  },
);
