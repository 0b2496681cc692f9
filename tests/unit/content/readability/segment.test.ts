import { describe, expect, test } from '@jest/globals';
import { splitSentences } from '../../../../content/readability/index.js';

const texts = (text: string, lang: 'en' | 'es' | 'zh' = 'en'): string[] =>
  splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  test.each([
    ['Take 0.5 mg daily. Call us if worse.', ['Take 0.5 mg daily.', 'Call us if worse.']],
    ['See Dr. Lee on Monday. Bring your pills.', ['See Dr. Lee on Monday.', 'Bring your pills.']],
    ['Metoprolol 25 mg p.o. b.i.d. with food.', ['Metoprolol 25 mg p.o. b.i.d. with food.']],
    ['Take approx. 5 mL. Then rest.', ['Take approx. 5 mL.', 'Then rest.']],
    [
      'Do NOT take with alcohol! Is that clear? Yes.',
      ['Do NOT take with alcohol!', 'Is that clear?', 'Yes.'],
    ],
    ['DISCHARGE INSTRUCTIONS\nDIET: Low salt diet', ['DISCHARGE INSTRUCTIONS', 'DIET: Low salt diet']],
    ['1. Aspirin 81 mg daily\n2. Stop ibuprofen.', ['Aspirin 81 mg daily', 'Stop ibuprofen.']],
    ['- fever\n- chills', ['fever', 'chills']],
    [
      'Medication   Dose   Route\nWarfarin   5 mg   PO',
      ['Medication   Dose   Route', 'Warfarin   5 mg   PO'],
    ],
    ['He said "stop." Then left.', ['He said "stop."', 'Then left.']],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('Chinese sentences end at full-width marks with no space after them', () => {
    expect(texts('每天服用两次。如果胸痛，请拨打120！', 'zh')).toEqual([
      '每天服用两次。',
      '如果胸痛，请拨打120！',
    ]);
  });

  test('offsets point into the text', () => {
    const text = 'Rest today.  Walk tomorrow.';
    for (const s of splitSentences(text, 'en')) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
