import { randomUUID } from 'node:crypto';
import type { Lang } from '../../client/shared/languages.js';
import type { AuditInput, AuditLog } from '../audit/auditLog.js';
import type { Logger } from '../logger.js';
import type { AuditActor, AuditDetails, Ticket, TicketKind, TicketPriority } from '../store/staffRecords.js';
import type { Clock, Store, TicketFilter } from '../store/types.js';
import { serviceLevelDue, type ServiceLevels } from './serviceLevels.js';
import { transition, type AlertLevel, type TicketEvent, type TransitionError } from './transitions.js';

/**
 * The escalation queue: raises tickets, applies every change through `transition()` with a
 * compare-and-set, runs the service-level timer, and holds tickets in memory while the store is
 * unreachable (they are written, in order, as soon as it answers again).
 */

export interface RaiseRequest {
  conversationId: string;
  messageId?: string;
  priority: TicketPriority;
  kind: TicketKind;
  categories: string[];
  lang: Lang;
  callback?: { phone: string; note?: string };
}

export type RaiseOutcome =
  | { held: false; ticket: Ticket; created: boolean; upgraded: boolean }
  /** The store did not answer: the ticket waits in memory and is written when it does. */
  | { held: true; ticket: Ticket };

/** Told about every change, so the staff consoles update live. */
export interface TicketListener {
  changed(ticket: Ticket, change: 'created' | 'updated'): void;
  alerted(ticket: Ticket, level: AlertLevel): void;
}

export class TicketActionError extends Error {
  constructor(readonly problem: TransitionError | { code: 'not_found' } | { code: 'conflict' }) {
    super(`ticket action refused: ${problem.code}`);
    this.name = 'TicketActionError';
  }
}

export interface ActOptions {
  actor: AuditActor;
  /** Throws (e.g. a 403) when the actor may not do this to this ticket; runs on every attempt. */
  authorize?: (ticket: Ticket) => void | Promise<void>;
  details?: AuditDetails;
}

export interface ActResult {
  before: Ticket;
  ticket: Ticket;
  /** False when the event changed nothing (Ana claiming her own ticket again). */
  changed: boolean;
}

export interface TicketQueue {
  raise(request: RaiseRequest): Promise<RaiseOutcome>;
  /** Applies one staff event; resolves with the ticket before and after it, or throws TicketActionError. */
  act(id: string, event: TicketEvent, options: ActOptions): Promise<ActResult>;
  get(id: string): Promise<Ticket | undefined>;
  list(filter: TicketFilter, limit?: number): Promise<Ticket[]>;
  /** One pass of the service-level timer; resolves with the alerts it sent. */
  checkServiceLevels(): Promise<Array<{ ticket: Ticket; level: AlertLevel }>>;
  /** Writes the tickets held during an outage; resolves with how many are still held. */
  flushHeld(): Promise<number>;
  heldCount(): number;
  start(): void;
  stop(): Promise<void>;
}

export interface QueueDeps {
  store: Store;
  audit: AuditLog;
  now: Clock;
  logger: Logger;
  listener: TicketListener;
  levels: ServiceLevels;
  /** How often the service-level timer runs. */
  tickMs?: number;
  /** How often held tickets are retried while the store is down. */
  retryMs?: number;
}

const MAX_CAS_ATTEMPTS = 10;
const SYSTEM: AuditActor = { kind: 'system' };

export function createTicketQueue(deps: QueueDeps): TicketQueue {
  const { store, audit, now, logger, listener } = deps;
  const held: Array<{ request: RaiseRequest; ticket: Ticket }> = [];
  let tickTimer: NodeJS.Timeout | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let ticking: Promise<unknown> | undefined;
  let flushing: Promise<number> | undefined;

  const newTicket = (request: RaiseRequest): Ticket => {
    const at = now();
    return {
      id: randomUUID(),
      version: 1,
      conversationId: request.conversationId,
      priority: request.priority,
      kind: request.kind,
      categories: [...new Set(request.categories)],
      lang: request.lang,
      status: 'waiting',
      createdAt: at,
      waitingSince: at,
      notes: [],
      alerts: 0,
      ...(request.messageId ? { messageId: request.messageId } : {}),
      ...(request.callback ? { callback: request.callback } : {}),
    };
  };

  /** Audit of what the system did by itself: recorded when possible, never blocking a ticket. */
  const auditSystem = (input: Omit<AuditInput, 'actor'>) => {
    audit.record({ actor: SYSTEM, ...input }).catch((error: unknown) => {
      logger.error({ err: { message: String(error) }, action: input.action }, 'audit entry not written');
    });
  };

  /** load → transition → compare-and-set, again from the top when someone else changed the ticket first. */
  const applyEvent = async (
    id: string,
    event: TicketEvent,
    authorize?: (ticket: Ticket) => void | Promise<void>,
  ): Promise<{ before: Ticket; after: Ticket; changed: boolean }> => {
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt += 1) {
      const before = await store.tickets.get(id);
      if (!before) throw new TicketActionError({ code: 'not_found' });
      await authorize?.(before);
      const result = transition(before, event);
      if (!result.ok) throw new TicketActionError(result);
      if (!result.changed) return { before, after: before, changed: false };
      if (await store.tickets.compareAndSet(result.ticket, before.version)) {
        return { before, after: result.ticket, changed: true };
      }
    }
    throw new TicketActionError({ code: 'conflict' });
  };

  const write = async (request: RaiseRequest, ticket: Ticket): Promise<RaiseOutcome> => {
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt += 1) {
      const created = await store.tickets.create(ticket);
      if (created.created) {
        listener.changed(ticket, 'created');
        auditSystem({
          action: 'ticket.create',
          target: { kind: 'ticket', id: ticket.id },
          details: { priority: ticket.priority, kind: ticket.kind, conversation: ticket.conversationId },
        });
        return { held: false, ticket, created: true, upgraded: false };
      }
      if (created.existingId === ticket.id) {
        // Written by an earlier attempt whose answer was lost.
        const existing = await store.tickets.get(ticket.id);
        if (existing) return { held: false, ticket: existing, created: false, upgraded: false };
      }
      try {
        const raise: TicketEvent = {
          type: 'raise',
          priority: request.priority,
          kind: request.kind,
          categories: request.categories,
          at: now(),
          ...(request.messageId ? { messageId: request.messageId } : {}),
          ...(request.callback ? { callback: request.callback } : {}),
        };
        const { before, after, changed } = await applyEvent(created.existingId, raise);
        const upgraded = after.priority !== before.priority;
        if (changed) listener.changed(after, 'updated');
        if (upgraded) listener.alerted(after, 'realert');
        return { held: false, ticket: after, created: false, upgraded };
      } catch (error) {
        // Resolved (or gone) between the two reads: the conversation is free for a new ticket.
        if (
          error instanceof TicketActionError &&
          ['ticket_resolved', 'not_found'].includes(error.problem.code)
        )
          continue;
        throw error;
      }
    }
    throw new Error('the ticket could not be written after repeated conflicts');
  };

  const scheduleRetry = () => {
    if (retryTimer || held.length === 0) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void queue.flushHeld();
    }, deps.retryMs ?? 1000);
    retryTimer.unref();
  };

  const queue: TicketQueue = {
    async raise(request) {
      const ticket = newTicket(request);
      if (held.length === 0) {
        try {
          return await write(request, ticket);
        } catch (error) {
          logger.error(
            {
              err: { message: String(error) },
              conversationId: request.conversationId,
              priority: request.priority,
            },
            'ticket held in memory: the store did not answer; it will be written when it does',
          );
        }
      }
      // Behind tickets already held, so the queue keeps its order.
      held.push({ request, ticket });
      scheduleRetry();
      return { held: true, ticket };
    },

    async act(id, event, options) {
      const { before, after, changed } = await applyEvent(id, event, options.authorize);
      if (!changed) return { before, ticket: after, changed };
      try {
        await audit.record({
          actor: options.actor,
          action: `ticket.${event.type}`,
          target: { kind: 'ticket', id },
          details: { priority: after.priority, ...options.details },
        });
      } catch (error) {
        // Fail closed: a change that is not in the audit log is undone.
        await store.tickets
          .compareAndSet({ ...before, version: after.version + 1 }, after.version)
          .catch(() => false);
        throw error;
      }
      listener.changed(after, 'updated');
      return { before, ticket: after, changed };
    },

    get: (id) => store.tickets.get(id),
    list: (filter, limit) => store.tickets.list(filter, limit),

    async checkServiceLevels() {
      const sent: Array<{ ticket: Ticket; level: AlertLevel }> = [];
      const at = now();
      for (const ticket of await store.tickets.list('waiting')) {
        const level = serviceLevelDue(ticket, at, deps.levels);
        if (!level) continue;
        try {
          // Several processes run this timer: the compare-and-set lets exactly one of them alert.
          const attempt = transition(ticket, { type: 'alert', level, at });
          if (!attempt.ok || !(await store.tickets.compareAndSet(attempt.ticket, ticket.version))) continue;
          sent.push({ ticket: attempt.ticket, level });
          listener.alerted(attempt.ticket, level);
          if (level === 'supervisor') {
            logger.warn(
              { ticketId: ticket.id, priority: ticket.priority },
              'emergency unclaimed: supervisor alerted',
            );
            auditSystem({
              action: 'ticket.supervisor_alert',
              target: { kind: 'ticket', id: ticket.id },
              details: { alerts: attempt.ticket.alerts },
            });
          }
        } catch (error) {
          logger.error(
            { err: { message: String(error) }, ticketId: ticket.id },
            'service-level alert failed',
          );
        }
      }
      return sent;
    },

    flushHeld() {
      flushing ??= (async () => {
        try {
          while (held.length > 0) {
            const next = held[0];
            if (!next) break;
            await write(next.request, next.ticket);
            held.shift();
            logger.info({ ticketId: next.ticket.id, stillHeld: held.length }, 'held ticket written');
          }
        } catch {
          scheduleRetry();
        } finally {
          flushing = undefined;
        }
        return held.length;
      })();
      return flushing;
    },

    heldCount: () => held.length,

    start() {
      if (tickTimer) return;
      tickTimer = setInterval(() => {
        if (ticking) return;
        ticking = queue
          .checkServiceLevels()
          .catch((error: unknown) =>
            logger.error({ err: { message: String(error) } }, 'service-level timer failed'),
          )
          .finally(() => {
            ticking = undefined;
          });
      }, deps.tickMs ?? 1000);
      tickTimer.unref();
    },

    async stop() {
      clearInterval(tickTimer);
      tickTimer = undefined;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      await ticking;
      if (held.length > 0) {
        const left = await queue.flushHeld();
        if (left > 0) logger.error({ held: left }, 'stopping with tickets the store never accepted');
      }
    },
  };
  return queue;
}
