import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { staffActor, staffRef } from '../../auth/accounts.js';
import type { StaffContext, StaffRoute } from '../../auth/http.js';
import type { Action } from '../../auth/policy.js';
import { presentConversation, presentTicket, presentTicketDetail } from '../../escalation/present.js';
import { TicketActionError, type ActResult } from '../../escalation/queue.js';
import type { TicketEvent } from '../../escalation/transitions.js';
import type { StaffApiDeps } from '../../staff/apiDeps.js';
import { ticketProblem } from '../../staff/errors.js';
import { tellPatientStaffLeft } from '../../staff/namespace.js';
import { DISPOSITIONS, type Ticket } from '../../store/staffRecords.js';
import { errors } from '../errors.js';

const TicketId = z.uuid();
const ListQuery = z.object({
  status: z.enum(['open', 'waiting', 'claimed', 'resolved']).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
const NOTE_MAX_CHARS = 2000;
const NoteBody = z.object({ text: z.string().trim().min(1).max(NOTE_MAX_CHARS) });
const ResolveBody = z.object({
  disposition: z.enum(DISPOSITIONS),
  note: z.string().trim().min(1).max(NOTE_MAX_CHARS).optional(),
});
const TransferBody = z.object({ to: z.uuid() });

function ticketIdOf(params: Record<string, unknown>): string {
  const parsed = TicketId.safeParse(params.id);
  if (!parsed.success) throw errors.notFound('This ticket does not exist.');
  return parsed.data;
}

function body<S extends z.ZodType>(schema: S, value: unknown, message: string): z.infer<S> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw errors.badRequest(message);
  return parsed.data;
}

/** `/api/tickets/*`: the queue, a ticket's detail and conversation, and every change staff make to a ticket. */
export function ticketRoutes(deps: StaffApiDeps): StaffRoute[] {
  const { queue, authorize, audit } = deps;

  const load = async (id: string): Promise<Ticket> => {
    const ticket = await queue.get(id);
    if (!ticket) throw errors.notFound('This ticket does not exist.');
    return ticket;
  };

  /** load → authorize (on the loaded ticket) → transition → audit, as one call; refusals become API errors. */
  const act = async (
    ctx: StaffContext,
    id: string,
    action: Action,
    event: TicketEvent,
    details?: Record<string, string>,
  ): Promise<ActResult> => {
    try {
      const result = await queue.act(id, event, {
        actor: staffActor(ctx.user),
        authorize: (ticket) => authorize(ctx.staff, action, { ticket, where: `ticket ${event.type}` }),
        ...(details ? { details } : {}),
      });
      // Whoever was in the patient's chat is no longer: the patient is told, and the assistant answers again.
      if (result.changed && result.before.joinedAt !== undefined && result.ticket.joinedAt === undefined) {
        const side = deps.side();
        if (side) await tellPatientStaffLeft(side, result.ticket);
      }
      return result;
    } catch (error) {
      if (error instanceof TicketActionError) throw ticketProblem(error);
      throw error;
    }
  };

  return [
    {
      method: 'get',
      path: '/api/tickets',
      action: 'ticket.list',
      handler: async (req, res) => {
        const query = ListQuery.safeParse(req.query);
        if (!query.success)
          throw errors.badRequest('status must be open, waiting, claimed or resolved; limit 1 to 500.');
        const tickets = await queue.list(query.data.status, query.data.limit);
        res.json(tickets.map(presentTicket));
      },
    },
    {
      method: 'get',
      path: '/api/tickets/:id',
      action: 'ticket.view',
      handler: async (req, res, ctx) => {
        const ticket = await load(ticketIdOf(req.params));
        await authorize(ctx.staff, 'ticket.view', { ticket });
        // The detail carries a call-back number: who looked is recorded first.
        await audit.record({
          actor: staffActor(ctx.user),
          action: 'ticket.view',
          target: { kind: 'ticket', id: ticket.id },
        });
        res.json(presentTicketDetail(ticket));
      },
    },
    {
      method: 'get',
      path: '/api/tickets/:id/conversation',
      action: 'ticket.conversation',
      handler: async (req, res, ctx) => {
        const ticket = await load(ticketIdOf(req.params));
        await authorize(ctx.staff, 'ticket.conversation', { ticket });
        const conversation = await deps.store.conversations.get(ticket.conversationId);
        if (!conversation) throw errors.notFound('This conversation is no longer kept.');
        await audit.record({
          actor: staffActor(ctx.user),
          action: 'conversation.view',
          target: { kind: 'conversation', id: conversation.id },
          details: { ticket: ticket.id, via: 'api' },
        });
        res.json(presentConversation(conversation, await deps.store.conversations.messages(conversation.id)));
      },
    },
    {
      method: 'post',
      path: '/api/tickets/:id/claim',
      action: 'ticket.claim',
      handler: async (req, res, ctx) => {
        const { ticket } = await act(ctx, ticketIdOf(req.params), 'ticket.claim', {
          type: 'claim',
          by: ctx.staff,
          at: deps.now(),
        });
        res.json({ ticket: presentTicket(ticket) });
      },
    },
    {
      method: 'post',
      path: '/api/tickets/:id/release',
      action: 'ticket.release',
      handler: async (req, res, ctx) => {
        const { ticket } = await act(ctx, ticketIdOf(req.params), 'ticket.release', {
          type: 'release',
          by: ctx.staff,
          at: deps.now(),
        });
        res.json({ ticket: presentTicket(ticket) });
      },
    },
    {
      method: 'post',
      path: '/api/tickets/:id/transfer',
      action: 'ticket.transfer',
      handler: async (req, res, ctx) => {
        const id = ticketIdOf(req.params);
        const { to } = body(
          TransferBody,
          req.body,
          'Say whom to transfer the ticket to: {"to": "<staff id>"}.',
        );
        const target = await deps.store.users.get(to);
        if (!target || target.disabled)
          throw errors.badRequest('That staff member does not exist or cannot sign in.', 'unknown_staff');
        const { ticket } = await act(
          ctx,
          id,
          'ticket.transfer',
          { type: 'transfer', by: ctx.staff, to: staffRef(target), at: deps.now() },
          { to: target.id },
        );
        res.json({ ticket: presentTicket(ticket) });
      },
    },
    {
      method: 'post',
      path: '/api/tickets/:id/notes',
      action: 'ticket.note',
      handler: async (req, res, ctx) => {
        const id = ticketIdOf(req.params);
        const { text } = body(NoteBody, req.body, `A note is text of 1 to ${NOTE_MAX_CHARS} characters.`);
        // The note's words stay on the ticket; the audit log records only that a note was added.
        const { ticket } = await act(ctx, id, 'ticket.note', {
          type: 'note',
          by: ctx.staff,
          noteId: randomUUID(),
          text,
          at: deps.now(),
        });
        res.status(201).json({ ticket: presentTicketDetail(ticket) });
      },
    },
    {
      method: 'post',
      path: '/api/tickets/:id/resolve',
      action: 'ticket.resolve',
      handler: async (req, res, ctx) => {
        const id = ticketIdOf(req.params);
        const { disposition, note } = body(
          ResolveBody,
          req.body,
          `Choose a disposition: ${DISPOSITIONS.join(', ')}.`,
        );
        const ticket = await load(id);
        await authorize(ctx.staff, 'ticket.resolve', { ticket });
        if (note !== undefined) {
          await act(ctx, id, 'ticket.resolve', {
            type: 'note',
            by: ctx.staff,
            noteId: randomUUID(),
            text: note,
            at: deps.now(),
          });
        }
        const result = await act(
          ctx,
          id,
          'ticket.resolve',
          { type: 'resolve', by: ctx.staff, disposition, at: deps.now() },
          { disposition },
        );
        res.json({ ticket: presentTicket(result.ticket) });
      },
    },
  ];
}
