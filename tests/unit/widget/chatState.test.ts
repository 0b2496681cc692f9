import { describe, expect, test } from '@jest/globals';
import {
  awaitingReply,
  chatReducer,
  EMPTY_CHAT,
  pinnedEmergency,
  queuedMessages,
  type ChatAction,
  type ChatState,
} from '../../../client/widget/frame/chat/state.js';
import type { HistoryMessage, Reply } from '../../../client/shared/protocol.js';

/** The conversation as the widget shows it, driven by the same actions the socket and the patient cause. */

const T0 = '2026-11-26T10:00:00.000Z';

function run(actions: ChatAction[], from: ChatState = EMPTY_CHAT): ChatState {
  return actions.reduce(chatReducer, from);
}

const send = (clientMsgId: string, text: string, online = true): ChatAction => ({
  type: 'send',
  clientMsgId,
  text,
  online,
  createdAt: T0,
});

function reply(overrides: Partial<Reply> & Pick<Reply, 'id'>): ChatAction {
  return {
    type: 'reply',
    event: { kind: 'answered', text: 'An answer.', lang: 'en', dir: 'ltr', createdAt: T0, ...overrides },
  };
}

function history(
  messages: Array<Partial<HistoryMessage> & Pick<HistoryMessage, 'id' | 'role' | 'text'>>,
): ChatAction {
  return { type: 'history', messages: messages.map((m) => ({ createdAt: T0, ...m })) };
}

describe('a patient message and its status', () => {
  test.each([
    ['sent on a live connection', 'sent', [send('c1', 'hi')]],
    ['written while offline', 'queued', [send('c1', 'hi', false)]],
    [
      'queued, then sent when the connection is back',
      'sent',
      [send('c1', 'hi', false), { type: 'sent', clientMsgId: 'c1' }],
    ],
    [
      'acknowledged by the server',
      'delivered',
      [send('c1', 'hi'), { type: 'ack', clientMsgId: 'c1', id: 's1' }],
    ],
    [
      'refused by the server',
      'failed',
      [send('c1', 'hi'), { type: 'fail', clientMsgId: 'c1', error: 'Too fast' }],
    ],
    [
      'retried after failing',
      'sent',
      [send('c1', 'hi'), { type: 'fail', clientMsgId: 'c1' }, send('c1', 'hi')],
    ],
    [
      'a late failure after the ack does not undo delivery',
      'delivered',
      [send('c1', 'hi'), { type: 'ack', clientMsgId: 'c1', id: 's1' }, { type: 'fail', clientMsgId: 'c1' }],
    ],
  ] as Array<[string, string, ChatAction[]]>)('%s → %s', (_name, status, actions) => {
    const state = run(actions);
    expect(state.items).toHaveLength(1);
    expect(state.items[0]?.status).toBe(status);
  });

  test('a retry keeps the same client id and its place, and clears the old error', () => {
    const state = run([
      send('c1', 'first'),
      { type: 'fail', clientMsgId: 'c1', error: 'Not saved' },
      send('c2', 'second'),
      send('c1', 'first'),
    ]);
    expect(state.items.map((i) => [i.clientMsgId, i.status, i.error])).toEqual([
      ['c1', 'sent', undefined],
      ['c2', 'sent', undefined],
    ]);
  });

  test('the server error sentence is kept to show as is', () => {
    const state = run([
      send('c1', 'hi'),
      { type: 'fail', clientMsgId: 'c1', error: 'Espere unos segundos.' },
    ]);
    expect(state.items[0]?.error).toBe('Espere unos segundos.');
  });

  test('queued messages are the ones to send when the connection comes back, in order', () => {
    const state = run([send('a', '1', false), send('b', '2'), send('c', '3', false)]);
    expect(queuedMessages(state).map((i) => i.clientMsgId)).toEqual(['a', 'c']);
  });

  test("the patient's own words take their direction from the text (dir=auto)", () => {
    expect(run([send('c1', 'مرحبا')]).items[0]?.dir).toBe('auto');
  });
});

describe('streamed replies', () => {
  const start: ChatAction = {
    type: 'reply:start',
    event: { id: 'r1', inReplyTo: 's1', kind: 'answered', lang: 'es' },
  };

  test('text appears as it comes, then the whole reply replaces it', () => {
    let state = run([send('c1', 'hola'), { type: 'ack', clientMsgId: 'c1', id: 's1' }, start]);
    expect(state.items[1]).toMatchObject({ id: 'r1', text: '', streaming: true, lang: 'es', dir: 'ltr' });
    state = run([{ type: 'reply:delta', event: { id: 'r1', text: 'NPO: nada ' } }], state);
    state = run([{ type: 'reply:delta', event: { id: 'r1', text: 'por la boca.' } }], state);
    expect(state.items[1]?.text).toBe('NPO: nada por la boca.');
    const sources = [{ id: 'x', title: 'NPO', lang: 'es' as const }];
    state = run(
      [reply({ id: 'r1', inReplyTo: 's1', text: 'NPO: nada por la boca.', lang: 'es', sources })],
      state,
    );
    expect(state.items[1]?.streaming).toBeUndefined();
    expect(state.items[1]?.sources).toEqual([{ id: 'x', title: 'NPO', lang: 'es' }]);
    expect(state.items).toHaveLength(2);
  });

  test('a repeated start (a replay after reconnecting) does not add a second reply', () => {
    expect(run([start, start]).items).toHaveLength(1);
  });

  test('a delta whose start was lost still shows', () => {
    const state = run([{ type: 'reply:delta', event: { id: 'r9', text: 'Part' } }]);
    expect(state.items[0]).toMatchObject({ id: 'r9', text: 'Part', streaming: true });
  });

  test('an Arabic reply is right-to-left', () => {
    const state = run([reply({ id: 'r1', lang: 'ar', dir: 'rtl', text: 'NPO تعني لا شيء عن طريق الفم' })]);
    expect(state.items[0]).toMatchObject({ dir: 'rtl', lang: 'ar' });
  });

  test('a reply proves its question arrived when the ack was lost', () => {
    // The server id is known (the ack reached another tab of the same conversation), the status is not.
    const state = run([send('c1', 'hi'), { type: 'fail', clientMsgId: 'c1' }]);
    const withId = { items: state.items.map((i) => ({ ...i, id: 's1' })) };
    const after = run([reply({ id: 'r1', inReplyTo: 's1' })], withId);
    expect(after.items[0]?.status).toBe('delivered');
    expect(after.items[0]?.error).toBeUndefined();
  });

  test.each([
    ['staff', 'staff'],
    ['notice', 'system'],
    ['no_answer', 'assistant'],
  ] as const)('a %s reply is shown as from %s', (kind, role) => {
    expect(run([reply({ id: 'r1', kind, author: 'Nurse Ana' })]).items[0]?.role).toBe(role);
  });
});

describe('typing and emergencies', () => {
  test.each([
    ['nothing said yet', false, []],
    ['a message on its way', true, [send('c1', 'hi')]],
    [
      'a message acknowledged, no answer yet',
      true,
      [send('c1', 'hi'), { type: 'ack', clientMsgId: 'c1', id: 's1' }],
    ],
    ['a message that failed', false, [send('c1', 'hi'), { type: 'fail', clientMsgId: 'c1' }]],
    ['an answer arrived', false, [send('c1', 'hi'), reply({ id: 'r1' })]],
  ] as Array<[string, boolean, ChatAction[]]>)(
    '%s: waiting for an answer = %s',
    (_name, waiting, actions) => {
      expect(awaitingReply(run(actions))).toBe(waiting);
    },
  );

  test('the newest emergency is the pinned one, however much is said after it', () => {
    const state = run([
      reply({ id: 'e1', kind: 'emergency', text: 'Call 911.' }),
      send('c1', 'more'),
      reply({ id: 'e2', kind: 'emergency', text: 'Call 988.' }),
      send('c2', 'and more'),
      reply({ id: 'r3', text: 'Later answer' }),
    ]);
    expect(pinnedEmergency(state)?.id).toBe('e2');
  });
});

describe('resync from the stored history', () => {
  test('stored messages replace what was shown, keeping details only live replies carry', () => {
    const live = run([
      send('c1', 'chest pain'),
      reply({
        id: 'e1',
        kind: 'emergency',
        inReplyTo: 's1',
        text: 'Call 911 now.',
        callNumbers: { emergency: '911' },
      }),
      { type: 'ack', clientMsgId: 'c1', id: 's1' },
    ]);
    const state = run(
      [
        history([
          { id: 's1', role: 'patient', text: 'chest pain', clientMsgId: 'c1' },
          {
            id: 'e1',
            role: 'assistant',
            kind: 'emergency',
            text: 'Call 911 now.',
            lang: 'en',
            inReplyTo: 's1',
          },
        ]),
      ],
      live,
    );
    expect(state.items.map((i) => [i.key, i.status ?? i.kind])).toEqual([
      ['c1', 'delivered'],
      ['e1', 'emergency'],
    ]);
    expect(state.items[1]?.callNumbers).toEqual({ emergency: '911' });
  });

  test('after a reload the history alone rebuilds the conversation', () => {
    const state = run([
      history([
        { id: 's1', role: 'patient', text: '¿Qué es NPO?', clientMsgId: 'c1', lang: 'es' },
        { id: 'r1', role: 'assistant', kind: 'answered', text: 'NPO: nada por la boca.', lang: 'es' },
        { id: 'r2', role: 'assistant', kind: 'answered', text: 'NPO تعني…', lang: 'ar' },
      ]),
    ]);
    expect(state.items.map((i) => [i.key, i.role, i.dir, i.status])).toEqual([
      ['c1', 'patient', 'auto', 'delivered'],
      ['r1', 'assistant', 'ltr', undefined],
      ['r2', 'assistant', 'rtl', undefined],
    ]);
  });

  test('what the server has not stored yet stays after the history: unsent, failed, streaming', () => {
    const shown = run([
      send('c1', 'stored'),
      { type: 'ack', clientMsgId: 'c1', id: 's1' },
      { type: 'reply:start', event: { id: 'r1', inReplyTo: 's1', kind: 'answered', lang: 'en' } },
      send('c2', 'offline', false),
      send('c3', 'refused'),
      { type: 'fail', clientMsgId: 'c3' },
    ]);
    const state = run([history([{ id: 's1', role: 'patient', text: 'stored', clientMsgId: 'c1' }])], shown);
    expect(state.items.map((i) => i.key)).toEqual(['c1', 'r1', 'c2', 'c3']);
  });

  test('a failed message the server did get is marked delivered by the history', () => {
    const shown = run([send('c1', 'hi'), { type: 'fail', clientMsgId: 'c1', error: 'connection lost' }]);
    const state = run([history([{ id: 's1', role: 'patient', text: 'hi', clientMsgId: 'c1' }])], shown);
    expect(state.items).toEqual([expect.objectContaining({ key: 'c1', id: 's1', status: 'delivered' })]);
    expect(state.items[0]?.error).toBeUndefined();
  });

  test('an emergency message is never dropped, even by an empty history (a new conversation)', () => {
    const shown = run([
      send('c1', 'I want to die'),
      reply({ id: 'e1', kind: 'emergency', inReplyTo: 's1', text: 'Call 988.' }),
      { type: 'ack', clientMsgId: 'c1', id: 's1' },
      send('c2', 'what is PRN'),
      { type: 'ack', clientMsgId: 'c2', id: 's2' },
      reply({ id: 'r2', inReplyTo: 's2', text: 'As needed.' }),
    ]);
    const state = run([history([])], shown);
    expect(state.items.map((i) => i.key)).toEqual(['c1', 'e1']);
    expect(pinnedEmergency(state)?.id).toBe('e1');
  });
});
