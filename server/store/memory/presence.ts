import type { Clock, PresenceStore } from '../types.js';

export class MemoryPresenceStore implements PresenceStore {
  /** member → when its last heartbeat runs out */
  private readonly expiries = new Map<string, number>();

  constructor(private readonly now: Clock) {}

  beat(member: string, ttlMs: number): Promise<void> {
    this.expiries.set(member, this.now() + ttlMs);
    return Promise.resolve();
  }

  leave(member: string): Promise<void> {
    this.expiries.delete(member);
    return Promise.resolve();
  }

  online(): Promise<string[]> {
    const now = this.now();
    for (const [member, expiresAt] of this.expiries) if (expiresAt <= now) this.expiries.delete(member);
    return Promise.resolve([...this.expiries.keys()]);
  }
}
