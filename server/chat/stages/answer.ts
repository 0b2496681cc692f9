import type { Stage } from '../pipeline.js';
import type { Answerer } from '../ports.js';

export function answerStage(answerer: Answerer): Stage {
  return {
    name: 'answer',
    async run(state) {
      if (!state.redacted) throw new Error('the answer stage needs the redact stage before it');
      state.draft = await answerer.answer({
        text: state.redacted.text,
        lang: state.lang,
        hints: state.screening?.categories ?? [],
      });
      return { kind: 'continue' };
    },
  };
}
