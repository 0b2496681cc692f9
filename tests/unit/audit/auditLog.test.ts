import { describe, expect, test } from '@jest/globals';
import { createAuditLog } from '../../../server/audit/auditLog.js';
import { canonicalJson, entryHash, verifyChain } from '../../../server/audit/chain.js';
import { createMemoryStore } from '../../../server/store/memory/index.js';
import type { AuditEntry } from '../../../server/store/staffRecords.js';

function freshLog() {
  let clock = 1_000;
  const store = createMemoryStore({ retentionMs: 60_000, now: () => clock });
  const log = createAuditLog({ store: store.audit, now: () => (clock += 1) });
  return { store, log };
}

const ana = { kind: 'staff' as const, id: 'u1', email: 'ana@example.org', role: 'agent' as const };

async function entries(store: ReturnType<typeof freshLog>['store']): Promise<AuditEntry[]> {
  return store.audit.range(1, 1000);
}

describe('the audit hash chain', () => {
  test('canonical JSON sorts keys at every level and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: undefined }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"f":1}]},"b":1}',
    );
  });

  test('each entry carries the hash of the one before it', async () => {
    const { store, log } = freshLog();
    const first = await log.record({ actor: ana, action: 'auth.login' });
    const second = await log.record({
      actor: ana,
      action: 'ticket.claim',
      target: { kind: 'ticket', id: 't1' },
    });
    expect(first.seq).toBe(1);
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(second.hash).toBe(entryHash(second));
    await expect(log.verify()).resolves.toEqual({ ok: true, count: 2, head: second.hash });
    expect(verifyChain(await entries(store))).toMatchObject({ ok: true, count: 2 });
  });

  test('concurrent writers each get their own place in the chain', async () => {
    const { log } = freshLog();
    const written = await Promise.all(
      Array.from({ length: 10 }, (_, i) => log.record({ actor: ana, action: `a.${i}` })),
    );
    expect(written.map((e) => e.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await expect(log.verify()).resolves.toMatchObject({ ok: true, count: 10 });
  });

  // (what a tamperer does, where the chain says it broke)
  test.each<[string, (list: AuditEntry[]) => AuditEntry[], number]>([
    [
      'an actor rewritten',
      (l) => l.map((e) => (e.seq === 2 ? { ...e, actor: { ...e.actor, email: 'mallory@example.org' } } : e)),
      2,
    ],
    [
      'an outcome flipped',
      (l) => l.map((e) => (e.seq === 3 ? { ...e, outcome: 'ok' as const, details: { x: 1 } } : e)),
      3,
    ],
    ['an entry removed', (l) => l.filter((e) => e.seq !== 2), 2],
    [
      'two entries swapped',
      (l) => [l[0], l[2], l[1], l[3]].filter((e): e is AuditEntry => e !== undefined),
      2,
    ],
    [
      'an entry re-hashed after editing',
      (l) =>
        l.map((e) => {
          if (e.seq !== 2) return e;
          const edited = { ...e, action: 'nothing.happened' };
          return { ...edited, hash: entryHash(edited) };
        }),
      3,
    ],
  ])('%s is detected at entry %s', async (_what, tamper, brokenAt) => {
    const { store, log } = freshLog();
    for (const action of ['auth.login', 'conversation.view', 'ticket.claim', 'ticket.resolve']) {
      await log.record({ actor: ana, action, outcome: action === 'ticket.claim' ? 'denied' : 'ok' });
    }
    expect(verifyChain(tamper(await entries(store)))).toMatchObject({ ok: false, brokenAt });
  });

  test('a filtered query reads newest first and pages back', async () => {
    const { log } = freshLog();
    for (let i = 1; i <= 12; i += 1) {
      await log.record({
        actor: ana,
        action: i % 2 === 0 ? 'ticket.claim' : 'auth.login',
        target: { kind: 'ticket', id: `t${i}` },
      });
    }
    const page = await log.query({ action: 'ticket.' }, { limit: 4 });
    expect(page.entries.map((e) => e.target?.id)).toEqual(['t12', 't10', 't8', 't6']);
    const next = await log.query(
      { action: 'ticket.' },
      { limit: 4, ...(page.next ? { before: page.next } : {}) },
    );
    expect(next.entries.map((e) => e.target?.id)).toEqual(['t4', 't2']);
    expect(next.next).toBeUndefined();
    expect((await log.query({ targetId: 't3' })).entries).toHaveLength(1);
  });
});
