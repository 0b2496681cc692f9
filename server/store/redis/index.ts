import type { Store, StoreOptions } from '../types.js';
import { RedisAuditStore } from './audit.js';
import type { RedisClient } from './client.js';
import { RedisConversationStore } from './conversations.js';
import { RedisCounterStore } from './counters.js';
import { RedisPresenceStore } from './presence.js';
import { RedisSessionStore } from './sessions.js';
import { RedisTicketStore } from './tickets.js';
import { RedisUserStore } from './users.js';

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
    tickets: new RedisTicketStore(client, prefix, options),
    users: new RedisUserStore(client, prefix),
    audit: new RedisAuditStore(client, prefix),
    presence: new RedisPresenceStore(client, prefix, options.now),
    counters: new RedisCounterStore(client, prefix),
    ping: async () => {
      await client.ping();
    },
    close: async () => {
      if (client.isOpen) await client.close();
    },
  };
}
