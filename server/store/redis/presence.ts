import type { Clock, PresenceStore } from '../types.js';
import type { RedisClient } from './client.js';

/**
 * One sorted set shared by every process: member → when its heartbeat runs out. A process that
 * dies stops beating, and its staff drop out within one TTL without anyone cleaning up.
 */
export class RedisPresenceStore implements PresenceStore {
  constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
    private readonly now: Clock,
  ) {}

  private get key(): string {
    return `${this.prefix}presence`;
  }

  async beat(member: string, ttlMs: number): Promise<void> {
    await this.client.zAdd(this.key, { score: this.now() + ttlMs, value: member });
  }

  async leave(member: string): Promise<void> {
    await this.client.zRem(this.key, member);
  }

  async online(): Promise<string[]> {
    const now = this.now();
    await this.client.zRemRangeByScore(this.key, '-inf', now);
    return this.client.zRangeByScore(this.key, `(${now}`, '+inf');
  }
}
