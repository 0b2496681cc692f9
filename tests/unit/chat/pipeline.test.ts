import { describe, expect, test } from '@jest/globals';
import { createPipeline, type Stage, type TurnReply } from '../../../server/chat/pipeline.js';
import { streamPieces } from '../../../server/chat/replies.js';
import { FloodGuard } from '../../../server/chat/floodGuard.js';
import { parsePatientMessage } from '../../../server/chat/patientMessage.js';
import { issueToken, parseToken, secretMatches } from '../../../server/chat/conversationToken.js';

const reply = (text: string): TurnReply => ({ outcome: 'answered', text, lang: 'en', sources: [] });

function recordingStage(name: string, log: string[], stopWith?: TurnReply): Stage {
  return {
    name,
    run() {
      log.push(name);
      return stopWith ? { kind: 'stop', reply: stopWith } : { kind: 'continue' };
    },
  };
}

describe('the chat pipeline', () => {
  test('runs stages in order and stops at the first that gives a reply', async () => {
    const log: string[] = [];
    const pipeline = createPipeline(
      [
        recordingStage('screen', log),
        recordingStage('answer', log, reply('hi')),
        recordingStage('never', log),
      ],
      () => 0,
    );
    const result = await pipeline.run({ conversationId: 'c', messageId: 'm', text: 'hello' });
    expect(log).toEqual(['screen', 'answer']);
    expect(result.reply.text).toBe('hi');
    expect(result.trace.map((r) => [r.stage, r.decision])).toEqual([
      ['screen', 'continue'],
      ['answer', 'stop'],
    ]);
  });

  test('records how long each stage took from the given clock', async () => {
    let clock = 0;
    const slow: Stage = {
      name: 'slow',
      run: () => {
        clock += 5;
        return { kind: 'stop', reply: reply('done') };
      },
    };
    const result = await createPipeline([slow], () => clock).run({
      conversationId: 'c',
      messageId: 'm',
      text: 'x',
    });
    expect(result.trace).toEqual([{ stage: 'slow', decision: 'stop', ms: 5 }]);
  });

  test('a pipeline whose stages never reply is a programming error, not a silent empty reply', async () => {
    const pipeline = createPipeline([recordingStage('only', [])], () => 0);
    await expect(pipeline.run({ conversationId: 'c', messageId: 'm', text: 'x' })).rejects.toThrow(
      /without a reply/,
    );
  });

  test('the stage list is fixed once built', () => {
    const stages = [recordingStage('a', [])];
    const pipeline = createPipeline(stages, () => 0);
    stages.push(recordingStage('b', []));
    expect(pipeline.stages).toEqual(['a']);
  });
});

describe('streaming pieces', () => {
  test.each([
    ['One sentence. Two sentences.', ['One sentence. Two sentences.']],
    ['NPO: nothing by mouth.\n\nAsk your team.', ['NPO: nothing by mouth.\n\n', 'Ask your team.']],
    ['A.\n\nB.\n\n\nC.', ['A.\n\n', 'B.\n\n\n', 'C.']],
    ['Take 0.5 mg daily.\nThen rest.', ['Take 0.5 mg daily.\nThen rest.']],
    ['请不要吃东西。\n\n请问医生。', ['请不要吃东西。\n\n', '请问医生。']],
    ['', []],
  ])('%j is streamed as %j and nothing is lost', (text, pieces) => {
    expect(streamPieces(text)).toEqual(pieces);
    expect(streamPieces(text).join('')).toBe(text);
  });
});

describe('the flood guard', () => {
  test('allows the limit within the window, refuses the next, and forgets old messages', () => {
    let now = 0;
    const guard = new FloodGuard(3, 1000, () => now);
    expect([guard.allow(), guard.allow(), guard.allow(), guard.allow()]).toEqual([true, true, true, false]);
    now = 999;
    expect(guard.allow()).toBe(false);
    now = 1000;
    expect(guard.allow()).toBe(true);
  });
});

describe('patient message validation', () => {
  test.each([
    [
      { text: 'hi', clientMsgId: '1' },
      { ok: true, message: { text: 'hi', clientMsgId: '1' } },
    ],
    [
      { text: 'hola', lang: 'es-MX', clientMsgId: '1' },
      { ok: true, message: { text: 'hola', lang: 'es', clientMsgId: '1' } },
    ],
    [
      { text: 'hi', lang: 'fr', clientMsgId: '1' },
      { ok: true, message: { text: 'hi', clientMsgId: '1' } },
    ],
    [
      { text: '', clientMsgId: '1' },
      { ok: false, problem: 'empty_message' },
    ],
    [
      { text: 'x'.repeat(2001), clientMsgId: '1' },
      { ok: false, problem: 'message_too_long' },
    ],
    [
      { text: 'y'.repeat(2000), clientMsgId: '1' },
      { ok: true, message: { text: 'y'.repeat(2000), clientMsgId: '1' } },
    ],
    [
      { text: ['hi'], clientMsgId: '1' },
      { ok: false, problem: 'invalid_message' },
    ],
    [
      { text: 'hi', clientMsgId: '' },
      { ok: false, problem: 'invalid_message' },
    ],
    [undefined, { ok: false, problem: 'invalid_message' }],
  ])('%# %j', (payload, expected) => {
    expect(parsePatientMessage(payload)).toEqual(expected);
  });
});

describe('conversation tokens', () => {
  test('a token resumes only with its own secret', () => {
    const issued = issueToken();
    const parsed = parseToken(issued.token);
    expect(parsed?.conversationId).toBe(issued.conversationId);
    expect(parsed && secretMatches(parsed.secret, issued.secretHash)).toBe(true);
    const other = issueToken();
    expect(parsed && secretMatches(parsed.secret, other.secretHash)).toBe(false);
  });

  test.each([undefined, 42, '', 'not-a-token', `${'a'.repeat(36)}.short`])('%j is not a token', (value) => {
    expect(parseToken(value)).toBeUndefined();
  });
});
