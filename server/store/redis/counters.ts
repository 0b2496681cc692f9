import type { CounterStore } from '../types.js';
import type { RedisClient } from './client.js';

export class RedisCounterStore implements CounterStore {
  constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
  ) {}

  private key(key: string): string {
    return `${this.prefix}count:${key}`;
  }

  async increment(key: string, ttlMs: number): Promise<number> {
    const [count] = await this.client.multi().incr(this.key(key)).pExpire(this.key(key), ttlMs).exec();
    return Number(count);
  }

  async get(key: string): Promise<number> {
    return Number((await this.client.get(this.key(key))) ?? 0);
  }

  async reset(key: string): Promise<void> {
    await this.client.del(this.key(key));
  }
}
