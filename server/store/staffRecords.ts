import type { Lang } from '../../client/shared/languages.js';

/**
 * What the store keeps for the staff side: tickets, staff accounts and the audit log. The shapes
 * are plain data; the rules that change them live in server/escalation, server/auth and server/audit.
 */

export const TICKET_PRIORITIES = ['emergency', 'urgent', 'request'] as const;
/** Highest first: the queue is ordered by this, then by age. */
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_STATUSES = ['waiting', 'claimed', 'resolved'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Why the ticket exists: a red flag, the patient asked for a person, or a call-back request. */
export const TICKET_KINDS = ['red_flag', 'request', 'callback'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export const DISPOSITIONS = [
  'advised_emergency',
  'callback_scheduled',
  'answered',
  'referred',
  'no_response',
  'duplicate',
] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const ROLES = ['agent', 'clinician', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A staff member as a ticket remembers them (their account may change later). */
export interface StaffRef {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface TicketNote {
  id: string;
  author: StaffRef;
  text: string;
  at: number;
}

export interface Ticket {
  id: string;
  /** Bumped by every change; a change is written only over the version it was computed from. */
  version: number;
  conversationId: string;
  priority: TicketPriority;
  kind: TicketKind;
  categories: string[];
  lang: Lang;
  /** The patient message that raised it (the text stays in the conversation). */
  messageId?: string;
  status: TicketStatus;
  createdAt: number;
  /** When it last started waiting for a person (creation, release, or a raise to a higher priority). */
  waitingSince: number;
  claimedAt?: number;
  resolvedAt?: number;
  assignee?: StaffRef;
  /** Set while the assignee is in the patient's chat. */
  joinedAt?: number;
  disposition?: Disposition;
  notes: TicketNote[];
  /** A call-back request: the number the patient left, and what they added. */
  callback?: { phone: string; note?: string };
  /** How many re-alerts went out while it waited, and when the last one did. */
  alerts: number;
  lastAlertAt?: number;
  supervisorAlertedAt?: number;
}

export interface StaffUser {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  /** What colleagues and patients see ("Ana"). */
  name: string;
  role: Role;
  /** argon2id PHC string. */
  passwordHash: string;
  disabled: boolean;
  createdAt: number;
  updatedAt: number;
}

export type AuditActorKind = 'staff' | 'system' | 'cli' | 'anonymous';

export interface AuditActor {
  kind: AuditActorKind;
  id?: string;
  email?: string;
  role?: Role;
}

export type AuditTargetKind = 'ticket' | 'conversation' | 'user' | 'document' | 'session' | 'route';

export type AuditDetails = Record<string, string | number | boolean>;

/** One line of the append-only audit log. `hash` covers every other field and the previous hash. */
export interface AuditEntry {
  seq: number;
  at: number;
  actor: AuditActor;
  action: string;
  target?: { kind: AuditTargetKind; id: string };
  outcome: 'ok' | 'denied' | 'failed';
  details?: AuditDetails;
  prevHash: string;
  hash: string;
}

export interface AuditHead {
  /** 0 for an empty log. */
  seq: number;
  hash: string;
}
