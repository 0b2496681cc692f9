import { io, type Socket } from 'socket.io-client';
import type { Lang } from '../../../shared/languages.js';
import type {
  Ack,
  CallbackRequestPayload,
  ConversationEvent,
  HandoffEvent,
  HandoffState,
  HistoryMessage,
  PatientClientToServer,
  PatientHandshake,
  PatientMessagePayload,
  PatientServerToClient,
  Reply,
  ReplyDelta,
  ReplyStart,
} from '../../../shared/protocol.js';

/**
 * The widget's one socket to `/patient`. socket.io reconnects by itself and, after a short drop, restores
 * the session (connection-state recovery); after a longer one the stored token brings the conversation
 * back and the server sends it again. Either way the widget asks for the stored history, the truth.
 */

export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting';

type PatientSocket = Socket<PatientServerToClient, PatientClientToServer>;

export interface ConnectionEvents {
  status(status: ConnectionStatus): void;
  conversation(event: ConversationEvent): void;
  history(messages: HistoryMessage[]): void;
  replyStart(event: ReplyStart): void;
  replyDelta(event: ReplyDelta): void;
  reply(event: Reply): void;
  handoff(event: HandoffEvent): void;
  typing(typing: boolean): void;
}

export interface ConnectionOptions {
  origin: string;
  /** Read at every (re)connection, so a reconnect resumes the conversation the server just named. */
  handshake: () => PatientHandshake;
  events: ConnectionEvents;
}

/** A failure the widget describes itself (no answer in time), next to the server's own error codes. */
export const TIMEOUT = 'timeout';
export const OFFLINE = 'offline';

/** An answer runs the whole pipeline before the ack (a model can take a while), so the wait is generous. */
export const MESSAGE_ACK_MS = 45_000;
const REQUEST_ACK_MS = 10_000;

export interface ChatConnection {
  online(): boolean;
  send(payload: PatientMessagePayload): Promise<Ack>;
  setLang(lang: Lang): void;
  requestHuman(): Promise<Ack<{ state: HandoffState }>>;
  requestCallback(payload: CallbackRequestPayload): Promise<Ack>;
  close(): void;
}

function failure(code: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message: '' } };
}

/** Keeps only well-formed acks: a server without the event, or an odd answer, counts as a failure. */
function asAck<T extends object>(value: unknown): Ack<T> {
  if (typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean') {
    return value as Ack<T>;
  }
  return failure('server_error');
}

export function openConnection({ origin, handshake, events }: ConnectionOptions): ChatConnection {
  const socket: PatientSocket = io(`${origin}/patient`, {
    // Websocket only: several servers behind a load balancer then need no sticky sessions.
    transports: ['websocket'],
    auth: (callback) => callback({ ...handshake() }),
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
  });

  const resync = () => {
    socket
      .timeout(REQUEST_ACK_MS)
      .emitWithAck('history')
      .then(
        (result) => {
          const ack = asAck<{ messages: HistoryMessage[] }>(result);
          if (ack.ok) events.history(ack.messages);
        },
        () => undefined, // the next reconnect tries again
      );
  };

  events.status('connecting');
  socket.on('connect', () => {
    events.status('online');
    // A recovered session gets no `conversation` event: ask for the stored history in case a reply
    // finished while we were away. A new session's `conversation` event carries it.
    if (socket.recovered) resync();
  });
  socket.on('disconnect', (reason) => {
    events.status('reconnecting');
    // The server closed this socket on purpose (a restart, for example): socket.io does not retry by itself.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', () => events.status('reconnecting'));
  socket.on('conversation', (event) => events.conversation(event));
  socket.on('reply:start', (event) => events.replyStart(event));
  socket.on('reply:delta', (event) => events.replyDelta(event));
  socket.on('reply', (event) => events.reply(event));
  socket.on('handoff', (event) => events.handoff(event));
  socket.on('typing', (event) => events.typing(event.typing === true));

  const request = async <T extends object>(send: () => Promise<unknown>): Promise<Ack<T>> => {
    if (!socket.connected) return failure(OFFLINE);
    try {
      return asAck<T>(await send());
    } catch {
      return failure(TIMEOUT);
    }
  };

  return {
    online: () => socket.connected,
    send: (payload) => request(() => socket.timeout(MESSAGE_ACK_MS).emitWithAck('message', payload)),
    setLang: (lang) => {
      if (socket.connected) socket.emit('set_lang', { lang });
    },
    requestHuman: () => request(() => socket.timeout(REQUEST_ACK_MS).emitWithAck('request_human')),
    requestCallback: (payload) =>
      request(() => socket.timeout(REQUEST_ACK_MS).emitWithAck('callback_request', payload)),
    close: () => {
      socket.removeAllListeners();
      socket.close();
    },
  };
}
