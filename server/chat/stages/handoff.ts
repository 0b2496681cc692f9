import { asksForPerson } from '../../escalation/askForPerson.js';
import type { Translate } from '../../i18n.js';
import type { Stage } from '../pipeline.js';

export interface HandoffStageDeps {
  t: Translate;
  /** Whether a staff member is in the conversation; absent where no staff side runs (the `ask` CLI). */
  staffInChat?: (conversationId: string) => Promise<boolean>;
}

/**
 * Runs right after screening, so red flags are still caught on every message. While a person from
 * staff is in the conversation the assistant stays quiet (the reply is marked `quiet`: nothing is
 * sent, staff answer). A patient asking for a person ("talk to a nurse", "hablar con alguien") is
 * answered and handed to staff. If the store cannot say whether staff are in the chat, the
 * assistant answers: a patient is never left without a reply.
 */
export function handoffStage(deps: HandoffStageDeps): Stage {
  return {
    name: 'handoff',
    async run(state) {
      if (deps.staffInChat) {
        const inChat = await deps.staffInChat(state.input.conversationId).catch(() => false);
        if (inChat)
          return {
            kind: 'stop',
            reply: { outcome: 'handoff', text: '', lang: state.lang, sources: [], quiet: true },
          };
      }
      if (asksForPerson(state.input.text) === undefined) return { kind: 'continue' };
      return {
        kind: 'stop',
        reply: {
          outcome: 'handoff',
          text: deps.t(state.lang, 'handoff:asked'),
          lang: state.lang,
          sources: [],
          escalate: { priority: 'request', categories: [] },
        },
      };
    },
  };
}
