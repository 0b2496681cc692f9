import { createClient } from 'redis';

function newClient(url: string, connectTimeoutMs: number) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: connectTimeoutMs,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2000),
    },
  });
}

/** The client type as created here (node-redis's generic defaults do not accept it, see DEPENDENCIES.md). */
export type RedisClient = ReturnType<typeof newClient>;

export interface RedisConnectOptions {
  url: string;
  /** Called for every client error; without a listener node-redis would crash the process. */
  onError: (error: Error) => void;
  /** How long the first connection may take before we give up. */
  connectTimeoutMs?: number;
}

/**
 * Connects to Redis and keeps reconnecting after a drop. Commands fail at once while the
 * connection is down (no offline queue), so a caller never hangs on a dead Redis.
 */
export async function connectRedis(options: RedisConnectOptions): Promise<RedisClient> {
  const timeoutMs = options.connectTimeoutMs ?? 5000;
  const client = newClient(options.url, timeoutMs);
  client.on('error', (error: unknown) => {
    options.onError(error instanceof Error ? error : new Error(String(error)));
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Redis at ${redactUrl(options.url)} did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([client.connect(), timeout]);
  } catch (error) {
    client.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return client;
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}

/** Removes every key under a prefix (tests and `--reset` tools); SCAN keeps Redis responsive. */
export async function deleteByPrefix(client: RedisClient, prefix: string): Promise<number> {
  let removed = 0;
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
    if (keys.length > 0) removed += await client.unlink(keys);
  }
  return removed;
}
