import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { MAX_MESSAGE_CHARS, type Ack, type ErrorBody } from '../../client/shared/protocol.js';
import type { StaffClientToServer } from '../../client/shared/staffProtocol.js';
import type { AuditLog } from '../audit/auditLog.js';
import { staffActor, staffRef } from '../auth/accounts.js';
import type { Authorize } from '../auth/authorize.js';
import { readCookie, type CookieNames } from '../auth/cookies.js';
import type { Action } from '../auth/policy.js';
import { resolveStaff } from '../auth/resolveStaff.js';
import type { Sessions } from '../auth/sessions.js';
import { presentConversation, presentTicket } from '../escalation/present.js';
import { TicketActionError, type TicketQueue } from '../escalation/queue.js';
import { AppError } from '../http/errors.js';
import type { Logger } from '../logger.js';
import type { Ticket } from '../store/staffRecords.js';
import type { Clock, Store } from '../store/types.js';
import { ticketProblem } from './errors.js';
import type { PatientSide } from './patientSide.js';
import type { StaffPresence } from './presence.js';
import { staffRooms } from './rooms.js';
import type { StaffNamespace, StaffSocket } from './types.js';

/**
 * The `/staff` namespace: the console's live channel. A socket is accepted only with a live staff
 * session (the same cookie as the HTTP API) and, from a browser, only from our own origin.
 * Every event re-checks the session and asks the policy, like an HTTP route.
 */

/** The policy action behind each event (null: no action beyond being signed in). Tests walk this table. */
export const STAFF_EVENTS: Readonly<Record<keyof StaffClientToServer, Action | null>> = {
  'presence:beat': null,
  'conversation:watch': 'ticket.conversation',
  'conversation:unwatch': null,
  'conversation:join': 'conversation.join',
  'conversation:leave': 'conversation.join',
  'conversation:send': 'conversation.send',
  'conversation:typing': 'conversation.send',
};

export interface StaffNamespaceDeps {
  store: Store;
  sessions: Sessions;
  cookies: CookieNames;
  audit: AuditLog;
  authorize: Authorize;
  queue: TicketQueue;
  presence: StaffPresence;
  side: PatientSide;
  logger: Logger;
  now: Clock;
  /** PUBLIC_URL's origin, when the console is reached under another name than the Host header. */
  publicOrigin?: string;
}

/** The console is served by us: a browser handshake must come from our own origin, never a hospital site's. */
export function staffOriginAllowed(req: IncomingMessage, publicOrigin: string | undefined): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (publicOrigin !== undefined && origin === publicOrigin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

const TicketRef = z.object({ ticketId: z.uuid() });
const SendPayload = z.object({
  ticketId: z.uuid(),
  text: z.string(),
  clientMsgId: z.string().min(1).max(100),
});
const TypingPayload = z.object({ ticketId: z.uuid(), typing: z.boolean() });

class EventProblem extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
  }
}

function problemBody(error: unknown): ErrorBody | undefined {
  if (error instanceof EventProblem) return error.body;
  if (error instanceof AppError) return { code: error.code, message: error.message };
  if (error instanceof TicketActionError) {
    const mapped = ticketProblem(error);
    return { code: mapped.code, message: mapped.message };
  }
  return undefined;
}

export function attachStaffNamespace(nsp: StaffNamespace, deps: StaffNamespaceDeps): void {
  const { store, sessions, logger, queue, side, presence, audit, authorize } = deps;

  nsp.use((socket, next) => {
    const refuse = (code: string, message: string) => {
      logger.warn(
        { event: 'staff_socket_refused', code, ip: socket.handshake.address },
        'staff socket refused',
      );
      next(Object.assign(new Error(message), { data: { code } }));
    };
    if (!staffOriginAllowed(socket.request, deps.publicOrigin)) {
      refuse('origin_not_allowed', 'This console must be opened from the PlainCare server itself.');
      return;
    }
    const token = readCookie(socket.request.headers.cookie, deps.cookies.session);
    resolveStaff({ sessions, users: store.users }, token, { touch: true }).then(
      (found) => {
        if (!found || token === undefined) {
          refuse('unauthorized', 'Please sign in first.');
          return;
        }
        socket.data = { staff: staffRef(found.user), token, watching: {} };
        next();
      },
      (error: unknown) => {
        logger.error({ err: { message: String(error) } }, 'staff socket: session lookup failed');
        refuse('unavailable', 'The server cannot check your session right now. Please try again.');
      },
    );
  });

  const endSession = (socket: StaffSocket) => {
    socket.emit('session:ended', { reason: 'expired' });
    socket.disconnect(true);
  };

  /** The session behind this socket, still alive, with the account as it is now. */
  const current = async (socket: StaffSocket, touch: boolean) => {
    const found = await resolveStaff({ sessions, users: store.users }, socket.data.token, { touch });
    if (!found) {
      endSession(socket);
      throw new EventProblem({
        code: 'unauthorized',
        message: 'Your session has ended. Please sign in again.',
      });
    }
    socket.data.staff = staffRef(found.user);
    return socket.data.staff;
  };

  const loadTicket = async (ticketId: string): Promise<Ticket> => {
    const ticket = await queue.get(ticketId);
    if (!ticket) throw new EventProblem({ code: 'not_found', message: 'This ticket does not exist.' });
    return ticket;
  };

  /** Runs a handler and answers its ack with the result or a typed error, never a stack trace. */
  const handle = <T extends object>(
    socket: StaffSocket,
    event: string,
    ack: unknown,
    run: () => Promise<T>,
  ): void => {
    const respond = typeof ack === 'function' ? (ack as (result: Ack<T>) => void) : () => undefined;
    run().then(
      (result) => respond({ ok: true, ...result }),
      (error: unknown) => {
        const body = problemBody(error);
        if (!body) logger.error({ err: { message: String(error) }, event }, 'staff event failed');
        respond({
          ok: false,
          error: body ?? {
            code: 'server_error',
            message: 'Something went wrong on our side. Please try again.',
          },
        });
      },
    );
  };

  const parse = <S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success)
      throw new EventProblem({ code: 'invalid_request', message: 'That request is not valid.' });
    return parsed.data;
  };

  nsp.on('connection', (socket) => {
    const { staff } = socket.data;
    void socket.join([staffRooms.everyone, staffRooms.role(staff.role), staffRooms.user(staff.id)]);
    presence.beat(staff.id, socket.id).catch((error: unknown) => {
      logger.error({ err: { message: String(error) } }, 'staff presence not recorded');
    });
    socket.emit('hello', { user: { ...staff }, heartbeatMs: presence.heartbeatMs });

    socket.on('presence:beat', () => {
      // A heartbeat shows the console is open; it does not keep an idle session alive.
      current(socket, false)
        .then((who) => presence.beat(who.id, socket.id))
        .catch(() => undefined);
    });

    socket.on('disconnect', () => {
      presence.leave(staff.id, socket.id).catch(() => undefined);
    });

    socket.on('conversation:watch', (payload, ack) => {
      handle(socket, 'conversation:watch', ack, async () => {
        const { ticketId } = parse(TicketRef, payload);
        const actor = await current(socket, true);
        const ticket = await loadTicket(ticketId);
        await authorize(actor, 'ticket.conversation', { ticket, where: 'socket conversation:watch' });
        const conversation = await store.conversations.get(ticket.conversationId);
        if (!conversation)
          throw new EventProblem({ code: 'not_found', message: 'This conversation is no longer kept.' });
        // Reading a patient's words is audited before they are shown.
        await audit.record({
          actor: staffActor(actor),
          action: 'conversation.view',
          target: { kind: 'conversation', id: conversation.id },
          details: { ticket: ticket.id, via: 'console' },
        });
        const messages = await store.conversations.messages(conversation.id);
        socket.data.watching[ticket.id] = conversation.id;
        await socket.join(staffRooms.watching(conversation.id));
        return { conversation: presentConversation(conversation, messages) };
      });
    });

    socket.on('conversation:unwatch', (payload) => {
      const parsed = TicketRef.safeParse(payload);
      if (!parsed.success) return;
      const conversationId = socket.data.watching[parsed.data.ticketId];
      if (conversationId === undefined) return;
      delete socket.data.watching[parsed.data.ticketId];
      void socket.leave(staffRooms.watching(conversationId));
    });

    socket.on('conversation:join', (payload, ack) => {
      handle(socket, 'conversation:join', ack, async () => {
        const { ticketId } = parse(TicketRef, payload);
        const actor = await current(socket, true);
        const result = await queue.act(
          ticketId,
          { type: 'join', by: actor, at: deps.now() },
          {
            actor: staffActor(actor),
            authorize: (ticket) =>
              authorize(actor, 'conversation.join', { ticket, where: 'socket conversation:join' }),
          },
        );
        const { ticket } = result;
        socket.data.watching[ticket.id] = ticket.conversationId;
        await socket.join(staffRooms.watching(ticket.conversationId));
        if (result.changed) {
          const lang = await side.langOf(ticket.conversationId, ticket.lang);
          side.handoff(ticket.conversationId, 'joined', actor.name);
          await side.notice(
            ticket.conversationId,
            lang,
            actor.role === 'clinician' ? 'handoff:joined.clinician' : 'handoff:joined.staff',
          );
        }
        return { ticket: presentTicket(ticket) };
      });
    });

    socket.on('conversation:leave', (payload, ack) => {
      handle(socket, 'conversation:leave', ack, async () => {
        const { ticketId } = parse(TicketRef, payload);
        const actor = await current(socket, true);
        const result = await queue.act(
          ticketId,
          { type: 'leave', by: actor, at: deps.now() },
          {
            actor: staffActor(actor),
            authorize: (ticket) =>
              authorize(actor, 'conversation.join', { ticket, where: 'socket conversation:leave' }),
          },
        );
        if (result.changed) await tellPatientStaffLeft(side, result.ticket);
        return { ticket: presentTicket(result.ticket) };
      });
    });

    socket.on('conversation:send', (payload, ack) => {
      handle(socket, 'conversation:send', ack, async () => {
        const { ticketId, text } = parse(SendPayload, payload);
        const trimmed = text.trim();
        if (trimmed.length === 0)
          throw new EventProblem({ code: 'empty_message', message: 'The message is empty.' });
        if ([...trimmed].length > MAX_MESSAGE_CHARS) {
          throw new EventProblem({
            code: 'message_too_long',
            message: `Keep messages under ${MAX_MESSAGE_CHARS} characters.`,
          });
        }
        const actor = await current(socket, true);
        const ticket = await loadTicket(ticketId);
        await authorize(actor, 'conversation.send', { ticket, where: 'socket conversation:send' });
        // Audited before it is sent: a message that cannot be accounted for is not sent. The text is not copied.
        await audit.record({
          actor: staffActor(actor),
          action: 'message.send',
          target: { kind: 'conversation', id: ticket.conversationId },
          details: { ticket: ticket.id, chars: [...trimmed].length },
        });
        const lang = await side.langOf(ticket.conversationId, ticket.lang);
        side.typing(ticket.conversationId, false);
        const message = await side.staffMessage(ticket.conversationId, lang, actor, trimmed);
        return { id: message.id };
      });
    });

    socket.on('conversation:typing', (payload) => {
      const parsed = TypingPayload.safeParse(payload);
      if (!parsed.success) return;
      const { ticketId, typing } = parsed.data;
      const conversationId = socket.data.watching[ticketId];
      if (conversationId === undefined) return;
      // Cheap path: only the holder who joined may show "typing" to the patient.
      void queue.get(ticketId).then((ticket) => {
        if (ticket && ticket.assignee?.id === socket.data.staff.id && ticket.joinedAt !== undefined) {
          side.typing(conversationId, typing);
        }
      });
    });
  });
}

/** The patient is told a person left (leave, resolve, transfer or release of a joined ticket). */
export async function tellPatientStaffLeft(side: PatientSide, ticket: Ticket): Promise<void> {
  const lang = await side.langOf(ticket.conversationId, ticket.lang);
  side.handoff(ticket.conversationId, 'left');
  await side.notice(ticket.conversationId, lang, 'handoff:left');
}
