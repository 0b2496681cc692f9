import {
  TICKET_PRIORITIES,
  type Disposition,
  type StaffRef,
  type Ticket,
  type TicketKind,
  type TicketPriority,
  type TicketStatus,
} from '../store/staffRecords.js';

/**
 * A ticket's life as one transition table and one pure function: `transition(ticket, event)`.
 * The queue applies the result with a compare-and-set on the version it was computed from, so
 * two claims at the same moment cannot both win, and timers (re-alerts) go through the same door.
 */

export type TicketEvent =
  | { type: 'claim'; by: StaffRef; at: number }
  | { type: 'release'; by: StaffRef; at: number }
  | { type: 'transfer'; by: StaffRef; to: StaffRef; at: number }
  | { type: 'join'; by: StaffRef; at: number }
  | { type: 'leave'; by: StaffRef; at: number }
  | { type: 'note'; by: StaffRef; noteId: string; text: string; at: number }
  | { type: 'resolve'; by: StaffRef; disposition: Disposition; at: number }
  | {
      type: 'raise';
      priority: TicketPriority;
      kind: TicketKind;
      categories: string[];
      at: number;
      messageId?: string;
      callback?: { phone: string; note?: string };
    }
  | { type: 'alert'; level: AlertLevel; at: number };

export type TicketEventType = TicketEvent['type'];
export type AlertLevel = 'realert' | 'supervisor';

export type TransitionError =
  | { code: 'already_claimed'; holder: StaffRef }
  | { code: 'ticket_resolved' }
  | { code: 'not_claimed' }
  | { code: 'not_holder'; holder: StaffRef }
  | { code: 'not_waiting' }
  | { code: 'same_person' };

export type TransitionResult =
  { ok: true; ticket: Ticket; changed: boolean } | ({ ok: false } & TransitionError);

/** Which events each state accepts; anything else is refused with a reason. */
export const TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketEventType[]>> = {
  waiting: ['claim', 'note', 'resolve', 'raise', 'alert'],
  claimed: ['claim', 'release', 'transfer', 'join', 'leave', 'note', 'resolve', 'raise', 'alert'],
  resolved: ['note'],
};

const rank = (priority: TicketPriority): number => TICKET_PRIORITIES.indexOf(priority);

/** The more serious of two priorities. */
export function higherPriority(a: TicketPriority, b: TicketPriority): TicketPriority {
  return rank(a) <= rank(b) ? a : b;
}

const KIND_WEIGHT: Record<TicketKind, number> = { red_flag: 0, callback: 1, request: 2 };

function changed(ticket: Ticket, next: Omit<Ticket, 'version'>): TransitionResult {
  return { ok: true, ticket: { ...next, version: ticket.version + 1 }, changed: true };
}

const unchanged = (ticket: Ticket): TransitionResult => ({ ok: true, ticket, changed: false });

/** A copy without the named (optional) fields. */
function omit<K extends keyof Ticket>(ticket: Ticket, ...keys: K[]): Ticket {
  const copy = { ...ticket };
  for (const key of keys) Reflect.deleteProperty(copy, key);
  return copy;
}

/** Drops the fields that only mean something while a person holds the ticket. */
const withoutHolder = (ticket: Ticket): Ticket => omit(ticket, 'assignee', 'claimedAt', 'joinedAt');
const withoutJoin = (ticket: Ticket): Ticket => omit(ticket, 'joinedAt');
const withoutAlerts = (ticket: Ticket): Ticket => omit(ticket, 'lastAlertAt', 'supervisorAlertedAt');

function holderCheck(ticket: Ticket, by: StaffRef): TransitionError | undefined {
  if (!ticket.assignee) return { code: 'not_claimed' };
  if (ticket.assignee.id !== by.id) return { code: 'not_holder', holder: ticket.assignee };
  return undefined;
}

export function transition(ticket: Ticket, event: TicketEvent): TransitionResult {
  if (!TRANSITIONS[ticket.status].includes(event.type)) {
    if (ticket.status === 'resolved') return { ok: false, code: 'ticket_resolved' };
    if (event.type === 'alert') return { ok: false, code: 'not_waiting' };
    return { ok: false, code: 'not_claimed' };
  }
  switch (event.type) {
    case 'claim': {
      if (ticket.assignee) {
        return ticket.assignee.id === event.by.id
          ? unchanged(ticket)
          : { ok: false, code: 'already_claimed', holder: ticket.assignee };
      }
      return changed(ticket, { ...ticket, status: 'claimed', assignee: event.by, claimedAt: event.at });
    }
    case 'release': {
      const problem = holderCheck(ticket, event.by);
      if (problem && problem.code !== 'not_holder') return { ok: false, ...problem };
      return changed(ticket, {
        ...withoutAlerts(withoutHolder(ticket)),
        status: 'waiting',
        waitingSince: event.at,
        alerts: 0,
      });
    }
    case 'transfer': {
      if (!ticket.assignee) return { ok: false, code: 'not_claimed' };
      if (ticket.assignee.id === event.to.id) return { ok: false, code: 'same_person' };
      return changed(ticket, { ...withoutJoin(ticket), assignee: event.to, claimedAt: event.at });
    }
    case 'join': {
      const problem = holderCheck(ticket, event.by);
      if (problem) return { ok: false, ...problem };
      return ticket.joinedAt !== undefined
        ? unchanged(ticket)
        : changed(ticket, { ...ticket, joinedAt: event.at });
    }
    case 'leave': {
      const problem = holderCheck(ticket, event.by);
      if (problem) return { ok: false, ...problem };
      return ticket.joinedAt === undefined ? unchanged(ticket) : changed(ticket, withoutJoin(ticket));
    }
    case 'note':
      return changed(ticket, {
        ...ticket,
        notes: [...ticket.notes, { id: event.noteId, author: event.by, text: event.text, at: event.at }],
      });
    case 'resolve':
      return changed(ticket, {
        ...withoutJoin(ticket),
        status: 'resolved',
        resolvedAt: event.at,
        disposition: event.disposition,
      });
    case 'raise': {
      const priority = higherPriority(ticket.priority, event.priority);
      const upgraded = priority !== ticket.priority;
      const categories = [...new Set([...ticket.categories, ...event.categories])];
      const kind = KIND_WEIGHT[event.kind] < KIND_WEIGHT[ticket.kind] ? event.kind : ticket.kind;
      const next: Ticket = {
        ...ticket,
        priority,
        kind,
        categories,
        ...(event.callback ? { callback: event.callback } : {}),
        ...(upgraded && event.messageId ? { messageId: event.messageId } : {}),
      };
      if (upgraded && ticket.status === 'waiting') {
        // A more serious ticket starts its own service-level clock.
        return changed(ticket, { ...withoutAlerts(next), waitingSince: event.at, alerts: 0 });
      }
      const same =
        !upgraded &&
        kind === ticket.kind &&
        categories.length === ticket.categories.length &&
        event.callback === undefined;
      return same ? unchanged(ticket) : changed(ticket, next);
    }
    case 'alert': {
      if (ticket.status !== 'waiting') return { ok: false, code: 'not_waiting' };
      return changed(ticket, {
        ...ticket,
        alerts: ticket.alerts + 1,
        lastAlertAt: event.at,
        ...(event.level === 'supervisor' ? { supervisorAlertedAt: event.at } : {}),
      });
    }
  }
}
