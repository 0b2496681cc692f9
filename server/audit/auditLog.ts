import type { AuditActor, AuditDetails, AuditEntry, AuditTargetKind } from '../store/staffRecords.js';
import type { AuditStore, Clock } from '../store/types.js';
import { ChainVerifier, entryHash, type ChainCheck } from './chain.js';

/** What a caller records: who did what to what. Never patient text, never a password. */
export interface AuditInput {
  actor: AuditActor;
  action: string;
  target?: { kind: AuditTargetKind; id: string };
  outcome?: AuditEntry['outcome'];
  details?: AuditDetails;
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  targetKind?: AuditTargetKind;
  targetId?: string;
  from?: number;
  to?: number;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` for the next (older) page; absent at the start of the log. */
  next?: number;
}

export interface AuditLog {
  /** Appends one entry; rejects when it could not be written, so the caller's operation fails closed. */
  record(input: AuditInput): Promise<AuditEntry>;
  verify(): Promise<ChainCheck>;
  /** Newest first, filtered, reading back from `before` (exclusive). */
  query(filter: AuditFilter, options?: { before?: number; limit?: number }): Promise<AuditPage>;
}

const MAX_APPEND_ATTEMPTS = 20;
const VERIFY_CHUNK = 1000;
const QUERY_CHUNK = 500;
/** A filtered page reads at most this many entries before it answers with what it found. */
const QUERY_SCAN_LIMIT = 20_000;

function matches(entry: AuditEntry, filter: AuditFilter): boolean {
  if (filter.action && !entry.action.startsWith(filter.action)) return false;
  if (filter.actor && entry.actor.email !== filter.actor && entry.actor.id !== filter.actor) return false;
  if (filter.targetKind && entry.target?.kind !== filter.targetKind) return false;
  if (filter.targetId && entry.target?.id !== filter.targetId) return false;
  if (filter.from !== undefined && entry.at < filter.from) return false;
  if (filter.to !== undefined && entry.at > filter.to) return false;
  return true;
}

export function createAuditLog(deps: { store: AuditStore; now: Clock }): AuditLog {
  const { store } = deps;
  return {
    async record(input) {
      // Other processes append too: read the head, chain onto it, and retry if someone got there first.
      for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt += 1) {
        const head = await store.head();
        const unsigned: Omit<AuditEntry, 'hash'> = {
          seq: head.seq + 1,
          at: deps.now(),
          actor: input.actor,
          action: input.action,
          outcome: input.outcome ?? 'ok',
          prevHash: head.hash,
          ...(input.target ? { target: input.target } : {}),
          ...(input.details && Object.keys(input.details).length > 0 ? { details: input.details } : {}),
        };
        const entry: AuditEntry = { ...unsigned, hash: entryHash(unsigned) };
        if (await store.append(entry, head.seq)) return entry;
      }
      throw new Error('the audit log is too busy to append to; the operation was not recorded');
    },

    async verify() {
      const verifier = new ChainVerifier();
      const { seq: last } = await store.head();
      for (let from = 1; from <= last; from += VERIFY_CHUNK) {
        const chunk = await store.range(from, VERIFY_CHUNK);
        if (chunk.length === 0) break;
        for (const entry of chunk) if (!verifier.add(entry)) return verifier.result();
      }
      const result = verifier.result();
      // An entry cut off the end leaves the head pointing past the log.
      return result.ok && result.count !== last
        ? { ok: false, count: result.count, brokenAt: result.count + 1, problem: 'sequence' }
        : result;
    },

    async query(filter, options = {}) {
      const limit = Math.min(Math.max(options.limit ?? 100, 1), 500);
      const { seq: last } = await store.head();
      let end = Math.min(options.before !== undefined ? options.before - 1 : last, last);
      const found: AuditEntry[] = [];
      let scanned = 0;
      while (end >= 1 && found.length < limit && scanned < QUERY_SCAN_LIMIT) {
        const from = Math.max(1, end - QUERY_CHUNK + 1);
        const chunk = await store.range(from, end - from + 1);
        scanned += chunk.length;
        for (const entry of chunk.reverse()) {
          if (found.length >= limit) break;
          end = entry.seq - 1;
          if (matches(entry, filter)) found.push(entry);
        }
        if (chunk.length === 0) break;
      }
      return end >= 1 ? { entries: found, next: end + 1 } : { entries: found };
    },
  };
}
