import { randomUUID } from 'node:crypto';
import type { Namespace, Socket } from 'socket.io';
import { isLang, toLang, type Lang } from '../../client/shared/languages.js';
import {
  MAX_MESSAGE_CHARS,
  type Ack,
  type HandoffState,
  type HistoryMessage,
  type PatientClientToServer,
  type PatientServerToClient,
} from '../../client/shared/protocol.js';
import { CALLBACK_NOTE_MAX_CHARS, parseCallback, type PatientHandoff } from '../escalation/patientHandoff.js';
import type { Translate } from '../i18n.js';
import type { Logger } from '../logger.js';
import type { StoredMessage, Store } from '../store/types.js';
import { hashSecret, issueToken, parseToken, secretMatches } from './conversationToken.js';
import type { Escalator } from './escalator.js';
import { FLOOD_LIMIT, FLOOD_WINDOW_MS, FloodGuard } from './floodGuard.js';
import { parsePatientMessage } from './patientMessage.js';
import type { Pipeline, TurnReply } from './pipeline.js';
import { streamPieces, toHistory, toReply } from './replies.js';

export interface PatientSocketData {
  conversationId: string;
  token: string;
  /** False while the store could not be reached: the conversation is created on the next message. */
  persisted: boolean;
  resumed: boolean;
  lang?: Lang;
  history: HistoryMessage[];
}

export type PatientNamespace = Namespace<
  PatientClientToServer,
  PatientServerToClient,
  Record<string, never>,
  PatientSocketData
>;
type PatientSocket = Socket<
  PatientClientToServer,
  PatientServerToClient,
  Record<string, never>,
  PatientSocketData
>;

export interface PatientChatDeps {
  store: Store;
  pipeline: Pipeline;
  escalator: Escalator;
  logger: Logger;
  t: Translate;
  now: () => number;
  emergencyNumber: string;
  /** The staff side: "Talk to a person", call-back requests, and a copy of each line for staff following the conversation. */
  handoff?: PatientHandoff;
}

export const conversationRoom = (conversationId: string): string => `conversation:${conversationId}`;

/** The client's acknowledgement callback, or nothing when the client sent none (it is optional on the wire). */
function acknowledger<T extends object = { id: string }>(ack: unknown): (result: Ack<T>) => void {
  return typeof ack === 'function' ? (result) => (ack as (result: Ack<T>) => void)(result) : () => undefined;
}

function handshakeLang(socket: PatientSocket): Lang | undefined {
  const auth: unknown = socket.handshake.auth;
  const fromAuth = typeof auth === 'object' && auth !== null ? (auth as { lang?: unknown }).lang : undefined;
  return toLang(typeof fromAuth === 'string' ? fromAuth : undefined);
}

function handshakeToken(socket: PatientSocket): unknown {
  const auth: unknown = socket.handshake.auth;
  return typeof auth === 'object' && auth !== null
    ? (auth as { conversationToken?: unknown }).conversationToken
    : undefined;
}

/**
 * The `/patient` namespace: one conversation per widget, resumed with its token. A message is
 * validated, screened and answered by the pipeline; emergency guidance is sent before anything is
 * written, so it reaches the patient when the store is down.
 */
export function attachPatientChat(nsp: PatientNamespace, deps: PatientChatDeps): void {
  const { store, logger, t } = deps;

  const resume = async (socket: PatientSocket): Promise<boolean> => {
    const parsed = parseToken(handshakeToken(socket));
    if (!parsed) return false;
    const conversation = await store.conversations.get(parsed.conversationId);
    if (!conversation || !secretMatches(parsed.secret, conversation.secretHash)) return false;
    const messages = await store.conversations.messages(conversation.id);
    socket.data = {
      conversationId: conversation.id,
      token: `${parsed.conversationId}.${parsed.secret}`,
      persisted: true,
      resumed: true,
      history: messages.map(toHistory),
      ...(conversation.lang ? { lang: conversation.lang } : {}),
    };
    return true;
  };

  const start = async (socket: PatientSocket): Promise<void> => {
    const issued = issueToken();
    const lang = handshakeLang(socket);
    socket.data = {
      conversationId: issued.conversationId,
      token: issued.token,
      persisted: false,
      resumed: false,
      history: [],
      ...(lang ? { lang } : {}),
    };
    await store.conversations.create({
      id: issued.conversationId,
      secretHash: issued.secretHash,
      ...(lang ? { lang } : {}),
    });
    socket.data.persisted = true;
  };

  nsp.use((socket, next) => {
    const open = async () => {
      try {
        if (await resume(socket)) return;
      } catch (error) {
        logger.warn(
          { err: { message: String(error) } },
          'could not resume a conversation; starting a new one',
        );
      }
      try {
        await start(socket);
      } catch (error) {
        // The store is down: the patient can still chat (and get emergency help); we retry storing later.
        logger.error(
          { err: { message: String(error) } },
          'conversation not stored; will retry on the next message',
        );
      }
    };
    open().then(
      () => next(),
      () => next(),
    );
  });

  const ensureStored = async (socket: PatientSocket): Promise<void> => {
    if (socket.data.persisted) return;
    const parsed = parseToken(socket.data.token);
    if (!parsed) throw new Error('conversation token is malformed');
    await store.conversations.create({
      id: socket.data.conversationId,
      secretHash: hashSecret(parsed.secret),
      ...(socket.data.lang ? { lang: socket.data.lang } : {}),
    });
    socket.data.persisted = true;
  };

  const emitReply = (socket: PatientSocket, turn: TurnReply, inReplyTo: string): StoredMessage => {
    const createdAt = deps.now();
    const reply = toReply(turn, inReplyTo, createdAt);
    const room = nsp.to(conversationRoom(socket.data.conversationId));
    // Guidance is sent whole, in one event, so nothing can show half of it.
    if (turn.outcome === 'answered' || turn.outcome === 'no_answer') {
      room.emit('reply:start', { id: reply.id, inReplyTo, kind: reply.kind, lang: reply.lang });
      for (const piece of streamPieces(reply.text)) room.emit('reply:delta', { id: reply.id, text: piece });
    }
    room.emit('reply', reply);
    return {
      id: reply.id,
      conversationId: socket.data.conversationId,
      role: 'assistant',
      kind: reply.kind,
      text: reply.text,
      lang: reply.lang,
      inReplyTo,
      createdAt,
    };
  };

  const refuse = (ack: (result: Ack) => void, code: string, message: string) => {
    ack({ ok: false, error: { code, message } });
  };

  const onMessage = async (
    socket: PatientSocket,
    flood: FloodGuard,
    payload: unknown,
    ack: (result: Ack) => void,
  ): Promise<void> => {
    const uiLang = socket.data.lang ?? 'en';
    const parsed = parsePatientMessage(payload);
    if (!parsed.ok) {
      refuse(ack, parsed.problem, t(uiLang, `server:errors.${parsed.problem}`, { max: MAX_MESSAGE_CHARS }));
      return;
    }
    if (!flood.allow()) {
      refuse(ack, 'rate_limited', t(uiLang, 'server:errors.rate_limited'));
      return;
    }
    const { text, clientMsgId } = parsed.message;
    const lang = parsed.message.lang ?? socket.data.lang;
    const messageId = randomUUID();
    const conversationId = socket.data.conversationId;

    // Storing starts now and runs beside the pipeline; nothing on the red-flag path waits for it.
    const stored = ensureStored(socket).then(() =>
      store.conversations.append({
        id: messageId,
        conversationId,
        role: 'patient',
        text,
        clientMsgId,
        ...(lang ? { lang } : {}),
      }),
    );
    stored.catch(() => undefined);

    const { reply, trace } = await deps.pipeline.run({
      conversationId,
      messageId,
      text,
      ...(parsed.message.lang ? { lang: parsed.message.lang } : {}),
      ...(socket.data.lang ? { conversationLang: socket.data.lang } : {}),
    });
    logger.info(
      { conversationId, messageId, outcome: reply.outcome, lang: reply.lang, trace },
      'patient turn',
    );

    const redFlag = reply.outcome === 'emergency' || reply.outcome === 'urgent';
    const replyMessage = redFlag ? emitReply(socket, reply, messageId) : undefined;

    let savedId: string = messageId;
    let duplicate = false;
    try {
      const result = await stored;
      if (!result.stored) {
        duplicate = true;
        savedId = result.existing.id;
      } else {
        deps.handoff?.relay(result.message);
      }
    } catch (error) {
      // Staff following the conversation still see what the patient wrote.
      deps.handoff?.relay({
        id: messageId,
        conversationId,
        role: 'patient',
        text,
        clientMsgId,
        createdAt: deps.now(),
        ...(lang ? { lang } : {}),
      });
      logger.error({ conversationId, err: { message: String(error) } }, 'patient message not stored');
      if (!redFlag) {
        refuse(ack, 'not_saved', t(uiLang, 'server:errors.not_saved'));
        return;
      }
    }
    ack({ ok: true, id: savedId });

    if (reply.lang !== socket.data.lang) {
      socket.data.lang = reply.lang;
      store.conversations.setLang(conversationId, reply.lang).catch(() => undefined);
    }
    if (duplicate && !redFlag) return; // a retry of a message already answered
    if (reply.quiet) return; // a staff member is in the conversation and answers
    const answer = replyMessage ?? emitReply(socket, reply, savedId);
    deps.handoff?.relay(answer);
    store.conversations
      .append({ ...answer, inReplyTo: savedId })
      .catch((error: unknown) =>
        logger.error({ conversationId, err: { message: String(error) } }, 'reply not stored'),
      );
    if (reply.escalate) {
      deps.escalator
        .raise({
          conversationId,
          messageId: savedId,
          priority: reply.escalate.priority,
          categories: reply.escalate.categories,
          lang: reply.lang,
        })
        .catch((error: unknown) =>
          logger.error({ conversationId, err: { message: String(error) } }, 'escalation failed'),
        );
    }
  };

  nsp.on('connection', (socket) => {
    void socket.join(conversationRoom(socket.data.conversationId));
    const flood = new FloodGuard(FLOOD_LIMIT, FLOOD_WINDOW_MS, deps.now);
    if (!socket.recovered) {
      socket.emit('conversation', {
        conversationId: socket.data.conversationId,
        token: socket.data.token,
        resumed: socket.data.resumed,
        messages: socket.data.history,
        ...(socket.data.lang ? { lang: socket.data.lang } : {}),
      });
      socket.data.history = [];
    }

    /** An error acknowledgement in the patient's language; every message may name the emergency number. */
    const failure = (code: string, key: string, values: Record<string, string | number> = {}) => ({
      ok: false as const,
      error: {
        code,
        message: t(socket.data.lang ?? 'en', key, { emergency: deps.emergencyNumber, ...values }),
      },
    });
    const serverError = () => failure('server_error', 'server:errors.server_error');
    const unavailable = () => failure('unavailable', 'handoff:unavailable');

    socket.on('message', (payload, ack) => {
      const respond = acknowledger(ack);
      onMessage(socket, flood, payload, respond).catch((error: unknown) => {
        logger.error({ err: { message: String(error) } }, 'patient message failed');
        respond(serverError());
      });
    });

    socket.on('history', (ack) => {
      const respond = acknowledger<{ messages: HistoryMessage[] }>(ack);
      store.conversations.messages(socket.data.conversationId).then(
        (messages) => respond({ ok: true, messages: messages.map(toHistory) }),
        () => respond(serverError()),
      );
    });

    /** Staff open the conversation from the ticket, so it is stored first when it can be. */
    const handOff = <T extends object>(
      label: string,
      work: (handoff: PatientHandoff) => Promise<T>,
    ): Promise<Ack<T>> => {
      const handoff = deps.handoff;
      if (!handoff) return Promise.resolve(unavailable());
      return ensureStored(socket)
        .catch(() => undefined)
        .then(() => work(handoff))
        .then(
          (value): Ack<T> => ({ ok: true, ...value }),
          (error: unknown) => {
            logger.error(
              { conversationId: socket.data.conversationId, err: { message: String(error) } },
              label,
            );
            return unavailable();
          },
        );
    };

    socket.on('request_human', (ack) => {
      const respond = acknowledger<{ state: HandoffState }>(ack);
      if (!flood.allow()) {
        respond(failure('rate_limited', 'server:errors.rate_limited'));
        return;
      }
      const lang = socket.data.lang ?? 'en';
      void handOff('request for a person failed', async (handoff) => ({
        state: await handoff.requestHuman({ conversationId: socket.data.conversationId, lang }),
      })).then(respond);
    });

    socket.on('callback_request', (payload, ack) => {
      const respond = acknowledger(ack);
      const parsed = parseCallback(payload);
      if (!parsed.ok) {
        const key =
          parsed.problem === 'invalid_message'
            ? 'server:errors.invalid_message'
            : `handoff:callback.${parsed.problem}`;
        respond(failure(parsed.problem, key, { max: CALLBACK_NOTE_MAX_CHARS }));
        return;
      }
      if (!flood.allow()) {
        respond(failure('rate_limited', 'server:errors.rate_limited'));
        return;
      }
      // The phone number is never logged: it goes to the ticket only.
      const lang = socket.data.lang ?? 'en';
      void handOff('call-back request failed', async (handoff) => ({
        id: await handoff.requestCallback({ conversationId: socket.data.conversationId, lang }, parsed.value),
      })).then(respond);
    });

    socket.on('set_lang', (payload, ack) => {
      const respond = acknowledger<{ lang: Lang }>(ack);
      const lang: unknown = typeof payload === 'object' && payload !== null ? payload.lang : undefined;
      if (!isLang(lang)) {
        respond(failure('invalid_message', 'server:errors.invalid_message'));
        return;
      }
      socket.data.lang = lang;
      store.conversations.setLang(socket.data.conversationId, lang).catch(() => undefined);
      respond({ ok: true, lang });
    });
  });
}
