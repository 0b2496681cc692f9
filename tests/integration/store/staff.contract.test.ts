import { afterAll, describe, expect, test } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { GENESIS_HASH } from '../../../server/store/auditGenesis.js';
import { createMemoryStore } from '../../../server/store/memory/index.js';
import { createRedisStore } from '../../../server/store/redis/index.js';
import type { AuditEntry, StaffUser } from '../../../server/store/staffRecords.js';
import type { Store, StoreOptions } from '../../../server/store/types.js';
import { connectTestRedis, REDIS_REQUIRED, REDIS_URL } from '../../support/redis.js';
import { makeTicket } from '../../support/tickets.js';

/**
 * The staff side of the store contract (tickets, accounts, audit log, presence, counters): the
 * in-memory store and Redis must behave the same, races included. Time is a fake clock both share.
 */
let clock = 1_000_000;
const RETENTION_MS = 60_000;
const options: StoreOptions = { retentionMs: RETENTION_MS, now: () => clock };

const redis = await connectTestRedis('staff-contract');
afterAll(async () => {
  await redis?.cleanup();
});

type Factory = () => Store;
const implementations: Array<[string, Factory | undefined]> = [
  ['memory', () => createMemoryStore(options)],
  [
    'redis',
    redis
      ? () =>
          createRedisStore({ ...options, client: redis.client, prefix: `${redis.prefix}${randomUUID()}:` })
      : undefined,
  ],
];

if (!redis && REDIS_REQUIRED) {
  test('Redis is reachable (REQUIRE_REDIS=1)', () => {
    throw new Error(`Redis is required but not reachable at ${REDIS_URL}`);
  });
}

function user(overrides: Partial<StaffUser> = {}): StaffUser {
  return {
    id: randomUUID(),
    email: `${randomUUID()}@example.org`,
    name: 'Ana',
    role: 'agent',
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$x$y',
    disabled: false,
    createdAt: clock,
    updatedAt: clock,
    ...overrides,
  };
}

function entry(seq: number, prevHash: string): AuditEntry {
  return {
    seq,
    at: clock,
    actor: { kind: 'staff', id: 'u1', email: 'a@example.org', role: 'agent' },
    action: 'ticket.claim',
    target: { kind: 'ticket', id: `t${seq}` },
    outcome: 'ok',
    details: { priority: 'emergency' },
    prevHash,
    hash: `h${seq}`.padEnd(64, '0'),
  };
}

describe.each(implementations.filter((impl): impl is [string, Factory] => impl[1] !== undefined))(
  'staff store contract: %s',
  (_name, factory) => {
    describe('tickets', () => {
      test('a created ticket reads back whole', async () => {
        const store = factory();
        const ticket = makeTicket({
          categories: ['overdose'],
          lang: 'es',
          messageId: 'm1',
          callback: { phone: '555 0100' },
        });
        await expect(store.tickets.create(ticket)).resolves.toEqual({ created: true });
        await expect(store.tickets.get(ticket.id)).resolves.toEqual(ticket);
        await expect(store.tickets.openFor(ticket.conversationId)).resolves.toEqual(ticket);
      });

      test('creating the same id twice writes once (a held ticket retried after an outage)', async () => {
        const store = factory();
        const ticket = makeTicket();
        await store.tickets.create(ticket);
        await expect(store.tickets.create({ ...ticket, priority: 'request' })).resolves.toEqual({
          created: false,
          existingId: ticket.id,
        });
        await expect(store.tickets.get(ticket.id)).resolves.toMatchObject({ priority: 'urgent' });
      });

      test('a conversation with an open ticket gets no second one: the caller is told which is open', async () => {
        const store = factory();
        const first = makeTicket();
        await store.tickets.create(first);
        const second = makeTicket({ conversationId: first.conversationId });
        await expect(store.tickets.create(second)).resolves.toEqual({ created: false, existingId: first.id });
      });

      test('the open queue is ordered by priority, then by age', async () => {
        const store = factory();
        const made = [
          makeTicket({ priority: 'request', createdAt: 1 }),
          makeTicket({ priority: 'emergency', createdAt: 5 }),
          makeTicket({ priority: 'urgent', createdAt: 2 }),
          makeTicket({ priority: 'emergency', createdAt: 3 }),
          makeTicket({ priority: 'urgent', createdAt: 1 }),
        ];
        for (const t of made) await store.tickets.create(t);
        const listed = await store.tickets.list('open');
        expect(listed.map((t) => [t.priority, t.createdAt])).toEqual([
          ['emergency', 3],
          ['emergency', 5],
          ['urgent', 1],
          ['urgent', 2],
          ['request', 1],
        ]);
      });

      test('compare-and-set writes over the expected version only', async () => {
        const store = factory();
        const ticket = makeTicket();
        await store.tickets.create(ticket);
        const claimed = { ...ticket, version: 2, status: 'claimed' as const, claimedAt: 5 };
        await expect(store.tickets.compareAndSet(claimed, 1)).resolves.toBe(true);
        await expect(store.tickets.compareAndSet({ ...claimed, version: 3 }, 1)).resolves.toBe(false);
        await expect(store.tickets.get(ticket.id)).resolves.toEqual(claimed);
      });

      test('of twenty simultaneous writes over one version, exactly one wins', async () => {
        const store = factory();
        const ticket = makeTicket();
        await store.tickets.create(ticket);
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            store.tickets.compareAndSet(
              {
                ...ticket,
                version: 2,
                status: 'claimed',
                assignee: { id: `u${i}`, email: `u${i}@x.org`, name: `U${i}`, role: 'agent' },
              },
              1,
            ),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = results.indexOf(true);
        await expect(store.tickets.get(ticket.id)).resolves.toMatchObject({ assignee: { id: `u${winner}` } });
      });

      test('filters: waiting, claimed, open and resolved', async () => {
        const store = factory();
        const waiting = makeTicket();
        const claimed = makeTicket();
        const resolved = makeTicket();
        for (const t of [waiting, claimed, resolved]) await store.tickets.create(t);
        await store.tickets.compareAndSet({ ...claimed, version: 2, status: 'claimed' }, 1);
        await store.tickets.compareAndSet(
          { ...resolved, version: 2, status: 'resolved', resolvedAt: clock },
          1,
        );
        const ids = async (filter: 'open' | 'waiting' | 'claimed' | 'resolved') =>
          (await store.tickets.list(filter)).map((t) => t.id).sort();
        expect(await ids('waiting')).toEqual([waiting.id]);
        expect(await ids('claimed')).toEqual([claimed.id]);
        expect(await ids('open')).toEqual([waiting.id, claimed.id].sort());
        expect(await ids('resolved')).toEqual([resolved.id]);
      });

      test('a resolved ticket frees its conversation for a new one', async () => {
        const store = factory();
        const ticket = makeTicket();
        await store.tickets.create(ticket);
        await store.tickets.compareAndSet(
          { ...ticket, version: 2, status: 'resolved', resolvedAt: clock },
          1,
        );
        await expect(store.tickets.openFor(ticket.conversationId)).resolves.toBeUndefined();
        const next = makeTicket({ conversationId: ticket.conversationId });
        await expect(store.tickets.create(next)).resolves.toEqual({ created: true });
      });

      test('a raise to a higher priority moves the ticket in the queue', async () => {
        const store = factory();
        const older = makeTicket({ priority: 'emergency', createdAt: 1 });
        const raised = makeTicket({ priority: 'request', createdAt: 2 });
        await store.tickets.create(older);
        await store.tickets.create(raised);
        await store.tickets.compareAndSet({ ...raised, version: 2, priority: 'emergency' }, 1);
        expect((await store.tickets.list('open')).map((t) => t.id)).toEqual([older.id, raised.id]);
      });

      test('resolved tickets are listed newest first', async () => {
        const store = factory();
        const a = makeTicket();
        const b = makeTicket();
        await store.tickets.create(a);
        await store.tickets.create(b);
        await store.tickets.compareAndSet({ ...a, version: 2, status: 'resolved', resolvedAt: clock }, 1);
        await store.tickets.compareAndSet({ ...b, version: 2, status: 'resolved', resolvedAt: clock + 1 }, 1);
        expect((await store.tickets.list('resolved')).map((t) => t.id)).toEqual([b.id, a.id]);
      });
    });

    describe('staff accounts', () => {
      test('an account reads back by id and by email, and is listed', async () => {
        const store = factory();
        const u = user();
        await expect(store.users.create(u)).resolves.toEqual({ created: true });
        await expect(store.users.get(u.id)).resolves.toEqual(u);
        await expect(store.users.byEmail(u.email)).resolves.toEqual(u);
        expect((await store.users.list()).map((x) => x.id)).toContain(u.id);
      });

      test('two accounts with one email: only the first is created, even at the same moment', async () => {
        const store = factory();
        const email = `${randomUUID()}@example.org`;
        const results = await Promise.all(
          Array.from({ length: 5 }, () => store.users.create(user({ email }))),
        );
        expect(results.filter((r) => r.created)).toHaveLength(1);
        expect(results.filter((r) => !r.created)).toEqual(
          Array.from({ length: 4 }, () => ({ created: false, reason: 'email_taken' })),
        );
      });

      test('an update changes the role but never the email', async () => {
        const store = factory();
        const u = user();
        await store.users.create(u);
        await store.users.update({ ...u, role: 'admin', email: 'someone-else@example.org' });
        await expect(store.users.get(u.id)).resolves.toMatchObject({ role: 'admin', email: u.email });
      });

      test('an unknown email is undefined', async () => {
        await expect(factory().users.byEmail('nobody@example.org')).resolves.toBeUndefined();
      });

      test('a setup token works once, however many use it at the same moment', async () => {
        const store = factory();
        const hash = randomUUID();
        await store.users.addSetupToken(hash, 60_000);
        await expect(store.users.hasSetupToken(hash)).resolves.toBe(true);
        const results = await Promise.all(
          Array.from({ length: 5 }, () => store.users.consumeSetupToken(hash)),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        await expect(store.users.hasSetupToken(hash)).resolves.toBe(false);
      });
    });

    describe('audit log', () => {
      test('an empty log starts at the genesis hash', async () => {
        await expect(factory().audit.head()).resolves.toEqual({ seq: 0, hash: GENESIS_HASH });
      });

      test('entries append in order and read back by range', async () => {
        const store = factory();
        const first = entry(1, GENESIS_HASH);
        const second = entry(2, first.hash);
        await expect(store.audit.append(first, 0)).resolves.toBe(true);
        await expect(store.audit.append(second, 1)).resolves.toBe(true);
        await expect(store.audit.head()).resolves.toEqual({ seq: 2, hash: second.hash });
        await expect(store.audit.range(1, 10)).resolves.toEqual([first, second]);
        await expect(store.audit.range(2, 1)).resolves.toEqual([second]);
      });

      test('an append over a stale head is refused, so two writers cannot fork the chain', async () => {
        const store = factory();
        const results = await Promise.all([
          store.audit.append(entry(1, GENESIS_HASH), 0),
          store.audit.append(entry(1, GENESIS_HASH), 0),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
        await expect(store.audit.append(entry(1, GENESIS_HASH), 0)).resolves.toBe(false);
      });
    });

    describe('presence', () => {
      test('a member is online until its heartbeat runs out or it leaves', async () => {
        const store = factory();
        await store.presence.beat('u1|s1', 10_000);
        await store.presence.beat('u2|s2', 20_000);
        expect((await store.presence.online()).sort()).toEqual(['u1|s1', 'u2|s2']);
        clock += 15_000;
        expect(await store.presence.online()).toEqual(['u2|s2']);
        await store.presence.leave('u2|s2');
        expect(await store.presence.online()).toEqual([]);
      });
    });

    describe('counters', () => {
      test('a counter counts, expires and resets', async () => {
        const store = factory();
        const key = randomUUID();
        await expect(store.counters.increment(key, 10_000)).resolves.toBe(1);
        await expect(store.counters.increment(key, 10_000)).resolves.toBe(2);
        await expect(store.counters.get(key)).resolves.toBe(2);
        await store.counters.reset(key);
        await expect(store.counters.get(key)).resolves.toBe(0);
      });
    });
  },
);
