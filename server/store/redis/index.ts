import type { Store, StoreOptions } from '../types.js';
import type { RedisClient } from './client.js';
import { RedisConversationStore } from './conversations.js';
import { RedisSessionStore } from './sessions.js';

export interface RedisStoreOptions extends StoreOptions {
  client: RedisClient;
  /** Every key starts with it, so several deployments or test runs can share one Redis. */
  prefix: string;
}

/** The production store. It owns the client it is given and closes it on `close()`. */
export function createRedisStore(options: RedisStoreOptions): Store {
  const { client, prefix } = options;
  return {
    kind: 'redis',
    conversations: new RedisConversationStore(client, prefix, options),
    sessions: new RedisSessionStore(client, prefix),
    ping: async () => {
      await client.ping();
    },
    close: async () => {
      if (client.isOpen) await client.close();
    },
  };
}
