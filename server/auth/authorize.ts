import type { AuditLog } from '../audit/auditLog.js';
import { AppError, errors } from '../http/errors.js';
import type { Logger } from '../logger.js';
import type { StaffRef, Ticket } from '../store/staffRecords.js';
import { can, mayEver, type Action } from './policy.js';

export type Authorize = (
  actor: StaffRef,
  action: Action,
  options?: { ticket?: Ticket; where?: string },
) => Promise<void>;

/** Denial messages for people; the ticket's holder is named so the person knows whom to ask. */
function denial(actor: StaffRef, action: Action, ticket: Ticket | undefined): AppError {
  if (!mayEver(actor.role, action)) return errors.forbidden();
  if (ticket?.assignee && ticket.assignee.id !== actor.id) {
    return new AppError(
      403,
      'not_holder',
      `${ticket.assignee.name} holds this ticket. Ask them, or an admin, to transfer it to you.`,
      {
        holder: ticket.assignee.email,
        holderName: ticket.assignee.name,
      },
    );
  }
  if (action === 'conversation.send') {
    return new AppError(403, 'not_joined', 'Join the conversation before writing to the patient.');
  }
  return new AppError(403, 'not_holder', 'Claim this ticket first.');
}

/**
 * Asks the policy; a refusal is logged and audited (who, what, where) and thrown as a 403.
 * An audit failure does not turn a refusal into a permission.
 */
export function createAuthorizer(deps: { audit: AuditLog; logger: Logger }): Authorize {
  return async (actor, action, options = {}) => {
    if (can(actor, action, options.ticket)) return;
    deps.logger.warn(
      {
        event: 'authorisation_denied',
        userId: actor.id,
        role: actor.role,
        action,
        where: options.where,
        ticketId: options.ticket?.id,
      },
      'authorisation denied',
    );
    await deps.audit
      .record({
        actor: { kind: 'staff', id: actor.id, email: actor.email, role: actor.role },
        action: 'access.denied',
        outcome: 'denied',
        ...(options.ticket ? { target: { kind: 'ticket' as const, id: options.ticket.id } } : {}),
        details: { action, ...(options.where ? { where: options.where } : {}) },
      })
      .catch((error: unknown) =>
        deps.logger.error({ err: { message: String(error) } }, 'audit entry not written'),
      );
    throw denial(actor, action, options.ticket);
  };
}
