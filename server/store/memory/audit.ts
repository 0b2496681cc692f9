import type { AuditEntry, AuditHead } from '../staffRecords.js';
import type { AuditStore } from '../types.js';
import { GENESIS_HASH } from '../auditGenesis.js';

export class MemoryAuditStore implements AuditStore {
  private readonly entries: AuditEntry[] = [];

  head(): Promise<AuditHead> {
    const last = this.entries.at(-1);
    return Promise.resolve(last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH });
  }

  append(entry: AuditEntry, expectedSeq: number): Promise<boolean> {
    if ((this.entries.at(-1)?.seq ?? 0) !== expectedSeq) return Promise.resolve(false);
    this.entries.push(structuredClone(entry));
    return Promise.resolve(true);
  }

  range(from: number, count: number): Promise<AuditEntry[]> {
    const start = Math.max(0, from - 1);
    return Promise.resolve(
      this.entries.slice(start, start + Math.max(0, count)).map((e) => structuredClone(e)),
    );
  }
}
