import type { Clock, CounterStore } from '../types.js';
import { ExpiringMap } from './expiringMap.js';

export class MemoryCounterStore implements CounterStore {
  private readonly counts: ExpiringMap<number>;

  constructor(now: Clock) {
    this.counts = new ExpiringMap(now);
  }

  increment(key: string, ttlMs: number): Promise<number> {
    const next = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, next, ttlMs);
    return Promise.resolve(next);
  }

  get(key: string): Promise<number> {
    return Promise.resolve(this.counts.get(key) ?? 0);
  }

  reset(key: string): Promise<void> {
    this.counts.delete(key);
    return Promise.resolve();
  }

  sweep(): void {
    this.counts.sweep();
  }
}
