import { AppError } from '../http/errors.js';
import type { TicketActionError } from '../escalation/queue.js';

/** A refused ticket change as the API answers it: stable code, right status, and who holds the ticket. */
export function ticketProblem(error: TicketActionError): AppError {
  const problem = error.problem;
  switch (problem.code) {
    case 'already_claimed':
      return new AppError(409, 'already_claimed', `${problem.holder.name} has already claimed this ticket.`, {
        holder: problem.holder.email,
        holderName: problem.holder.name,
      });
    case 'not_holder':
      return new AppError(409, 'not_holder', `${problem.holder.name} holds this ticket.`, {
        holder: problem.holder.email,
        holderName: problem.holder.name,
      });
    case 'ticket_resolved':
      return new AppError(409, 'ticket_resolved', 'This ticket is already resolved.');
    case 'not_claimed':
      return new AppError(409, 'not_claimed', 'Claim this ticket first.');
    case 'not_waiting':
      return new AppError(409, 'not_waiting', 'This ticket is not waiting.');
    case 'same_person':
      return new AppError(400, 'same_person', 'This ticket is already theirs.');
    case 'not_found':
      return new AppError(404, 'not_found', 'This ticket does not exist.');
    case 'conflict':
      return new AppError(
        409,
        'conflict',
        'Someone changed this ticket at the same moment. Please try again.',
      );
  }
}
