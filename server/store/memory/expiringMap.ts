import type { Clock } from '../types.js';

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/**
 * A map whose entries vanish at their expiry time, read from the injected clock, so the
 * in-memory store forgets on the same schedule as Redis keys with a TTL.
 */
export class ExpiringMap<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(private readonly now: Clock) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, ttlMs: number): void {
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
  }

  /** Renews the expiry of a live entry; returns false when there is none. */
  touch(key: string, ttlMs: number): boolean {
    const value = this.get(key);
    if (value === undefined) return false;
    this.set(key, value, ttlMs);
    return true;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Drops every expired entry; returns the keys dropped. */
  sweep(): string[] {
    const now = this.now();
    const dropped: string[] = [];
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) {
        this.entries.delete(key);
        dropped.push(key);
      }
    }
    return dropped;
  }

  get size(): number {
    return this.entries.size;
  }
}
