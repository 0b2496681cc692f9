/**
 * The socket.io contract between the server, the patient widget and the staff console: one file,
 * imported by all of them, so an event's shape cannot drift between sender and receiver.
 * Written up for people in docs/protocol.md. Types only: the server validates with zod at the edge.
 */
import type { Lang } from './languages.js';

export const MAX_MESSAGE_CHARS = 2000;

/** How one patient turn ended, as the chat, `plaincare ask` and the evaluations name it. */
export type Outcome = 'answered' | 'no_answer' | 'handoff' | 'emergency' | 'urgent' | 'blocked';

/** A reply's kind: a pipeline outcome, a staff member's words, or a notice about the conversation. */
export type ReplyKind = Outcome | 'staff' | 'notice';

export type Engine = 'embedded' | 'llm';

export interface Source {
  id: string;
  title: string;
  lang: Lang;
}

export type ErrorCode =
  | 'invalid_message'
  | 'empty_message'
  | 'message_too_long'
  | 'rate_limited'
  | 'server_error'
  | 'not_found'
  | 'forbidden';

export interface ErrorBody {
  code: ErrorCode | (string & {});
  message: string;
}

export type Ack<T extends object = { id: string }> = ({ ok: true } & T) | { ok: false; error: ErrorBody };

export interface PatientMessagePayload {
  text: string;
  lang?: Lang;
  /** The widget's own id for this message, so a retry after a lost ack is not stored twice. */
  clientMsgId: string;
}

/** One stored line of a conversation as the patient sees it. */
export interface HistoryMessage {
  id: string;
  role: 'patient' | 'assistant' | 'staff' | 'system';
  kind?: ReplyKind;
  text: string;
  lang?: Lang;
  createdAt: string;
  clientMsgId?: string;
  inReplyTo?: string;
  /** Who wrote a staff message, as the patient should see them. */
  author?: string;
}

export interface ConversationEvent {
  conversationId: string;
  /** Secret: the widget keeps it (sessionStorage) and sends it back to resume this conversation. */
  token: string;
  resumed: boolean;
  lang?: Lang;
  messages: HistoryMessage[];
}

export interface ReplyStart {
  id: string;
  inReplyTo: string;
  kind: ReplyKind;
  lang: Lang;
}

export interface ReplyDelta {
  id: string;
  /** Text to append to what has arrived so far for this reply. */
  text: string;
}

export interface Reply {
  id: string;
  inReplyTo?: string;
  kind: ReplyKind;
  text: string;
  lang: Lang;
  /** Right-to-left languages are marked so the widget can set direction per message. */
  dir: 'ltr' | 'rtl';
  createdAt: string;
  engine?: Engine;
  sources?: Source[];
  /** Emergency and urgent replies carry the numbers to show as tel: links. */
  callNumbers?: { emergency: string; crisis?: string; hospital?: string };
  /** Who wrote a staff reply, as the patient should see them ("Nurse Ana"). */
  author?: string;
}

/** Where the conversation stands between the patient and staff. */
export type HandoffState =
  /** A person was asked for (or a red flag raised a ticket) and staff have been told. */
  | 'waiting'
  /** A staff member is in the chat: the assistant stays quiet, staff answer. */
  | 'joined'
  /** The staff member left or resolved the ticket: the assistant answers again. */
  | 'left'
  /** Nobody is online: the patient sees the phone numbers and can leave a call-back request. */
  | 'no_staff';

export interface HandoffEvent {
  state: HandoffState;
  /** The staff member's display name, when one has joined ("Nurse Ana"). */
  staffName?: string;
  callNumbers: { emergency: string; hospital?: string };
}

export interface CallbackRequestPayload {
  phone: string;
  /** Best time or anything the patient wants staff to know; optional. */
  note?: string;
}

export interface PatientClientToServer {
  message: (payload: PatientMessagePayload, ack: (result: Ack) => void) => void;
  history: (ack: (result: Ack<{ messages: HistoryMessage[] }>) => void) => void;
  set_lang: (payload: { lang: Lang }, ack?: (result: Ack<{ lang: Lang }>) => void) => void;
  /** The "Talk to a person" button. */
  request_human: (ack: (result: Ack<{ state: HandoffState }>) => void) => void;
  callback_request: (payload: CallbackRequestPayload, ack: (result: Ack) => void) => void;
}

export interface PatientServerToClient {
  conversation: (event: ConversationEvent) => void;
  'reply:start': (event: ReplyStart) => void;
  'reply:delta': (event: ReplyDelta) => void;
  reply: (event: Reply) => void;
  handoff: (event: HandoffEvent) => void;
  /** A staff member is typing (true) or stopped (false). */
  typing: (event: { typing: boolean }) => void;
}

/** What the widget passes in the socket.io handshake `auth`. */
export interface PatientHandshake {
  conversationToken?: string;
  lang?: Lang;
}
