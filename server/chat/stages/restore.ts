import type { Stage } from '../pipeline.js';
import type { RedactorPort } from '../ports.js';

/** The last stage: puts the patient's own details back and hands the reply to the chat. */
export function restoreStage(redactor: RedactorPort): Stage {
  return {
    name: 'restore',
    run(state) {
      const draft = state.draft;
      if (!draft) throw new Error('the restore stage needs a checked answer');
      const text = state.redacted ? redactor.restore(draft.text, state.redacted.map) : draft.text;
      return {
        kind: 'stop',
        reply: {
          outcome: draft.outcome,
          text,
          lang: state.lang,
          engine: draft.engine,
          sources: draft.sources,
          ...(draft.outcome === 'handoff'
            ? { escalate: { priority: 'request' as const, categories: [] } }
            : {}),
        },
      };
    },
  };
}
