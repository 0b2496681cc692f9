import { randomUUID } from 'node:crypto';
import type { Ticket } from '../../server/store/staffRecords.js';

/** A waiting ticket with sensible defaults; tests override what they are about. */
export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  const createdAt = overrides.createdAt ?? 1_000;
  return {
    id: randomUUID(),
    version: 1,
    conversationId: randomUUID(),
    priority: 'urgent',
    kind: 'red_flag',
    categories: [],
    lang: 'en',
    status: 'waiting',
    createdAt,
    waitingSince: createdAt,
    notes: [],
    alerts: 0,
    ...overrides,
  };
}
