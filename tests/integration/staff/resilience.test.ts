import { afterAll, describe, expect, test } from '@jest/globals';
import type {
  Ack,
  ConversationEvent,
  HandoffEvent,
  HandoffState,
  Reply,
} from '../../../client/shared/protocol.js';
import type { TicketView } from '../../../client/shared/staffProtocol.js';
import { createMemoryStore } from '../../../server/store/memory/index.js';
import { createRedisStore } from '../../../server/store/redis/index.js';
import type { Store } from '../../../server/store/types.js';
import { connectTestRedis, REDIS_REQUIRED, REDIS_URL } from '../../support/redis.js';
import { nextEvent, startTestServer, type PatientClient, type TestServer } from '../../support/server.js';
import { addStaff, eventually, record, StaffBrowser } from '../../support/staff.js';

/**
 * The paths where things go wrong: nobody online, unclaimed emergencies (fake clock), the store
 * down when a ticket is raised, a restart mid-ticket, sessions that end, sockets without a session,
 * and presence shared by two processes.
 */

const OVERDOSE = 'I took all my pills an hour ago and I feel strange';
const MINUTE = 60_000;

function say(socket: PatientClient, text: string, clientMsgId: string): Promise<Ack> {
  return new Promise((resolve) => socket.emit('message', { text, clientMsgId }, resolve));
}

function askForPerson(socket: PatientClient): Promise<Ack<{ state: HandoffState }>> {
  return new Promise((resolve) => socket.emit('request_human', resolve));
}

async function open(server: TestServer, auth: Record<string, string> = {}) {
  const socket = server.patient(auth);
  const conversation = await nextEvent<ConversationEvent>(socket, 'conversation');
  return { socket, conversationId: conversation.conversationId };
}

async function signedIn(server: TestServer, role: 'agent' | 'clinician' | 'admin') {
  const user = await addStaff(server.store, role);
  const browser = new StaffBrowser(server.url);
  expect((await browser.login(user.email)).status).toBe(200);
  return { user, browser };
}

/** A store whose tickets, conversations and presence fail while `down` is set, as when Redis is unreachable. */
function flaky(store: Store): { store: Store; setDown: (down: boolean) => void } {
  let down = false;
  const fail = () => Promise.reject(new Error('store unreachable'));
  const wrapped: Store = {
    kind: store.kind,
    sessions: store.sessions,
    users: store.users,
    audit: store.audit,
    counters: store.counters,
    tickets: {
      create: (t) => (down ? fail() : store.tickets.create(t)),
      get: (id) => (down ? fail() : store.tickets.get(id)),
      list: (f, l) => (down ? fail() : store.tickets.list(f, l)),
      compareAndSet: (t, v) => (down ? fail() : store.tickets.compareAndSet(t, v)),
      openFor: (id) => (down ? fail() : store.tickets.openFor(id)),
    },
    conversations: {
      create: (c) => (down ? fail() : store.conversations.create(c)),
      get: (id) => (down ? fail() : store.conversations.get(id)),
      setLang: (id, lang) => (down ? fail() : store.conversations.setLang(id, lang)),
      append: (m) => (down ? fail() : store.conversations.append(m)),
      messages: (id, limit) => (down ? fail() : store.conversations.messages(id, limit)),
      delete: (id) => (down ? fail() : store.conversations.delete(id)),
    },
    presence: {
      beat: (m, ttl) => (down ? fail() : store.presence.beat(m, ttl)),
      leave: (m) => (down ? fail() : store.presence.leave(m)),
      online: () => (down ? fail() : store.presence.online()),
    },
    ping: () => (down ? fail() : store.ping()),
    close: () => store.close(),
  };
  return { store: wrapped, setDown: (value) => (down = value) };
}

describe('nobody from staff is online', () => {
  let server: TestServer;
  afterAll(async () => {
    await server.close();
  });

  test('a red flag still raises a ticket, and the patient is told nobody is online, with the numbers', async () => {
    server = await startTestServer({ staff: {}, env: { HOSPITAL_PHONE: '555 010 0100' } });
    const { socket, conversationId } = await open(server, { lang: 'es' });
    const handoff = nextEvent<HandoffEvent>(socket, 'handoff');
    const replies = record<Reply>(socket, 'reply');
    await say(socket, 'me tomé todas las pastillas', 'm1');
    expect(await handoff).toEqual({
      state: 'no_staff',
      callNumbers: { emergency: '911', hospital: '555 010 0100' },
    });
    const notice = await eventually(() => replies.find((r) => r.kind === 'notice'));
    expect(notice.lang).toBe('es');
    expect(notice.text).toContain('555 010 0100');
    expect(notice.text).toMatch(/no hay nadie/i);
    await expect(server.store.tickets.openFor(conversationId)).resolves.toMatchObject({
      priority: 'emergency',
    });
  });

  test('"Talk to a person" says nobody is online and raises no ticket', async () => {
    const { socket, conversationId } = await open(server);
    await expect(askForPerson(socket)).resolves.toEqual({ ok: true, state: 'no_staff' });
    await expect(server.store.tickets.openFor(conversationId)).resolves.toBeUndefined();
  });

  test('a call-back request lands in the queue; the number never reaches the logs', async () => {
    const { socket, conversationId } = await open(server);
    const confirmation = nextEvent<Reply>(socket, 'reply');
    const ack = await new Promise<Ack>((resolve) =>
      socket.emit('callback_request', { phone: '(555) 010-0199', note: 'after 5 pm' }, resolve),
    );
    expect(ack.ok).toBe(true);
    expect((await confirmation).text).toMatch(/call you back/i);
    await expect(server.store.tickets.openFor(conversationId)).resolves.toMatchObject({
      kind: 'callback',
      priority: 'request',
      callback: { phone: '(555) 010-0199', note: 'after 5 pm' },
    });
    expect(server.logs.text).not.toContain('010-0199');
    expect(server.logs.text).not.toContain('after 5 pm');
  });

  test.each([
    [{ phone: 'call me' }, 'invalid_phone'],
    [{ phone: '12' }, 'invalid_phone'],
    [{ phone: '555 010 0199', note: 'x'.repeat(501) }, 'note_too_long'],
    [{ note: 'no phone' }, 'invalid_message'],
  ])('a call-back request %j is refused (%s) in the patient’s language', async (payload, code) => {
    const { socket } = await open(server, { lang: 'es' });
    const ack = await new Promise<Ack>((resolve) =>
      (socket.emit as (e: string, p: unknown, a: (r: Ack) => void) => void)(
        'callback_request',
        payload,
        resolve,
      ),
    );
    expect(ack).toMatchObject({ ok: false, error: { code } });
    if (!ack.ok && code !== 'invalid_message') expect(ack.error.message).not.toMatch(/phone number/i);
  });
});

describe('service levels on a fake clock', () => {
  let clock = 1_000_000;
  let server: TestServer;
  afterAll(async () => {
    await server.close();
  });

  test('an unclaimed emergency re-alerts every 30 s and goes to the supervisors (admins) after 2 minutes', async () => {
    const now = () => clock;
    server = await startTestServer({
      store: createMemoryStore({ retentionMs: 60 * MINUTE, now }),
      staff: { now },
    });
    const agent = await signedIn(server, 'agent');
    const admin = await signedIn(server, 'admin');
    const agentSocket = await agent.browser.socket();
    const adminSocket = await admin.browser.socket();
    const agentAlerts = record<{ ticket: TicketView; level: string }>(agentSocket, 'ticket:alert');
    const adminAlerts = record<{ ticket: TicketView; level: string }>(adminSocket, 'ticket:alert');
    const queue = server.staff?.queue;
    if (!queue) throw new Error('no staff side');

    const { socket } = await open(server);
    const created = nextEvent<TicketView>(agentSocket, 'ticket:created');
    await say(socket, OVERDOSE, 'm1');
    const ticket = await created;

    clock += 29_000;
    await expect(queue.checkServiceLevels()).resolves.toEqual([]);
    clock += 1_000;
    expect((await queue.checkServiceLevels()).map((a) => a.level)).toEqual(['realert']);
    await expect(queue.checkServiceLevels()).resolves.toEqual([]); // not twice for the same moment
    clock += 30_000;
    expect((await queue.checkServiceLevels()).map((a) => a.level)).toEqual(['realert']);
    clock += 60_000; // 2 minutes unclaimed
    expect((await queue.checkServiceLevels()).map((a) => a.level)).toEqual(['supervisor']);

    await eventually(() => (adminAlerts.some((a) => a.level === 'supervisor') ? true : undefined));
    expect(agentAlerts.map((a) => a.level)).toEqual(['realert', 'realert']);
    expect(adminAlerts.map((a) => a.level)).toEqual(['realert', 'realert', 'supervisor']);
    expect(adminAlerts.at(-1)?.ticket).toMatchObject({ id: ticket.id, alerts: 3, supervisorAlerted: true });

    // claimed: the alerts stop
    expect((await agent.browser.req('POST', `/api/tickets/${ticket.id}/claim`, {})).status).toBe(200);
    clock += 10 * MINUTE;
    await expect(queue.checkServiceLevels()).resolves.toEqual([]);
    agent.browser.close();
    admin.browser.close();
  });

  test('an urgent ticket re-alerts after 5 minutes and never goes to a supervisor', async () => {
    const queue = server.staff?.queue;
    if (!queue) throw new Error('no staff side');
    const raised = await queue.raise({
      conversationId: crypto.randomUUID(),
      priority: 'urgent',
      kind: 'red_flag',
      categories: ['x'],
      lang: 'en',
    });
    clock += 4 * MINUTE;
    expect((await queue.checkServiceLevels()).filter((a) => a.ticket.id === raised.ticket.id)).toEqual([]);
    clock += MINUTE;
    expect(
      (await queue.checkServiceLevels()).filter((a) => a.ticket.id === raised.ticket.id).map((a) => a.level),
    ).toEqual(['realert']);
    clock += 60 * MINUTE;
    expect(
      (await queue.checkServiceLevels()).filter((a) => a.ticket.id === raised.ticket.id).map((a) => a.level),
    ).toEqual(['realert']);
  });
});

describe('the store is down when a ticket is raised', () => {
  test('the patient gets the emergency guidance at once; the ticket is held and written when the store returns', async () => {
    const { store, setDown } = flaky(createMemoryStore({ retentionMs: 60 * MINUTE, now: Date.now }));
    const server = await startTestServer({ store, staff: { retryMs: 30 } });
    try {
      const agent = await signedIn(server, 'agent');
      const console_ = await agent.browser.socket();
      const { socket, conversationId } = await open(server);
      setDown(true);
      const reply = nextEvent<Reply>(socket, 'reply');
      const ack = await say(socket, OVERDOSE, 'm1');
      expect(ack.ok).toBe(true);
      expect((await reply).kind).toBe('emergency');
      await eventually(() => (server.staff?.queue.heldCount() === 1 ? true : undefined));
      const ready = await fetch(`${server.url}/readyz`);
      expect(await ready.json()).toMatchObject({ checks: { escalation: 'down' } });
      expect(server.logs.text).toMatch(/ticket held in memory/);

      const created = nextEvent<TicketView>(console_, 'ticket:created');
      setDown(false);
      expect(await created).toMatchObject({ priority: 'emergency', conversationId });
      expect(server.staff?.queue.heldCount()).toBe(0);
      await expect(store.tickets.openFor(conversationId)).resolves.toMatchObject({ priority: 'emergency' });
      agent.browser.close();
    } finally {
      await server.close();
    }
  });
});

describe('sessions and the /staff socket', () => {
  let clock = 5_000_000;
  const now = () => clock;
  let server: TestServer;
  afterAll(async () => {
    await server.close();
  });

  test('a socket without a session is refused', async () => {
    server = await startTestServer({
      store: createMemoryStore({ retentionMs: 60 * MINUTE, now }),
      staff: { now },
      env: { ALLOWED_ORIGINS: 'https://hospital.example' },
    });
    await expect(new StaffBrowser(server.url).socket()).rejects.toMatchObject({ code: 'unauthorized' });
  });

  test('a hospital site allowed to embed the widget still cannot open the staff socket', async () => {
    const { browser } = await signedIn(server, 'agent');
    await expect(browser.socket({ origin: 'https://hospital.example' })).rejects.toMatchObject({
      code: 'origin_not_allowed',
    });
    const patient = server.patient({}, { origin: 'https://hospital.example' });
    await expect(nextEvent<ConversationEvent>(patient, 'conversation')).resolves.toBeDefined();
    browser.close();
  });

  test('a console left idle past the timeout is signed out, on the socket and the API', async () => {
    const { browser } = await signedIn(server, 'agent');
    const socket = await browser.socket();
    const ended = nextEvent<{ reason: string }>(socket, 'session:ended');
    clock += 16 * MINUTE;
    socket.emit('presence:beat');
    expect(await ended).toEqual({ reason: 'expired' });
    expect((await browser.req('GET', '/api/tickets')).status).toBe(401);
    browser.close();
  });

  test('presence runs out without heartbeats, well before socket.io would notice', async () => {
    const { browser } = await signedIn(server, 'agent');
    const socket = await browser.socket();
    const presence = server.staff?.presence;
    if (!presence) throw new Error('no staff side');
    await eventually(async () => ((await presence.anyoneOnline()) ? true : undefined));
    clock += presence.ttlMs + 1;
    await expect(presence.anyoneOnline()).resolves.toBe(false);
    socket.emit('presence:beat');
    await eventually(async () => ((await presence.anyoneOnline()) ? true : undefined));
    socket.close();
    await eventually(async () => ((await presence.anyoneOnline()) ? undefined : true));
    browser.close();
  });
});

const redis = await connectTestRedis('staff-resilience');
afterAll(async () => {
  await redis?.cleanup();
});
if (!redis && REDIS_REQUIRED) {
  test('Redis is reachable (REQUIRE_REDIS=1)', () => {
    throw new Error(`Redis is required but not reachable at ${REDIS_URL}`);
  });
}

(redis ? describe : describe.skip)('two processes and a restart on one Redis', () => {
  const storeOn = async (prefix: string): Promise<Store> => {
    if (!redis) throw new Error('no Redis');
    const client = redis.client.duplicate();
    client.on('error', () => undefined);
    await client.connect();
    return createRedisStore({ client, prefix, retentionMs: 60 * MINUTE, now: Date.now });
  };

  test('a restart mid-ticket loses nothing: order, claim and holder survive', async () => {
    const prefix = `${redis?.prefix ?? ''}restart:`;
    const first = await startTestServer({ store: await storeOn(prefix), staff: {} });
    const agent = await addStaff(first.store, 'agent');
    const other = await addStaff(first.store, 'agent');
    const browser = new StaffBrowser(first.url);
    await browser.login(agent.email);
    await browser.socket(); // someone is online, so asking for a person raises a ticket
    const a = await open(first);
    const b = await open(first);
    await say(b.socket, 'I want to talk to a person', 'r1');
    await eventually(async () => (await first.store.tickets.openFor(b.conversationId)) ?? undefined);
    await say(a.socket, OVERDOSE, 'e1');
    const emergency = await eventually(
      async () => (await first.store.tickets.openFor(a.conversationId)) ?? undefined,
    );
    expect((await browser.req('POST', `/api/tickets/${emergency.id}/claim`, {})).status).toBe(200);
    await first.close();

    const second = await startTestServer({ store: await storeOn(prefix), staff: {} });
    try {
      const again = new StaffBrowser(second.url);
      await again.login(other.email);
      const listed = await again.req<TicketView[]>('GET', '/api/tickets?status=open');
      const mine = listed.body.filter((t) => [a.conversationId, b.conversationId].includes(t.conversationId));
      expect(mine.map((t) => [t.priority, t.status, t.claimedBy])).toEqual([
        ['emergency', 'claimed', agent.email],
        ['request', 'waiting', null],
      ]);
      const late = await again.req('POST', `/api/tickets/${emergency.id}/claim`, {});
      expect(late).toMatchObject({
        status: 409,
        body: { error: { code: 'already_claimed', holder: agent.email } },
      });
      again.close();
    } finally {
      browser.close();
      await second.close();
    }
  });

  test('staff online on one process count for a patient on another', async () => {
    const prefix = `${redis?.prefix ?? ''}presence:`;
    const one = await startTestServer({ store: await storeOn(prefix), staff: {} });
    const two = await startTestServer({ store: await storeOn(prefix), staff: {} });
    try {
      const agent = await addStaff(one.store, 'agent');
      const browser = new StaffBrowser(one.url);
      await browser.login(agent.email);
      const socket = await browser.socket();
      const { socket: patientOnTwo } = await open(two);
      await expect(askForPerson(patientOnTwo)).resolves.toEqual({ ok: true, state: 'waiting' });
      socket.close();
      await eventually(async () => ((await two.staff?.presence.anyoneOnline()) ? undefined : true));
      const { socket: later } = await open(two);
      await expect(askForPerson(later)).resolves.toEqual({ ok: true, state: 'no_staff' });
      browser.close();
    } finally {
      await one.close();
      await two.close();
    }
  });
});
