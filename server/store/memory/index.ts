import type { Store, StoreOptions } from '../types.js';
import { MemoryConversationStore } from './conversations.js';
import { MemorySessionStore } from './sessions.js';

const SWEEP_EVERY_MS = 60_000;

/** The embedded store: everything in this process, gone when it stops. */
export function createMemoryStore(options: StoreOptions): Store {
  const conversations = new MemoryConversationStore(options);
  const sessions = new MemorySessionStore(options.now);
  // Expired entries are also dropped on read; the sweep frees memory nobody reads again.
  const sweeper = setInterval(() => {
    conversations.sweep();
    sessions.sweep();
  }, SWEEP_EVERY_MS);
  sweeper.unref();
  return {
    kind: 'memory',
    conversations,
    sessions,
    ping: () => Promise.resolve(),
    close: () => {
      clearInterval(sweeper);
      return Promise.resolve();
    },
  };
}
