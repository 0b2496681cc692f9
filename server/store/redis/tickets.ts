import { TICKET_PRIORITIES, type Ticket, type TicketPriority } from '../staffRecords.js';
import type { StoreOptions, TicketCreateResult, TicketFilter, TicketStore } from '../types.js';
import type { RedisClient } from './client.js';
import { parseJson, TicketSchema } from './staffSchemas.js';

/**
 * Layout: `tkt:{id}` hash {version, json}; `tkts:open:{priority}` one sorted set per priority
 * (score = creation time), so the queue's order is in Redis and survives any restart;
 * `tkts:resolved` sorted set by resolution time; `tkt:conv:{conversationId}` → its open ticket.
 * Every write is one Lua script, so a version check and the index moves happen together.
 */
const SAVE = `
local current = redis.call('HGET', KEYS[1], 'version')
if ARGV[1] == 'new' then
  if current then return {0, ARGV[8]} end
  local open = redis.call('GET', KEYS[6])
  if open then return {0, open} end
elseif current ~= ARGV[1] then
  return {0, ''}
end
redis.call('HSET', KEYS[1], 'version', ARGV[3], 'json', ARGV[2])
redis.call('ZREM', KEYS[2], ARGV[8])
redis.call('ZREM', KEYS[3], ARGV[8])
redis.call('ZREM', KEYS[4], ARGV[8])
if ARGV[5] == 'resolved' then
  redis.call('ZADD', KEYS[5], ARGV[7], ARGV[8])
  if redis.call('GET', KEYS[6]) == ARGV[8] then redis.call('DEL', KEYS[6]) end
  redis.call('PEXPIRE', KEYS[1], ARGV[9])
else
  local byPriority = { emergency = KEYS[2], urgent = KEYS[3], request = KEYS[4] }
  redis.call('ZADD', byPriority[ARGV[4]], ARGV[6], ARGV[8])
  redis.call('SET', KEYS[6], ARGV[8])
end
return {1, ARGV[8]}
`;

function scriptResult(reply: unknown): { written: boolean; id: string } {
  if (!Array.isArray(reply) || reply.length !== 2) throw new Error('unexpected reply from the ticket script');
  const [flag, id] = reply as unknown[];
  return { written: Number(flag) === 1, id: String(id) };
}

export class RedisTicketStore implements TicketStore {
  constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
    private readonly options: StoreOptions,
  ) {}

  private ticketKey(id: string): string {
    return `${this.prefix}tkt:${id}`;
  }

  private openKey(priority: TicketPriority): string {
    return `${this.prefix}tkts:open:${priority}`;
  }

  private get resolvedKey(): string {
    return `${this.prefix}tkts:resolved`;
  }

  private conversationKey(conversationId: string): string {
    return `${this.prefix}tkt:conv:${conversationId}`;
  }

  private async save(ticket: Ticket, expected: number | 'new'): Promise<{ written: boolean; id: string }> {
    const reply = await this.client.eval(SAVE, {
      keys: [
        this.ticketKey(ticket.id),
        ...TICKET_PRIORITIES.map((p) => this.openKey(p)),
        this.resolvedKey,
        this.conversationKey(ticket.conversationId),
      ],
      arguments: [
        String(expected),
        JSON.stringify(ticket),
        String(ticket.version),
        ticket.priority,
        ticket.status,
        String(ticket.createdAt),
        String(ticket.resolvedAt ?? 0),
        ticket.id,
        String(this.options.retentionMs),
      ],
    });
    return scriptResult(reply);
  }

  async create(ticket: Ticket): Promise<TicketCreateResult> {
    const result = await this.save(ticket, 'new');
    return result.written ? { created: true } : { created: false, existingId: result.id };
  }

  async get(id: string): Promise<Ticket | undefined> {
    const json = await this.client.hGet(this.ticketKey(id), 'json');
    return json === null ? undefined : parseJson(TicketSchema, json);
  }

  async list(filter: TicketFilter, limit = 500): Promise<Ticket[]> {
    if (filter === 'resolved') {
      const cutoff = this.options.now() - this.options.retentionMs;
      await this.client.zRemRangeByScore(this.resolvedKey, '-inf', cutoff);
      const ids = await this.client.zRange(this.resolvedKey, 0, limit - 1, { REV: true });
      return this.load(ids);
    }
    const perPriority = await Promise.all(
      TICKET_PRIORITIES.map((p) => this.client.zRange(this.openKey(p), 0, -1)),
    );
    const tickets = await this.load(perPriority.flat());
    return tickets.filter((t) => filter === 'open' || t.status === filter).slice(0, limit);
  }

  private async load(ids: string[]): Promise<Ticket[]> {
    const jsons = await Promise.all(ids.map((id) => this.client.hGet(this.ticketKey(id), 'json')));
    return jsons.flatMap((json) => (json === null ? [] : [parseJson(TicketSchema, json)]));
  }

  async compareAndSet(next: Ticket, expectedVersion: number): Promise<boolean> {
    return (await this.save(next, expectedVersion)).written;
  }

  async openFor(conversationId: string): Promise<Ticket | undefined> {
    const id = await this.client.get(this.conversationKey(conversationId));
    return id === null ? undefined : this.get(id);
  }
}
