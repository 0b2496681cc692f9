import type { Stage } from '../pipeline.js';
import type { RedactorPort } from '../ports.js';

/** Replaces names, numbers and other PHI with placeholders before any answer engine sees the text. */
export function redactStage(redactor: RedactorPort): Stage {
  return {
    name: 'redact',
    run(state) {
      state.redacted = redactor.redact(state.input.text);
      return { kind: 'continue' };
    },
  };
}
