import type { StaffUser } from '../staffRecords.js';
import type { Clock, UserCreateResult, UserStore } from '../types.js';
import { ExpiringMap } from './expiringMap.js';

export class MemoryUserStore implements UserStore {
  private readonly users = new Map<string, StaffUser>();
  private readonly idByEmail = new Map<string, string>();
  private readonly setupTokens: ExpiringMap<true>;

  constructor(now: Clock) {
    this.setupTokens = new ExpiringMap(now);
  }

  create(user: StaffUser): Promise<UserCreateResult> {
    if (this.idByEmail.has(user.email)) return Promise.resolve({ created: false, reason: 'email_taken' });
    this.idByEmail.set(user.email, user.id);
    this.users.set(user.id, { ...user });
    return Promise.resolve({ created: true });
  }

  get(id: string): Promise<StaffUser | undefined> {
    const user = this.users.get(id);
    return Promise.resolve(user ? { ...user } : undefined);
  }

  byEmail(email: string): Promise<StaffUser | undefined> {
    const id = this.idByEmail.get(email);
    return id === undefined ? Promise.resolve(undefined) : this.get(id);
  }

  list(): Promise<StaffUser[]> {
    return Promise.resolve(
      [...this.users.values()].map((u) => ({ ...u })).sort((a, b) => a.createdAt - b.createdAt),
    );
  }

  update(user: StaffUser): Promise<void> {
    const current = this.users.get(user.id);
    if (!current) return Promise.reject(new Error(`user ${user.id} does not exist`));
    this.users.set(user.id, { ...user, email: current.email });
    return Promise.resolve();
  }

  addSetupToken(hash: string, ttlMs: number): Promise<void> {
    this.setupTokens.set(hash, true, ttlMs);
    return Promise.resolve();
  }

  hasSetupToken(hash: string): Promise<boolean> {
    return Promise.resolve(this.setupTokens.get(hash) === true);
  }

  consumeSetupToken(hash: string): Promise<boolean> {
    const present = this.setupTokens.get(hash) === true;
    this.setupTokens.delete(hash);
    return Promise.resolve(present);
  }

  sweep(): void {
    this.setupTokens.sweep();
  }
}
