import type { Clock, SessionRecord, SessionStore } from '../types.js';
import { ExpiringMap } from './expiringMap.js';

export class MemorySessionStore implements SessionStore {
  private readonly records: ExpiringMap<SessionRecord>;

  constructor(now: Clock) {
    this.records = new ExpiringMap(now);
  }

  put(key: string, record: SessionRecord, idleMs: number): Promise<void> {
    this.records.set(key, { ...record }, idleMs);
    return Promise.resolve();
  }

  get(key: string): Promise<SessionRecord | undefined> {
    const record = this.records.get(key);
    return Promise.resolve(record ? { ...record } : undefined);
  }

  touch(key: string, idleMs: number): Promise<void> {
    this.records.touch(key, idleMs);
    return Promise.resolve();
  }

  delete(key: string): Promise<void> {
    this.records.delete(key);
    return Promise.resolve();
  }

  sweep(): void {
    this.records.sweep();
  }
}
