import { describe, expect, test } from '@jest/globals';
import type { TurnState } from '../../../server/chat/pipeline.js';
import { handoffStage } from '../../../server/chat/stages/handoff.js';

const t = (lang: string, key: string) => `${lang}:${key}`;
const state = (text: string): TurnState => ({
  input: { conversationId: 'c1', messageId: 'm1', text },
  lang: 'es',
});

describe('the handoff stage', () => {
  test('while staff are in the conversation the assistant stays quiet', async () => {
    const stage = handoffStage({ t, staffInChat: () => Promise.resolve(true) });
    await expect(stage.run(state('what does NPO mean?'))).resolves.toEqual({
      kind: 'stop',
      reply: { outcome: 'handoff', text: '', lang: 'es', sources: [], quiet: true },
    });
  });

  test('asking for a person is answered in the patient’s language and raises a request', async () => {
    const stage = handoffStage({ t, staffInChat: () => Promise.resolve(false) });
    await expect(stage.run(state('quiero hablar con alguien'))).resolves.toEqual({
      kind: 'stop',
      reply: {
        outcome: 'handoff',
        text: 'es:handoff:asked',
        lang: 'es',
        sources: [],
        escalate: { priority: 'request', categories: [] },
      },
    });
  });

  test('anything else goes on to the answer', async () => {
    const stage = handoffStage({ t, staffInChat: () => Promise.resolve(false) });
    await expect(stage.run(state('what does NPO mean?'))).resolves.toEqual({ kind: 'continue' });
  });

  test('when the store cannot say, the assistant answers rather than leave the patient without a reply', async () => {
    const stage = handoffStage({ t, staffInChat: () => Promise.reject(new Error('down')) });
    await expect(stage.run(state('what does NPO mean?'))).resolves.toEqual({ kind: 'continue' });
  });

  test('without a staff side (the ask command) a request for a person is still recognised', async () => {
    await expect(handoffStage({ t }).run(state('can I talk to a nurse'))).resolves.toMatchObject({
      kind: 'stop',
      reply: { outcome: 'handoff' },
    });
  });
});
