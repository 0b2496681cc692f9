import type { CounterStore } from '../store/types.js';
import { tokenHash } from './tokens.js';

/**
 * After `maxFailures` wrong passwords for one account, that account is locked for `lockMs` from
 * the last failure, whatever the password; a success clears the count. Counted in the store, so
 * every process sees the same lock.
 */
export interface LoginGuard {
  isLocked(email: string): Promise<boolean>;
  /** Records a failure; true when the account is now locked. */
  failed(email: string): Promise<boolean>;
  succeeded(email: string): Promise<void>;
}

export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_LOCK_MS = 15 * 60 * 1000;

export function createLoginGuard(
  counters: CounterStore,
  options: { maxFailures: number; lockMs: number } = {
    maxFailures: LOGIN_MAX_FAILURES,
    lockMs: LOGIN_LOCK_MS,
  },
): LoginGuard {
  // The key is a hash: account names do not appear in the store's key space.
  const key = (email: string) => `login-failures:${tokenHash(email)}`;
  return {
    async isLocked(email) {
      return (await counters.get(key(email))) >= options.maxFailures;
    },
    async failed(email) {
      return (await counters.increment(key(email), options.lockMs)) >= options.maxFailures;
    },
    async succeeded(email) {
      await counters.reset(key(email));
    },
  };
}
