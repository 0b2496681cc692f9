import type { Clock, SessionRecord, SessionStore } from '../store/types.js';
import { looksLikeToken, newToken, tokenHash } from './tokens.js';

export interface SessionSettings {
  /** Signed out after this long without a request (15 minutes by default). */
  idleMs: number;
  /** Signed out this long after login, however active (12 hours by default). */
  maxMs: number;
}

export interface ActiveSession {
  /** The store key: a hash of the cookie's token. */
  key: string;
  record: SessionRecord;
}

export interface Sessions {
  /** A new session with a new token and CSRF token; the caller ends any old one (rotation at login). */
  start(userId: string): Promise<{ token: string; session: ActiveSession }>;
  /** The live session behind a cookie token. `touch` renews the idle timer (requests do, heartbeats do not). */
  resume(token: unknown, options?: { touch?: boolean }): Promise<ActiveSession | undefined>;
  end(token: unknown): Promise<void>;
}

export function createSessions(deps: {
  store: SessionStore;
  now: Clock;
  settings: SessionSettings;
}): Sessions {
  const { store, now, settings } = deps;
  const idleFor = (record: SessionRecord): number =>
    Math.max(1, Math.min(settings.idleMs, record.expiresAt - now()));
  return {
    async start(userId) {
      const token = newToken();
      const createdAt = now();
      const record: SessionRecord = {
        userId,
        createdAt,
        expiresAt: createdAt + settings.maxMs,
        csrfToken: newToken(),
      };
      const key = tokenHash(token);
      await store.put(key, record, idleFor(record));
      return { token, session: { key, record } };
    },
    async resume(token, options = {}) {
      if (!looksLikeToken(token)) return undefined;
      const key = tokenHash(token);
      const record = await store.get(key);
      if (!record) return undefined;
      if (record.expiresAt <= now()) {
        await store.delete(key);
        return undefined;
      }
      if (options.touch ?? true) await store.touch(key, idleFor(record));
      return { key, record };
    },
    async end(token) {
      if (looksLikeToken(token)) await store.delete(tokenHash(token));
    },
  };
}
