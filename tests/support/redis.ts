import { randomBytes } from 'node:crypto';
import { connectRedis, deleteByPrefix, type RedisClient } from '../../server/store/redis/client.js';

export interface TestRedis {
  client: RedisClient;
  /** Unique to this test file's run, so parallel runs and other data never mix. */
  prefix: string;
  url: string;
  /** Deletes this run's keys and closes the client. */
  cleanup(): Promise<void>;
}

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const REDIS_REQUIRED = process.env.REQUIRE_REDIS === '1';

/**
 * A Redis connection for tests, or undefined when Redis is not reachable. Unreachable Redis is
 * announced loudly; with REQUIRE_REDIS=1 (CI) the caller turns it into a failure.
 */
export async function connectTestRedis(label: string): Promise<TestRedis | undefined> {
  let client: RedisClient;
  try {
    client = await connectRedis({ url: REDIS_URL, onError: () => undefined, connectTimeoutMs: 2000 });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.warn(
      `\n*** Redis is not reachable at ${REDIS_URL} (${why}): the Redis runs of "${label}" are SKIPPED. ` +
        'Start Redis or set REQUIRE_REDIS=1 to make this a failure. ***\n',
    );
    return undefined;
  }
  const prefix = `plaincare-test:${label}:${randomBytes(6).toString('hex')}:`;
  return {
    client,
    prefix,
    url: REDIS_URL,
    cleanup: async () => {
      await deleteByPrefix(client, prefix);
      client.destroy();
    },
  };
}
