import { describe, expect, test } from '@jest/globals';
import type { TurnState } from '../../../server/chat/pipeline.js';
import type { Draft, OutputCheckPort } from '../../../server/chat/ports.js';
import { checkStage } from '../../../server/chat/stages/check.js';

const t = (_lang: string, key: string) => `<${key}>`;

function stateWith(draft: Draft): TurnState {
  return { input: { conversationId: 'c', messageId: 'm', text: 'q' }, lang: 'en', draft };
}

const answered = (text: string, grounding: string): Draft => ({
  outcome: 'answered',
  text,
  grounding,
  engine: 'llm',
  sources: [{ id: 's', title: 's', lang: 'en' }],
});

describe('the check stage', () => {
  const calls: Array<[string, string]> = [];
  const addsTenMg: OutputCheckPort = (source, output) => {
    calls.push([source, output]);
    return {
      preserved: !output.includes('10 mg'),
      missing: [],
      added: output.includes('10 mg') ? ['10 mg'] : [],
    };
  };
  const stage = checkStage({ checkOutput: addsTenMg, t });

  test('an answer that adds a dose its grounding lacks is replaced by the honest no-answer', async () => {
    const state = stateWith(answered('Take 10 mg.', 'Take your medicine.'));
    await stage.run(state);
    expect(state.draft).toMatchObject({
      outcome: 'no_answer',
      text: '<server:answer.no_answer>',
      sources: [],
    });
  });

  test('a grounded answer goes through unchanged', async () => {
    const draft = answered('Take your medicine.', 'Take your medicine with food.');
    const state = stateWith(draft);
    await stage.run(state);
    expect(state.draft).toBe(draft);
  });

  test('vetted text quoted whole needs no comparison', async () => {
    calls.length = 0;
    const draft = answered('NPO: nothing by mouth.', 'NPO: nothing by mouth.');
    const state = stateWith(draft);
    await stage.run(state);
    expect(state.draft).toBe(draft);
    expect(calls).toEqual([]);
  });

  test('a check that fails to run counts as a failed check', async () => {
    const broken = checkStage({
      checkOutput: () => {
        throw new Error('pattern error');
      },
      t,
    });
    const state = stateWith(answered('Take it.', 'Take them.'));
    await broken.run(state);
    expect(state.draft?.outcome).toBe('no_answer');
  });
});
