/**
 * The staff console's contract with the server: the JSON shapes of the staff API (docs/api.md)
 * and the socket.io `/staff` namespace's events. Types only; the server validates with zod.
 */
import type { Lang } from './languages.js';
import type { Ack } from './protocol.js';

export type Role = 'agent' | 'clinician' | 'admin';
export type TicketPriority = 'emergency' | 'urgent' | 'request';
export type TicketStatus = 'waiting' | 'claimed' | 'resolved';
export type TicketKind = 'red_flag' | 'request' | 'callback';
export type Disposition =
  'advised_emergency' | 'callback_scheduled' | 'answered' | 'referred' | 'no_response' | 'duplicate';

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** One row of the queue (`GET /api/tickets`, `ticket:*` events). */
export interface TicketView {
  id: string;
  priority: TicketPriority;
  categories: string[];
  lang: Lang;
  createdAt: string;
  /** The holder's email, or null while it waits. */
  claimedBy: string | null;
  conversationId: string;
  status: TicketStatus;
  kind: TicketKind;
  /** When it last started waiting: the console's waiting clock counts from here. */
  waitingSince: string;
  claimedAt: string | null;
  resolvedAt: string | null;
  assignee: StaffMember | null;
  /** The holder is in the patient's chat. */
  joined: boolean;
  alerts: number;
  supervisorAlerted: boolean;
  disposition: Disposition | null;
  hasCallback: boolean;
}

export interface NoteView {
  id: string;
  author: StaffMember;
  text: string;
  at: string;
}

/** `GET /api/tickets/:id`: the row plus notes and the call-back number (viewing it is audited). */
export interface TicketDetail extends TicketView {
  notes: NoteView[];
  callback: { phone: string; note?: string } | null;
  messageId: string | null;
}

/** A line of a conversation as staff see it. */
export interface StaffMessageView {
  id: string;
  role: 'patient' | 'assistant' | 'staff' | 'system';
  kind?: string;
  text: string;
  lang?: Lang;
  createdAt: string;
  authorName?: string;
}

export interface ConversationView {
  id: string;
  lang: Lang | null;
  createdAt: string;
  messages: StaffMessageView[];
}

export interface Me {
  user: StaffMember;
  /** The actions this person may take (policy); the console shows only these buttons. */
  can: string[];
  csrfToken: string;
}

export interface AuditEntryView {
  seq: number;
  at: string;
  actor: { kind: string; id?: string; email?: string; role?: Role };
  action: string;
  target?: { kind: string; id: string };
  outcome: 'ok' | 'denied' | 'failed';
  details?: Record<string, string | number | boolean>;
  hash: string;
}

export interface UserView extends StaffMember {
  disabled: boolean;
  createdAt: string;
  online: boolean;
}

export type AlertLevel = 'realert' | 'supervisor';

export interface StaffHello {
  user: StaffMember;
  /** How often the console must send `presence:beat`; missing beats make it count as offline. */
  heartbeatMs: number;
}

export interface StaffClientToServer {
  'presence:beat': () => void;
  /** Follow a ticket's conversation live; answers with its history (viewing is audited). */
  'conversation:watch': (
    payload: { ticketId: string },
    ack: (result: Ack<{ conversation: ConversationView }>) => void,
  ) => void;
  'conversation:unwatch': (payload: { ticketId: string }) => void;
  /** Enter the patient's chat: they see that a person has joined, and the assistant goes quiet. */
  'conversation:join': (
    payload: { ticketId: string },
    ack: (result: Ack<{ ticket: TicketView }>) => void,
  ) => void;
  'conversation:leave': (
    payload: { ticketId: string },
    ack: (result: Ack<{ ticket: TicketView }>) => void,
  ) => void;
  /** Plain text to the patient. */
  'conversation:send': (
    payload: { ticketId: string; text: string; clientMsgId: string },
    ack: (result: Ack) => void,
  ) => void;
  'conversation:typing': (payload: { ticketId: string; typing: boolean }) => void;
}

export interface StaffServerToClient {
  hello: (event: StaffHello) => void;
  'ticket:created': (ticket: TicketView) => void;
  'ticket:updated': (ticket: TicketView) => void;
  /** Still waiting past its service level (`realert`), or an emergency sent to the supervisors. */
  'ticket:alert': (event: { ticket: TicketView; level: AlertLevel }) => void;
  'conversation:message': (event: { conversationId: string; message: StaffMessageView }) => void;
  /** The session ended (timed out, signed out, account changed); the console asks to sign in again. */
  'session:ended': (event: { reason: 'expired' | 'signed_out' | 'account_changed' }) => void;
}
