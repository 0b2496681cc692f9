import type { Lang } from '../../client/shared/languages.js';
import type { HandoffState } from '../../client/shared/protocol.js';
import type { EscalationRequest, Escalator } from '../chat/escalator.js';
import type { PatientHandoff } from '../escalation/patientHandoff.js';
import type { RaiseOutcome, TicketQueue } from '../escalation/queue.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import type { PatientSide } from './patientSide.js';
import type { StaffPresence } from './presence.js';

/**
 * The patient's road to a person: a red flag, the "Talk to a person" button, "hablar con alguien"
 * typed in the chat, or a call-back request. Each becomes a ticket (or joins the conversation's
 * open one) and the patient is told, in their language, what happens next: someone will join, or
 * nobody is online (phone numbers, and the offer of a call-back).
 */

export interface Handoff extends PatientHandoff {
  /** The chat's escalator: red flags raise tickets; a request for a person goes through `requestHuman`. */
  readonly escalator: Escalator;
}

export function createHandoff(deps: {
  store: Store;
  queue: TicketQueue;
  presence: StaffPresence;
  side: () => PatientSide | undefined;
  logger: Logger;
  hospitalPhone: string | undefined;
}): Handoff {
  const { store, queue, presence, logger } = deps;
  const noStaffKey = deps.hospitalPhone
    ? 'handoff:no_staff.with_hospital'
    : 'handoff:no_staff.emergency_only';

  /** When presence cannot be read, nobody is assumed online: the patient gets the phone numbers. */
  const anyoneOnline = () =>
    presence.anyoneOnline().catch((error: unknown) => {
      logger.error(
        { err: { message: String(error) } },
        'staff presence unknown; telling the patient nobody is online',
      );
      return false;
    });

  const tell = async (conversationId: string, lang: Lang, state: HandoffState) => {
    const side = deps.side();
    if (!side) return;
    side.handoff(conversationId, state);
    await side.notice(conversationId, lang, state === 'no_staff' ? noStaffKey : 'handoff:waiting');
  };

  const requestHuman: PatientHandoff['requestHuman'] = async ({ conversationId, lang }) => {
    const open = await store.tickets.openFor(conversationId).catch(() => undefined);
    if (open?.joinedAt !== undefined) {
      deps.side()?.handoff(conversationId, 'joined', open.assignee?.name);
      return 'joined';
    }
    const online = await anyoneOnline();
    if (online)
      await queue.raise({ conversationId, priority: 'request', kind: 'request', categories: [], lang });
    const state: HandoffState = online ? 'waiting' : 'no_staff';
    await tell(conversationId, lang, state);
    return state;
  };

  const afterRaise = async (request: EscalationRequest, outcome: RaiseOutcome) => {
    // A red flag in a conversation that already has a ticket: the patient has been told before.
    if (!outcome.held && !outcome.created) return;
    await tell(request.conversationId, request.lang, (await anyoneOnline()) ? 'waiting' : 'no_staff');
  };

  return {
    async staffInChat(conversationId) {
      return (await store.tickets.openFor(conversationId))?.joinedAt !== undefined;
    },
    requestHuman,
    async requestCallback({ conversationId, lang }, request) {
      const outcome = await queue.raise({
        conversationId,
        priority: 'request',
        kind: 'callback',
        categories: [],
        lang,
        callback: { phone: request.phone, ...(request.note ? { note: request.note } : {}) },
      });
      await deps.side()?.notice(conversationId, lang, 'handoff:callback.confirmed');
      return outcome.ticket.id;
    },
    relay(message) {
      deps.side()?.relay(message);
    },
    escalator: {
      async raise(request) {
        if (request.priority === 'request') {
          await requestHuman({ conversationId: request.conversationId, lang: request.lang });
          return;
        }
        const outcome = await queue.raise({
          conversationId: request.conversationId,
          messageId: request.messageId,
          priority: request.priority,
          kind: 'red_flag',
          categories: request.categories,
          lang: request.lang,
        });
        await afterRaise(request, outcome);
      },
    },
  };
}
