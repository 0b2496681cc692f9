import { createHash } from 'node:crypto';
import { GENESIS_HASH } from '../store/auditGenesis.js';
import type { AuditEntry } from '../store/staffRecords.js';

/**
 * The audit log's hash chain: each entry's hash covers its own fields and the previous entry's
 * hash, so changing, removing or reordering any entry breaks every hash after it.
 */

/** JSON with keys sorted at every level and undefined left out: the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const fields = Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'hash'));
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

export type ChainProblem = 'sequence' | 'previous_hash' | 'hash';

export type ChainCheck =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; brokenAt: number; problem: ChainProblem };

/** Checks entries in order, continuing from `prev` (the start of the log by default). */
export class ChainVerifier {
  private count = 0;
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private failure: { brokenAt: number; problem: ChainProblem } | undefined;

  add(entry: AuditEntry): boolean {
    if (this.failure) return false;
    const problem: ChainProblem | undefined =
      entry.seq !== this.expectedSeq
        ? 'sequence'
        : entry.prevHash !== this.prevHash
          ? 'previous_hash'
          : entryHash(entry) !== entry.hash
            ? 'hash'
            : undefined;
    if (problem) {
      this.failure = { brokenAt: this.expectedSeq, problem };
      return false;
    }
    this.count += 1;
    this.expectedSeq += 1;
    this.prevHash = entry.hash;
    return true;
  }

  result(): ChainCheck {
    return this.failure
      ? { ok: false, count: this.count, ...this.failure }
      : { ok: true, count: this.count, head: this.prevHash };
  }
}

export function verifyChain(entries: Iterable<AuditEntry>): ChainCheck {
  const verifier = new ChainVerifier();
  for (const entry of entries) if (!verifier.add(entry)) break;
  return verifier.result();
}
