import type { Ticket } from '../store/staffRecords.js';
import type { AlertLevel } from './transitions.js';

/**
 * How long a ticket may wait unclaimed before staff are alerted again, and when an emergency
 * goes to a supervisor (an admin). `undefined` switches a rule off.
 */
export interface ServiceLevels {
  emergencyRealertMs: number;
  emergencySupervisorMs: number;
  urgentRealertMs: number;
  requestRealertMs?: number;
}

export const DEFAULT_SERVICE_LEVELS: ServiceLevels = {
  emergencyRealertMs: 30_000,
  emergencySupervisorMs: 120_000,
  urgentRealertMs: 300_000,
};

/** What a waiting ticket is due at `now`, if anything. Pure: the timer and the tests share it. */
export function serviceLevelDue(ticket: Ticket, now: number, levels: ServiceLevels): AlertLevel | undefined {
  if (ticket.status !== 'waiting') return undefined;
  const waited = now - ticket.waitingSince;
  const sinceAlert = now - (ticket.lastAlertAt ?? ticket.waitingSince);
  if (ticket.priority === 'emergency') {
    if (ticket.supervisorAlertedAt === undefined && waited >= levels.emergencySupervisorMs)
      return 'supervisor';
    return sinceAlert >= levels.emergencyRealertMs ? 'realert' : undefined;
  }
  const every = ticket.priority === 'urgent' ? levels.urgentRealertMs : levels.requestRealertMs;
  return every !== undefined && sinceAlert >= every ? 'realert' : undefined;
}
