import { RIGHT_TO_LEFT, type Lang } from '../../../shared/languages.js';
import type {
  HistoryMessage,
  Reply,
  ReplyDelta,
  ReplyKind,
  ReplyStart,
  Source,
} from '../../../shared/protocol.js';

/**
 * The conversation as the widget shows it: a pure reducer over what the patient did (send, retry) and what
 * the server said (acks, streamed replies, history). Kept free of the DOM and of socket.io so it is tested
 * on its own, including the resync after a reconnect.
 */

/**
 * A patient message is `queued` while the widget is offline, `sent` once it left on a live connection,
 * `delivered` when the server acknowledged (stored) it, `failed` when it was refused or no answer came.
 */
export type DeliveryStatus = 'queued' | 'sent' | 'delivered' | 'failed';

export type Role = HistoryMessage['role'];

export interface ChatItem {
  /** Stable key for rendering: the client's id for the patient's own messages, the server's otherwise. */
  key: string;
  /** The server's id, once known. */
  id?: string;
  clientMsgId?: string;
  role: Role;
  kind?: ReplyKind;
  text: string;
  lang?: Lang;
  /** `auto` lets the browser decide from the text itself (the patient's own words). */
  dir: 'ltr' | 'rtl' | 'auto';
  createdAt?: string;
  status?: DeliveryStatus;
  /** The server's kind sentence when a message was refused, shown as is. */
  error?: string;
  streaming?: boolean;
  sources?: Source[];
  callNumbers?: Reply['callNumbers'];
  author?: string;
  inReplyTo?: string;
}

export interface ChatState {
  items: ChatItem[];
}

export type ChatAction =
  | { type: 'history'; messages: readonly HistoryMessage[] }
  | { type: 'send'; clientMsgId: string; text: string; online: boolean; createdAt: string }
  | { type: 'sent'; clientMsgId: string }
  | { type: 'ack'; clientMsgId: string; id: string }
  | { type: 'fail'; clientMsgId: string; error?: string }
  | { type: 'reply:start'; event: ReplyStart }
  | { type: 'reply:delta'; event: ReplyDelta }
  | { type: 'reply'; event: Reply };

export const EMPTY_CHAT: ChatState = { items: [] };

export function dirOf(lang: Lang | undefined): 'ltr' | 'rtl' {
  return lang !== undefined && RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr';
}

function roleOf(kind: ReplyKind): Role {
  if (kind === 'staff') return 'staff';
  if (kind === 'notice') return 'system';
  return 'assistant';
}

function fromHistory(message: HistoryMessage): ChatItem {
  const patient = message.role === 'patient';
  return {
    key: patient && message.clientMsgId ? message.clientMsgId : message.id,
    id: message.id,
    role: message.role,
    text: message.text,
    dir: patient ? 'auto' : dirOf(message.lang),
    createdAt: message.createdAt,
    ...(message.kind ? { kind: message.kind } : {}),
    ...(message.lang ? { lang: message.lang } : {}),
    ...(message.clientMsgId ? { clientMsgId: message.clientMsgId } : {}),
    ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {}),
    ...(patient ? { status: 'delivered' as const } : {}),
  };
}

function update(
  state: ChatState,
  match: (item: ChatItem) => boolean,
  change: (item: ChatItem) => ChatItem,
): ChatState {
  let changed = false;
  const items = state.items.map((item) => {
    if (!match(item)) return item;
    changed = true;
    return change(item);
  });
  return changed ? { items } : state;
}

function withoutError(item: ChatItem): ChatItem {
  const rest = { ...item };
  delete rest.error;
  return rest;
}

/**
 * The stored conversation is the truth. What the server has not got yet (queued, failed or unanswered
 * messages, a reply still streaming) is kept after it, and details only the live events carry (sources,
 * numbers to call, the author's name) are kept for messages the history also holds.
 */
function mergeHistory(state: ChatState, messages: readonly HistoryMessage[]): ChatState {
  const live = new Map<string, ChatItem>();
  for (const item of state.items) {
    if (item.id) live.set(item.id, item);
    if (item.clientMsgId) live.set(`client:${item.clientMsgId}`, item);
  }
  const stored = messages.map((message) => {
    const item = fromHistory(message);
    const before =
      live.get(message.id) ?? (message.clientMsgId ? live.get(`client:${message.clientMsgId}`) : undefined);
    if (!before) return item;
    return {
      ...item,
      key: before.key,
      ...(before.sources ? { sources: before.sources } : {}),
      ...(before.callNumbers ? { callNumbers: before.callNumbers } : {}),
      ...(before.author ? { author: before.author } : {}),
    };
  });
  const storedIds = new Set(messages.map((m) => m.id));
  const storedClientIds = new Set(messages.flatMap((m) => (m.clientMsgId ? [m.clientMsgId] : [])));
  const unmatched = state.items.filter(
    (item) =>
      !(item.id && storedIds.has(item.id)) && !(item.clientMsgId && storedClientIds.has(item.clientMsgId)),
  );
  // Emergency and urgent guidance is sent before anything is stored: it never disappears, nor does the
  // question it answers.
  const redFlags = unmatched.filter((item) => item.kind === 'emergency' || item.kind === 'urgent');
  const answeredByRedFlag = new Set(redFlags.flatMap((item) => (item.inReplyTo ? [item.inReplyTo] : [])));
  const waiting = unmatched.filter(
    (item) =>
      item.role === 'patient' && (item.status !== 'delivered' || (item.id && answeredByRedFlag.has(item.id))),
  );
  const known = new Set([...storedIds, ...waiting.flatMap((item) => (item.id ? [item.id] : []))]);
  const pending = unmatched.filter(
    (item) =>
      redFlags.includes(item) ||
      waiting.includes(item) ||
      item.streaming === true ||
      // A reply already shown whose store write has not landed yet.
      (item.role !== 'patient' && item.inReplyTo !== undefined && known.has(item.inReplyTo)),
  );
  return { items: [...stored, ...pending] };
}

function startReply(state: ChatState, event: ReplyStart): ChatState {
  if (state.items.some((item) => item.id === event.id)) return state;
  const item: ChatItem = {
    key: event.id,
    id: event.id,
    role: roleOf(event.kind),
    kind: event.kind,
    text: '',
    lang: event.lang,
    dir: dirOf(event.lang),
    inReplyTo: event.inReplyTo,
    streaming: true,
  };
  return { items: [...state.items, item] };
}

function appendDelta(state: ChatState, event: ReplyDelta): ChatState {
  if (!state.items.some((item) => item.id === event.id)) {
    // The start was lost (a replay after reconnecting can begin mid-stream): show what comes.
    const item: ChatItem = {
      key: event.id,
      id: event.id,
      role: 'assistant',
      text: event.text,
      dir: 'auto',
      streaming: true,
    };
    return { items: [...state.items, item] };
  }
  return update(
    state,
    (item) => item.id === event.id && item.streaming === true,
    (item) => ({ ...item, text: item.text + event.text }),
  );
}

function finishReply(state: ChatState, event: Reply): ChatState {
  const finished: ChatItem = {
    key: event.id,
    id: event.id,
    role: roleOf(event.kind),
    kind: event.kind,
    text: event.text,
    lang: event.lang,
    dir: event.dir,
    createdAt: event.createdAt,
    ...(event.inReplyTo ? { inReplyTo: event.inReplyTo } : {}),
    ...(event.sources ? { sources: event.sources } : {}),
    ...(event.callNumbers ? { callNumbers: event.callNumbers } : {}),
    ...(event.author ? { author: event.author } : {}),
  };
  const exists = state.items.some((item) => item.id === event.id);
  const replied = exists
    ? update(
        state,
        (item) => item.id === event.id,
        (item) => ({ ...finished, key: item.key }),
      )
    : { items: [...state.items, finished] };
  // A reply proves its question arrived, even if the ack was lost on the way.
  return event.inReplyTo === undefined
    ? replied
    : update(
        replied,
        (item) => item.role === 'patient' && item.id === event.inReplyTo && item.status !== 'delivered',
        (item) => ({ ...withoutError(item), status: 'delivered' }),
      );
}

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'history':
      return mergeHistory(state, action.messages);
    case 'send': {
      const existing = state.items.find((item) => item.clientMsgId === action.clientMsgId);
      if (existing) {
        // A retry keeps its place and its id, so the server can tell it is the same message.
        return update(
          state,
          (item) => item === existing,
          (item) => ({ ...withoutError(item), status: action.online ? 'sent' : 'queued' }),
        );
      }
      const item: ChatItem = {
        key: action.clientMsgId,
        clientMsgId: action.clientMsgId,
        role: 'patient',
        text: action.text,
        dir: 'auto',
        createdAt: action.createdAt,
        status: action.online ? 'sent' : 'queued',
      };
      return { items: [...state.items, item] };
    }
    case 'sent':
      return update(
        state,
        (item) => item.clientMsgId === action.clientMsgId && item.status === 'queued',
        (item) => ({ ...item, status: 'sent' }),
      );
    case 'ack':
      return update(
        state,
        (item) => item.clientMsgId === action.clientMsgId,
        (item) => ({ ...withoutError(item), id: action.id, status: 'delivered' }),
      );
    case 'fail':
      return update(
        state,
        (item) => item.clientMsgId === action.clientMsgId && item.status !== 'delivered',
        (item) => ({ ...item, status: 'failed', ...(action.error ? { error: action.error } : {}) }),
      );
    case 'reply:start':
      return startReply(state, action.event);
    case 'reply:delta':
      return appendDelta(state, action.event);
    case 'reply':
      return finishReply(state, action.event);
  }
}

/** Messages still waiting to leave: sent in order once the connection is back. */
export function queuedMessages(state: ChatState): ChatItem[] {
  return state.items.filter((item) => item.role === 'patient' && item.status === 'queued');
}

/** The newest emergency message: pinned above the conversation so nothing later can push it away. */
export function pinnedEmergency(state: ChatState): ChatItem | undefined {
  for (let i = state.items.length - 1; i >= 0; i -= 1) {
    const item = state.items[i];
    if (item?.kind === 'emergency') return item;
  }
  return undefined;
}

/** True while the patient's last message waits for its answer (the assistant is "writing"). */
export function awaitingReply(state: ChatState): boolean {
  const last = state.items[state.items.length - 1];
  if (!last) return false;
  if (last.role !== 'patient') return last.streaming === true && last.text.length === 0;
  return last.status === 'sent' || last.status === 'delivered';
}
