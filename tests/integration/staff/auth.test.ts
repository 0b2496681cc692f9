import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { ConversationEvent } from '../../../client/shared/protocol.js';
import type { AuditEntryView, Me, TicketView } from '../../../client/shared/staffProtocol.js';
import { mayEver } from '../../../server/auth/policy.js';
import { STAFF_EVENTS } from '../../../server/staff/namespace.js';
import { ROLES, type Role, type StaffUser, type Ticket } from '../../../server/store/staffRecords.js';
import { createMemoryStore } from '../../../server/store/memory/index.js';
import { nextEvent, startTestServer, type TestServer } from '../../support/server.js';
import { addStaff, eventually, StaffBrowser, STAFF_PASSWORD } from '../../support/staff.js';

/**
 * Staff accounts and sessions from outside: CSRF before and after login, cookie flags, rotation,
 * lockout, idle and absolute timeouts, every route against every role, the audit trail, setup.
 */

const MINUTE = 60_000;
let clock = 10_000_000;
const now = () => clock;

let server: TestServer;
const accounts = {} as Record<Role, StaffUser>;
const browsers = {} as Record<Role, StaffBrowser>;

beforeAll(async () => {
  server = await startTestServer({
    store: createMemoryStore({ retentionMs: 600 * MINUTE, now }),
    staff: { now },
  });
  for (const role of ROLES) {
    accounts[role] = await addStaff(server.store, role);
    browsers[role] = new StaffBrowser(server.url);
    const login = await browsers[role].login(accounts[role].email);
    if (login.status !== 200) throw new Error(`login ${role}: ${login.status}`);
  }
});
afterAll(async () => {
  for (const browser of Object.values(browsers)) browser.close();
  await server.close();
});

describe('signing in', () => {
  test('the CSRF token comes before any session, and login needs it', async () => {
    const browser = new StaffBrowser(server.url);
    const csrf = await browser.req<{ csrfToken: string }>('GET', '/api/auth/csrf');
    expect(csrf.status).toBe(200);
    expect(csrf.body.csrfToken.length).toBeGreaterThan(20);
    const without = await browser.req('POST', '/api/auth/login', {
      email: accounts.agent.email,
      password: STAFF_PASSWORD,
    });
    expect(without).toMatchObject({ status: 403, body: { error: { code: 'csrf_failed' } } });
    browser.csrf = 'forged-token';
    const forged = await browser.req('POST', '/api/auth/login', {
      email: accounts.agent.email,
      password: STAFF_PASSWORD,
    });
    expect(forged.status).toBe(403);
    browser.csrf = csrf.body.csrfToken;
    const ok = await browser.req<{ user: { email: string; role: string } }>('POST', '/api/auth/login', {
      email: accounts.agent.email.toUpperCase(),
      password: STAFF_PASSWORD,
    });
    expect(ok).toMatchObject({ status: 200, body: { user: { email: accounts.agent.email, role: 'agent' } } });
    // after login the token is the session's own
    const after = await browser.req<{ csrfToken: string }>('GET', '/api/auth/csrf');
    expect(after.body.csrfToken).not.toBe(csrf.body.csrfToken);
  });

  test('the session cookie is HttpOnly and SameSite=Strict, a fresh 256-bit token each login', async () => {
    const browser = new StaffBrowser(server.url);
    await browser.req('GET', '/api/auth/csrf');
    const first = await browser.login(accounts.agent.email);
    const cookie = first.headers.getSetCookie().find((c) => c.startsWith('plaincare_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    const token = browser.jar.get('plaincare_session') ?? '';
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const old = new StaffBrowser(server.url);
    old.jar.set('plaincare_session', token);
    await browser.login(accounts.agent.email);
    expect(browser.jar.get('plaincare_session')).not.toBe(token);
    // the session of before the second login is over
    expect((await old.req('GET', '/api/auth/me')).status).toBe(401);
  });

  test('in production the cookie is __Host- prefixed and Secure', async () => {
    const production = await startTestServer({
      staff: {},
      env: {
        NODE_ENV: 'production',
        SESSION_SECRET: 's'.repeat(40),
        PUBLIC_URL: 'https://plaincare.example',
      },
    });
    try {
      const user = await addStaff(production.store, 'agent');
      const browser = new StaffBrowser(production.url);
      const csrf = await browser.req('GET', '/api/auth/csrf');
      expect(csrf.headers.getSetCookie().join()).toMatch(/__Host-plaincare_csrf=.*Secure/i);
      const login = await browser.login(user.email);
      expect(login.headers.getSetCookie().find((c) => c.startsWith('__Host-plaincare_session='))).toMatch(
        /; Secure/i,
      );
    } finally {
      await production.close();
    }
  });

  test('a wrong password is 401; five lock the account for 15 minutes, whatever the password', async () => {
    const user = await addStaff(server.store, 'agent');
    const browser = new StaffBrowser(server.url);
    for (let i = 0; i < 5; i += 1) {
      expect((await browser.login(user.email, `wrong password ${i}!`)).status).toBe(401);
    }
    const locked = await browser.login(user.email);
    expect(locked).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    // an unknown account is told the same as a wrong password
    expect(await browser.login('nobody@example.org')).toMatchObject({
      status: 401,
      body: { error: { code: 'wrong_credentials' } },
    });
    expect(server.logs.text).not.toContain('wrong password 1!');
    expect(server.logs.text).not.toContain(STAFF_PASSWORD);
  });

  test('sessions end after 15 idle minutes, and after 12 hours however busy', async () => {
    const user = await addStaff(server.store, 'agent');
    const browser = new StaffBrowser(server.url);
    await browser.login(user.email);
    clock += 14 * MINUTE;
    expect((await browser.req('GET', '/api/auth/me')).status).toBe(200);
    clock += 14 * MINUTE;
    expect((await browser.req('GET', '/api/auth/me')).status).toBe(200);
    clock += 16 * MINUTE;
    expect((await browser.req('GET', '/api/auth/me')).status).toBe(401);

    await browser.login(user.email);
    for (let elapsed = 0; elapsed < 12 * 60; elapsed += 10) {
      clock += 10 * MINUTE;
      if ((await browser.req('GET', '/api/auth/me')).status !== 200) break;
    }
    expect((await browser.req('GET', '/api/auth/me')).status).toBe(401);
    // the role accounts signed in at the start have timed out too: sign them in again
    for (const role of ROLES) await browsers[role].login(accounts[role].email);
  });

  test('signing out ends the session and its live console', async () => {
    const user = await addStaff(server.store, 'agent');
    const browser = new StaffBrowser(server.url);
    expect((await browser.login(user.email)).status).toBe(200);
    const socket = await browser.socket();
    const ended = nextEvent<{ reason: string }>(socket, 'session:ended');
    expect((await browser.req('POST', '/api/auth/logout')).status).toBe(204);
    expect(await ended).toEqual({ reason: 'signed_out' });
    expect((await browser.req('GET', '/api/auth/me')).status).toBe(401);
    browser.close();
  });
});

describe('every route against every role', () => {
  let ticket: Ticket;
  beforeAll(async () => {
    const queue = server.staff?.queue;
    if (!queue) throw new Error('no staff side');
    const raised = await queue.raise({
      conversationId: crypto.randomUUID(),
      priority: 'urgent',
      kind: 'red_flag',
      categories: ['x'],
      lang: 'en',
    });
    ticket = raised.ticket;
  });

  const routes = () => server.staff?.routes ?? [];
  const pathOf = (path: string) =>
    path.replace(':id', path.startsWith('/api/users') ? accounts.agent.id : ticket.id);

  test('the walk covers the staff API', () => {
    const listed = routes().map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(listed).toEqual(
      expect.arrayContaining([
        'GET /api/tickets',
        'POST /api/tickets/:id/claim',
        'POST /api/tickets/:id/resolve',
        'GET /api/conversations/:id',
        'GET /api/users',
        'POST /api/users',
        'PATCH /api/users/:id',
        'GET /api/audit',
      ]),
    );
  });

  test.each(ROLES)('%s: refused exactly the routes the policy never allows it', async (role) => {
    const browser = browsers[role];
    for (const route of routes()) {
      if (route.path === '/api/auth/logout') continue;
      // A bodyless request: the answer may be 400 or 409, but only a policy refusal says `forbidden`.
      const answer = await browser.req<{ error?: { code: string } }>(
        route.method.toUpperCase(),
        pathOf(route.path),
        route.method === 'get' ? undefined : {},
      );
      const forbidden = answer.status === 403 && answer.body.error?.code === 'forbidden';
      const expected = route.action !== null && !mayEver(role, route.action);
      expect({ route: `${route.method} ${route.path}`, forbidden }).toEqual({
        route: `${route.method} ${route.path}`,
        forbidden: expected,
      });
    }
  });

  test('without a session every route is 401; a state change without the CSRF token is refused', async () => {
    const stranger = new StaffBrowser(server.url);
    for (const route of routes()) {
      const answer = await stranger.req(
        route.method.toUpperCase(),
        pathOf(route.path),
        route.method === 'get' ? undefined : {},
      );
      expect({ route: route.path, status: answer.status }).toEqual({ route: route.path, status: 401 });
    }
    const noToken = await browsers.admin.req(
      'POST',
      `/api/tickets/${ticket.id}/notes`,
      { text: 'x' },
      { 'x-csrf-token': '' },
    );
    expect(noToken).toMatchObject({ status: 403, body: { error: { code: 'csrf_failed' } } });
  });

  test('an agent refused an admin route is logged and audited', async () => {
    expect((await browsers.agent.req('GET', '/api/audit')).status).toBe(403);
    const entries = await browsers.admin.req<{ entries: AuditEntryView[] }>(
      'GET',
      `/api/audit?action=access.denied&actor=${encodeURIComponent(accounts.agent.email)}`,
    );
    expect(entries.body.entries[0]).toMatchObject({ outcome: 'denied', details: { action: 'audit.view' } });
    expect(server.logs.text).toMatch(/authorisation denied/);
  });

  test('/api/auth/me lists what each role may do, for the console to show only those buttons', async () => {
    const agent = await browsers.agent.req<Me>('GET', '/api/auth/me');
    const admin = await browsers.admin.req<Me>('GET', '/api/auth/me');
    expect(agent.body.can).toContain('ticket.claim');
    expect(agent.body.can).not.toContain('audit.view');
    expect(agent.body.can).not.toContain('conversation.view');
    expect(admin.body.can).toEqual(expect.arrayContaining(['audit.view', 'user.create', 'ticket.claim']));
  });
});

describe('every socket event against every role', () => {
  test('the event table names a policy action for every event that touches a ticket', () => {
    expect(STAFF_EVENTS).toEqual({
      'presence:beat': null,
      'conversation:watch': 'ticket.conversation',
      'conversation:unwatch': null,
      'conversation:join': 'conversation.join',
      'conversation:leave': 'conversation.join',
      'conversation:send': 'conversation.send',
      'conversation:typing': 'conversation.send',
    });
  });

  test.each(ROLES)(
    '%s: may follow any ticket, but join and write only to the one it holds and joined',
    async (role) => {
      const queue = server.staff?.queue;
      if (!queue) throw new Error('no staff side');
      const patient = server.patient();
      const { conversationId } = await nextEvent<ConversationEvent>(patient, 'conversation');
      const { ticket } = await queue.raise({
        conversationId,
        priority: 'urgent',
        kind: 'red_flag',
        categories: [],
        lang: 'en',
      });
      const someoneElse = role === 'agent' ? browsers.clinician : browsers.agent;
      const socket = await browsers[role].socket();
      const other = await someoneElse.socket();

      expect(await socket.emitWithAck('conversation:watch', { ticketId: ticket.id })).toMatchObject({
        ok: true,
      });
      await someoneElse.req('POST', `/api/tickets/${ticket.id}/claim`, {});
      expect(await socket.emitWithAck('conversation:join', { ticketId: ticket.id })).toMatchObject({
        ok: false,
        error: { code: 'not_holder' },
      });
      await other.emitWithAck('conversation:join', { ticketId: ticket.id });
      expect(
        await socket.emitWithAck('conversation:send', { ticketId: ticket.id, text: 'hi', clientMsgId: 'x' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'not_holder' },
      });

      const { ticket: mine } = await queue.raise({
        conversationId: crypto.randomUUID(),
        priority: 'urgent',
        kind: 'red_flag',
        categories: [],
        lang: 'en',
      });
      await browsers[role].req('POST', `/api/tickets/${mine.id}/claim`, {});
      expect(
        await socket.emitWithAck('conversation:send', { ticketId: mine.id, text: 'hi', clientMsgId: 'y' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'not_joined' },
      });
      expect(await socket.emitWithAck('conversation:join', { ticketId: mine.id })).toMatchObject({
        ok: true,
      });
      expect(await socket.emitWithAck('conversation:watch', { ticketId: 'not-a-ticket-id' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' },
      });
      socket.close();
      other.close();
      patient.close();
    },
  );
});

describe('accounts and the audit trail', () => {
  test('an admin creates an account and changes its role; the last admin cannot be removed', async () => {
    const admin = browsers.admin;
    const created = await admin.req<{ user: { id: string; role: string } }>('POST', '/api/users', {
      email: 'new.person@example.org',
      password: 'another long passphrase',
      role: 'agent',
      name: 'New Person',
    });
    expect(created).toMatchObject({ status: 201, body: { user: { role: 'agent' } } });
    const again = await admin.req('POST', '/api/users', {
      email: 'new.person@example.org',
      password: 'another long passphrase',
      role: 'agent',
    });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'email_taken' } } });
    const weak = await admin.req('POST', '/api/users', {
      email: 'weak@example.org',
      password: 'short',
      role: 'agent',
    });
    expect(weak).toMatchObject({ status: 400, body: { error: { code: 'weak_password' } } });
    const promoted = await admin.req('PATCH', `/api/users/${created.body.user.id}`, { role: 'clinician' });
    expect(promoted).toMatchObject({ status: 200, body: { user: { role: 'clinician' } } });
    const self = await admin.req('PATCH', `/api/users/${accounts.admin.id}`, { role: 'agent' });
    expect(self).toMatchObject({ status: 409, body: { error: { code: 'last_admin' } } });
  });

  test('claims, views, messages and resolutions are audited without any patient words; the chain verifies', async () => {
    const agent = browsers.agent;
    const socket = await agent.socket();
    const patient = server.patient();
    const { conversationId } = await nextEvent<ConversationEvent>(patient, 'conversation');
    const secretWords = 'I took all my pills and my name is Rosalind Zebediah';
    await new Promise((resolve) =>
      patient.emit('message', { text: secretWords, clientMsgId: 'a1' }, resolve),
    );
    const ticket = await eventually(
      async () => (await server.store.tickets.openFor(conversationId)) ?? undefined,
    );
    await agent.req('POST', `/api/tickets/${ticket.id}/claim`, {});
    await agent.req('GET', `/api/tickets/${ticket.id}/conversation`);
    await socket.emitWithAck('conversation:join', { ticketId: ticket.id });
    await socket.emitWithAck('conversation:send', {
      ticketId: ticket.id,
      text: 'Please call 911 now, Rosalind.',
      clientMsgId: 's1',
    });
    await agent.req('POST', `/api/tickets/${ticket.id}/resolve`, {
      disposition: 'advised_emergency',
      note: 'Rosalind was told to call 911.',
    });

    const log = await browsers.admin.req<{ entries: AuditEntryView[] }>('GET', '/api/audit?limit=500');
    const actions = log.body.entries
      .filter((e) => e.actor.email === accounts.agent.email)
      .map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.login',
        'ticket.claim',
        'conversation.view',
        'ticket.join',
        'message.send',
        'ticket.note',
        'ticket.resolve',
      ]),
    );
    expect(log.body.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.role_change', 'ticket.create']),
    );
    const everything = JSON.stringify(log.body.entries);
    expect(everything).not.toContain('Rosalind');
    expect(everything).not.toContain('pills');
    const verified = await browsers.admin.req<{ ok: boolean; count: number }>('GET', '/api/audit/verify');
    expect(verified.body).toMatchObject({ ok: true });
    expect(verified.body.count).toBeGreaterThan(10);
    socket.close();
  });

  test('a disabled account is signed out at once', async () => {
    const user = await addStaff(server.store, 'agent');
    const browser = new StaffBrowser(server.url);
    expect((await browser.login(user.email)).status).toBe(200);
    const socket = await browser.socket();
    const ended = nextEvent<{ reason: string }>(socket, 'session:ended');
    expect((await browsers.admin.req('PATCH', `/api/users/${user.id}`, { disabled: true })).status).toBe(200);
    expect(await ended).toEqual({ reason: 'account_changed' });
    expect((await browser.req('GET', '/api/tickets')).status).toBe(401);
    expect((await browser.login(user.email)).status).toBe(401);
    browser.close();
  });
});

describe('first start', () => {
  test('with no admin a one-time setup link creates the first admin and signs them in', async () => {
    const fresh = await startTestServer({ staff: {} });
    try {
      const link = await fresh.staff?.start({ baseUrl: fresh.url });
      expect(link).toMatch(new RegExp(`^${fresh.url}/setup/[A-Za-z0-9_-]{43}$`));
      const token = String(link).split('/setup/')[1];
      const browser = new StaffBrowser(fresh.url);
      expect((await browser.req('GET', `/api/setup/${token}`)).body).toEqual({ valid: true });
      const page = await browser.req('GET', `/setup/${token}`);
      expect([200, 503]).toContain(page.status); // 503 only when the console is not built
      await browser
        .req('GET', '/api/auth/csrf')
        .then((c) => (browser.csrf = (c.body as { csrfToken: string }).csrfToken));
      const typo = await browser.req('POST', `/api/setup/${token}`, {
        email: 'not-an-email',
        password: 'the first admin passphrase',
      });
      expect(typo).toMatchObject({ status: 400, body: { error: { code: 'invalid_email' } } });
      const made = await browser.req<{ user: { role: string }; csrfToken: string }>(
        'POST',
        `/api/setup/${token}`,
        {
          email: 'first.admin@example.org',
          password: 'the first admin passphrase',
          name: 'First Admin',
        },
      );
      expect(made).toMatchObject({ status: 201, body: { user: { role: 'admin' } } });
      browser.csrf = made.body.csrfToken;
      expect((await browser.req<Me>('GET', '/api/auth/me')).body.user).toMatchObject({
        role: 'admin',
        name: 'First Admin',
      });
      const reuse = await new StaffBrowser(fresh.url).req('GET', `/api/setup/${token}`);
      expect(reuse.body).toEqual({ valid: false });
      // with an admin, a restart prints no link
      await expect(fresh.staff?.start({ baseUrl: fresh.url })).resolves.toBeUndefined();
      expect(fresh.logs.text).toMatch(/one-time link to create the first admin/);
    } finally {
      await fresh.close();
    }
  });
});

describe('the ticket list', () => {
  test('GET /api/tickets?status=open has the documented shape, highest priority first, then oldest', async () => {
    const queue = server.staff?.queue;
    if (!queue) throw new Error('no staff side');
    for (const priority of ['request', 'emergency', 'urgent'] as const) {
      clock += 1000;
      await queue.raise({
        conversationId: crypto.randomUUID(),
        priority,
        kind: priority === 'request' ? 'request' : 'red_flag',
        categories: [],
        lang: 'ko',
      });
    }
    const listed = await browsers.agent.req<TicketView[]>('GET', '/api/tickets?status=open');
    expect(listed.status).toBe(200);
    const order = listed.body.map((t) => ['emergency', 'urgent', 'request'].indexOf(t.priority));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const row of listed.body) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining([
          'id',
          'priority',
          'categories',
          'lang',
          'createdAt',
          'claimedBy',
          'conversationId',
        ]),
      );
    }
    expect((await browsers.agent.req('GET', '/api/tickets?status=everything')).status).toBe(400);
  });
});
