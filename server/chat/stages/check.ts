import type { Translate } from '../../i18n.js';
import type { Stage } from '../pipeline.js';
import type { OutputCheckPort } from '../ports.js';

/**
 * An answer may only state facts (doses, numbers, medicines, dates, warning signs) that its vetted
 * grounding states. One that adds any is not sent: the patient gets the honest "cannot answer"
 * reply instead. A check that fails to run counts as a failed check.
 */
export function checkStage(deps: { checkOutput: OutputCheckPort; t: Translate }): Stage {
  return {
    name: 'check',
    run(state) {
      const draft = state.draft;
      if (!draft) throw new Error('the check stage needs a draft answer');
      if (draft.outcome !== 'answered') return { kind: 'continue' };
      // Text that is its own grounding (vetted explanations quoted whole) cannot add a fact to it.
      if (draft.text === draft.grounding) return { kind: 'continue' };
      let grounded: boolean;
      try {
        grounded = deps.checkOutput(draft.grounding, draft.text, { lang: state.lang }).added.length === 0;
      } catch {
        grounded = false;
      }
      if (!grounded) {
        state.draft = {
          outcome: 'no_answer',
          text: deps.t(state.lang, 'server:answer.no_answer'),
          engine: draft.engine,
          sources: [],
          grounding: '',
        };
      }
      return { kind: 'continue' };
    },
  };
}
