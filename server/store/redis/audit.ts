import { GENESIS_HASH } from '../auditGenesis.js';
import type { AuditEntry, AuditHead } from '../staffRecords.js';
import type { AuditStore } from '../types.js';
import type { RedisClient } from './client.js';
import { AuditEntrySchema, parseJson } from './staffSchemas.js';

/** Appends only when the log still ends where the writer read it, so concurrent writers cannot fork the chain. */
const APPEND = `
local seq = redis.call('HGET', KEYS[1], 'seq') or '0'
if seq ~= ARGV[1] then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('HSET', KEYS[1], 'seq', ARGV[3], 'hash', ARGV[4])
return 1
`;

/** Layout: `audit:log` list of JSON entries (index = seq - 1); `audit:head` hash {seq, hash}. Nothing expires. */
export class RedisAuditStore implements AuditStore {
  constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
  ) {}

  private get headKey(): string {
    return `${this.prefix}audit:head`;
  }

  private get logKey(): string {
    return `${this.prefix}audit:log`;
  }

  async head(): Promise<AuditHead> {
    const head = await this.client.hGetAll(this.headKey);
    const seq = Number(head.seq ?? 0);
    return seq > 0 && head.hash ? { seq, hash: head.hash } : { seq: 0, hash: GENESIS_HASH };
  }

  async append(entry: AuditEntry, expectedSeq: number): Promise<boolean> {
    const reply = await this.client.eval(APPEND, {
      keys: [this.headKey, this.logKey],
      arguments: [String(expectedSeq), JSON.stringify(entry), String(entry.seq), entry.hash],
    });
    return Number(reply) === 1;
  }

  async range(from: number, count: number): Promise<AuditEntry[]> {
    if (count <= 0) return [];
    const start = Math.max(0, from - 1);
    const list = await this.client.lRange(this.logKey, start, start + count - 1);
    return list.map((json) => parseJson(AuditEntrySchema, json));
  }
}
