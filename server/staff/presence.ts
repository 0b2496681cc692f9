import type { PresenceStore } from '../store/types.js';

/**
 * "Is anyone from staff online?" Each console connection sends its own heartbeat, shorter than
 * socket.io's (which can miss a dead connection for 45 s); an entry that stops being renewed runs
 * out after `ttlMs`. Kept in the store, so several processes behind one Redis agree.
 */
export interface StaffPresence {
  readonly ttlMs: number;
  /** How often a console must beat: well inside the TTL, so one lost beat does not drop anyone. */
  readonly heartbeatMs: number;
  beat(userId: string, connectionId: string): Promise<void>;
  leave(userId: string, connectionId: string): Promise<void>;
  anyoneOnline(): Promise<boolean>;
  onlineUserIds(): Promise<Set<string>>;
}

const SEPARATOR = '|';

export function createPresence(store: PresenceStore, ttlMs: number): StaffPresence {
  const member = (userId: string, connectionId: string) => `${userId}${SEPARATOR}${connectionId}`;
  const onlineUserIds = async () => new Set((await store.online()).map((m) => m.split(SEPARATOR)[0] ?? m));
  return {
    ttlMs,
    heartbeatMs: Math.max(1000, Math.floor(ttlMs / 2.5)),
    beat: (userId, connectionId) => store.beat(member(userId, connectionId), ttlMs),
    leave: (userId, connectionId) => store.leave(member(userId, connectionId)),
    anyoneOnline: async () => (await store.online()).length > 0,
    onlineUserIds,
  };
}
