import type { Logger } from '../logger.js';
import { createMemoryStore } from './memory/index.js';
import { connectRedis, redactUrl } from './redis/client.js';
import { createRedisStore } from './redis/index.js';
import type { Clock, Store } from './types.js';

export type { Store } from './types.js';

export interface OpenStoreOptions {
  redisUrl: string | undefined;
  retentionMs: number;
  now: Clock;
  logger: Logger;
  prefix?: string;
}

export const DEFAULT_KEY_PREFIX = 'plaincare:';

/** Redis when `REDIS_URL` is set, the embedded in-memory store otherwise. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  if (options.redisUrl === undefined) {
    return createMemoryStore({ retentionMs: options.retentionMs, now: options.now });
  }
  const url = options.redisUrl;
  let lastReported = 0;
  const client = await connectRedis({
    url,
    onError: (error) => {
      // A dead Redis errors on every reconnect attempt; one line every 10 s is enough.
      const now = Date.now();
      if (now - lastReported > 10_000) {
        lastReported = now;
        options.logger.error(
          { err: { message: error.message }, redis: redactUrl(url) },
          'redis connection error',
        );
      }
    },
  });
  return createRedisStore({
    client,
    prefix: options.prefix ?? DEFAULT_KEY_PREFIX,
    retentionMs: options.retentionMs,
    now: options.now,
  });
}
