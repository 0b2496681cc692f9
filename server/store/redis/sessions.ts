import { z } from 'zod';
import type { SessionRecord, SessionStore } from '../types.js';
import type { RedisClient } from './client.js';

const SessionRecordSchema = z.object({
  userId: z.string(),
  createdAt: z.number(),
  expiresAt: z.number(),
  csrfToken: z.string(),
});

export class RedisSessionStore implements SessionStore {
  constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
  ) {}

  private key(key: string): string {
    return `${this.prefix}sess:${key}`;
  }

  async put(key: string, record: SessionRecord, idleMs: number): Promise<void> {
    await this.client.set(this.key(key), JSON.stringify(record), {
      expiration: { type: 'PX', value: idleMs },
    });
  }

  async get(key: string): Promise<SessionRecord | undefined> {
    const json = await this.client.get(this.key(key));
    return json === null ? undefined : SessionRecordSchema.parse(JSON.parse(json));
  }

  async touch(key: string, idleMs: number): Promise<void> {
    await this.client.pExpire(this.key(key), idleMs);
  }

  async delete(key: string): Promise<void> {
    await this.client.unlink(this.key(key));
  }
}
