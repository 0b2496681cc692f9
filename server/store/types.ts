import type { Lang } from '../../client/shared/languages.js';
import type { ReplyKind } from '../../client/shared/protocol.js';

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

export type AppendResult = { stored: true; message: StoredMessage } | { stored: false; existing: StoredMessage };

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

export interface Store {
  readonly kind: 'memory' | 'redis';
  readonly conversations: ConversationStore;
  readonly sessions: SessionStore;
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
