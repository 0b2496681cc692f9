import type { Store, StoreOptions } from '../types.js';
import { MemoryAuditStore } from './audit.js';
import { MemoryConversationStore } from './conversations.js';
import { MemoryCounterStore } from './counters.js';
import { MemoryPresenceStore } from './presence.js';
import { MemorySessionStore } from './sessions.js';
import { MemoryTicketStore } from './tickets.js';
import { MemoryUserStore } from './users.js';

const SWEEP_EVERY_MS = 60_000;

/** The embedded store: everything in this process, gone when it stops. */
export function createMemoryStore(options: StoreOptions): Store {
  const conversations = new MemoryConversationStore(options);
  const sessions = new MemorySessionStore(options.now);
  const tickets = new MemoryTicketStore(options);
  const users = new MemoryUserStore(options.now);
  const counters = new MemoryCounterStore(options.now);
  // Expired entries are also dropped on read; the sweep frees memory nobody reads again.
  const sweeper = setInterval(() => {
    conversations.sweep();
    sessions.sweep();
    tickets.sweep();
    users.sweep();
    counters.sweep();
  }, SWEEP_EVERY_MS);
  sweeper.unref();
  return {
    kind: 'memory',
    conversations,
    sessions,
    tickets,
    users,
    audit: new MemoryAuditStore(),
    presence: new MemoryPresenceStore(options.now),
    counters,
    ping: () => Promise.resolve(),
    close: () => {
      clearInterval(sweeper);
      return Promise.resolve();
    },
  };
}
