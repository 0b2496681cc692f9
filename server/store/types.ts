import type { Lang } from '../../client/shared/languages.js';
import type { ReplyKind } from '../../client/shared/protocol.js';
import type { AuditEntry, AuditHead, StaffUser, Ticket, TicketStatus } from './staffRecords.js';

/**
 * One interface for everything PlainCare keeps, with two implementations that pass the same
 * contract suite (tests/integration/store): in-memory (embedded default) and Redis.
 * Times are epoch milliseconds from the injected clock.
 */

export interface Conversation {
  id: string;
  /** sha256 of the secret half of the conversation token; the token itself is never stored. */
  secretHash: string;
  lang?: Lang;
  createdAt: number;
  updatedAt: number;
}

export type MessageRole = 'patient' | 'assistant' | 'staff' | 'system';

export interface StoredMessage {
  id: string;
  conversationId: string;
  role: MessageRole;
  text: string;
  createdAt: number;
  kind?: ReplyKind;
  lang?: Lang;
  clientMsgId?: string;
  inReplyTo?: string;
  /** Staff member's account id for staff messages. */
  authorId?: string;
  authorName?: string;
}

export interface NewConversation {
  id: string;
  secretHash: string;
  lang?: Lang;
}

export type NewMessage = Omit<StoredMessage, 'createdAt'>;

export type AppendResult =
  { stored: true; message: StoredMessage } | { stored: false; existing: StoredMessage };

export interface ConversationStore {
  create(input: NewConversation): Promise<Conversation>;
  get(id: string): Promise<Conversation | undefined>;
  setLang(id: string, lang: Lang): Promise<void>;
  /**
   * Appends a message and renews the conversation's retention. A patient message whose
   * `clientMsgId` was already stored is not stored again: the earlier one is returned.
   */
  append(message: NewMessage): Promise<AppendResult>;
  /** The latest `limit` messages, oldest first. */
  messages(id: string, limit?: number): Promise<StoredMessage[]>;
  delete(id: string): Promise<void>;
}

export interface SessionRecord {
  userId: string;
  createdAt: number;
  /** Absolute end of the session, whatever the activity. */
  expiresAt: number;
  csrfToken: string;
}

/** Staff sessions; the key is a hash of the cookie's token. Idle expiry is renewed by `touch`. */
export interface SessionStore {
  put(key: string, record: SessionRecord, idleMs: number): Promise<void>;
  get(key: string): Promise<SessionRecord | undefined>;
  touch(key: string, idleMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Which tickets a listing wants: `open` is every ticket not yet resolved (waiting or claimed). */
export type TicketFilter = 'open' | TicketStatus;

export type TicketCreateResult =
  | { created: true }
  /** Not written: a ticket with this id exists, or the conversation already has an open one (`existingId`). */
  | { created: false; existingId: string };

/**
 * Tickets, ordered by priority then age in every listing. Redis keeps one sorted set per priority
 * so the order survives restarts. Every change is a compare-and-set on `version`, so two claims
 * (or a claim and a resolve) can never both win.
 */
export interface TicketStore {
  /** Writes a new ticket unless its id exists or its conversation has an open ticket. */
  create(ticket: Ticket): Promise<TicketCreateResult>;
  get(id: string): Promise<Ticket | undefined>;
  /** Highest priority first, then oldest; resolved ones newest first. */
  list(filter: TicketFilter, limit?: number): Promise<Ticket[]>;
  /** Writes `next` only if the stored version is still `expectedVersion`; false when someone else changed it first. */
  compareAndSet(next: Ticket, expectedVersion: number): Promise<boolean>;
  /** The open (unresolved) ticket of a conversation, if any. */
  openFor(conversationId: string): Promise<Ticket | undefined>;
}

export type UserCreateResult = { created: true } | { created: false; reason: 'email_taken' };

export interface UserStore {
  create(user: StaffUser): Promise<UserCreateResult>;
  get(id: string): Promise<StaffUser | undefined>;
  byEmail(email: string): Promise<StaffUser | undefined>;
  list(): Promise<StaffUser[]>;
  /** Replaces a user's record (the email never changes). */
  update(user: StaffUser): Promise<void>;
  /** One-time setup links: only a hash is kept; `consume` succeeds once. */
  addSetupToken(hash: string, ttlMs: number): Promise<void>;
  hasSetupToken(hash: string): Promise<boolean>;
  consumeSetupToken(hash: string): Promise<boolean>;
}

/** Append-only audit log; the hash chain is computed by server/audit, the store only keeps it in order. */
export interface AuditStore {
  head(): Promise<AuditHead>;
  /** Appends only if the log still ends at `expectedSeq`; false when another writer got there first. */
  append(entry: AuditEntry, expectedSeq: number): Promise<boolean>;
  /** Entries with `from <= seq < from + count`, oldest first. */
  range(from: number, count: number): Promise<AuditEntry[]>;
}

/** Who is connected to the staff console, each connection renewing its own entry with a heartbeat. */
export interface PresenceStore {
  beat(member: string, ttlMs: number): Promise<void>;
  leave(member: string): Promise<void>;
  /** Members whose last heartbeat has not expired. */
  online(): Promise<string[]>;
}

/** Counters that expire (login failures per account). */
export interface CounterStore {
  /** Adds one and (re)starts the expiry; resolves with the new count. */
  increment(key: string, ttlMs: number): Promise<number>;
  get(key: string): Promise<number>;
  reset(key: string): Promise<void>;
}

export interface Store {
  readonly kind: 'memory' | 'redis';
  readonly conversations: ConversationStore;
  readonly sessions: SessionStore;
  readonly tickets: TicketStore;
  readonly users: UserStore;
  readonly audit: AuditStore;
  readonly presence: PresenceStore;
  readonly counters: CounterStore;
  /** Resolves when the store answers; rejects when it does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type Clock = () => number;

export interface StoreOptions {
  /** How long a conversation is kept after its last message. */
  retentionMs: number;
  now: Clock;
}

export const HISTORY_LIMIT = 200;
