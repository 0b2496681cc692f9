import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { createRedactor } from '../../../../safety/phi/index.js';

const redactor = createRedactor();

/** (message, what the model may see). A reviewer extends this table with real message shapes. */
const CASES: Array<[string, string]> = [
  ['Hi, my name is Maria Lopez and I had surgery', 'Hi, my name is [NAME_1] and I had surgery'],
  ['my name is john smith', 'my name is [NAME_1]'],
  ["I'm Tired but I'm John", "I'm Tired but I'm [NAME_1]"],
  ['Mr. Smith said to call', 'Mr. [NAME_1] said to call'],
  ['my daughter Emma has a fever', 'my daughter [NAME_1] has a fever'],
  ['Rosa Martinez fell at home', '[NAME_1] fell at home'],
  ['call me at (555) 123-4567', 'call me at [PHONE_1]'],
  ['my cell is 555.123.4567 or +1 555 987 6543', 'my cell is [PHONE_1] or [PHONE_2]'],
  ['email maria.lopez@example.com please', 'email [EMAIL_1] please'],
  ['SSN 123-45-6789', 'SSN [SSN_1]'],
  ['MRN: A1234567', 'MRN: [MRN_1]'],
  ['my chart number is 00456789', 'my chart number is [MRN_1]'],
  ['DOB 03/14/1982', 'DOB [DOB_1]'],
  ['born on March 3, 1980', 'born on [DOB_1]'],
  ['I live at 123 Main St Apt 4B, Springfield, IL 62704', 'I live at [ADDRESS_1]'],
  ['zip code 90210', 'zip code [ZIP_1]'],
  ['me llamo Ana García y vivo en Calle Juárez 45', 'me llamo [NAME_1] y vivo en [ADDRESS_1]'],
  ['mi fecha de nacimiento es 5 de marzo de 1980', 'mi fecha de nacimiento es [DOB_1]'],
  ['我叫王小明，电话13812345678', '我叫[NAME_1]，电话[PHONE_1]'],
  ['李先生今天来复诊', '[NAME_1]先生今天来复诊'],
  ['제 이름은 김민수입니다. 생년월일 1980년 3월 3일', '제 이름은 [NAME_1]입니다. 생년월일 [DOB_1]'],
  ['010-1234-5678로 김민수 씨에게 연락 주세요', '[PHONE_1]로 [NAME_1] 씨에게 연락 주세요'],
  ['tên tôi là Nguyễn Văn An, sinh ngày 12/05/1975', 'tên tôi là [NAME_1], sinh ngày [DOB_1]'],
  ['اسمي محمد احمد وعمري 40', 'اسمي [NAME_1] وعمري 40'],
  ['Maria called Maria back', '[NAME_1] called [NAME_1] back'],
  ['I take 1000 mg of Tylenol every 6 hours', 'I take 1000 mg of Tylenol every 6 hours'],
  ['my temp is 100.4 since 12/03/2024', 'my temp is 100.4 since 12/03/2024'],
  ['Can Tylenol Extra Strength help my chest pain?', 'Can Tylenol Extra Strength help my chest pain?'],
];

/**
 * Known misses: PHI this redactor does not catch yet. Each row states today's output so a fix
 * shows up as a failing row to move into CASES, and reviewers see the gaps in one place.
 */
const KNOWN_MISSES: Array<[string, string, string]> = [
  ['a lower-case name with no introduction', 'tell maria i said hi', 'tell maria i said hi'],
  ['a name that is also a common word', 'Hope is my daughter', 'Hope is my daughter'],
  ['a city without a street address', 'I live in Springfield', 'I live in Springfield'],
  ['a birth month and year only', 'born in March 1980', 'born in March 1980'],
  ['a Vietnamese name with no introduction', 'Nguyễn Văn An bị sốt', 'Nguyễn Văn An bị sốt'],
];

describe('redact', () => {
  test.each(CASES)('%s', (input, expected) => {
    const { text, map } = redactor.redact(input);
    expect(text).toBe(expected);
    expect(redactor.restore(text, map)).toBe(input);
  });

  test.each(KNOWN_MISSES)('known miss — %s', (_why, input, today) => {
    expect(redactor.redact(input).text).toBe(today);
  });

  test('a model that rewrites the placeholder case or spacing is still restored', () => {
    const { map } = redactor.redact('my name is Maria Lopez');
    expect(redactor.restore('Hello [ name_1 ], how are you?', map)).toBe('Hello Maria Lopez, how are you?');
  });

  test('placeholders the patient typed are not reused or restored', () => {
    const input = 'what does [NAME_1] mean? my name is Bob';
    const { text, map } = redactor.redact(input);
    expect(text).toBe('what does [NAME_1] mean? my name is [NAME_2]');
    expect(map).toEqual({ '[NAME_2]': 'Bob' });
    expect(redactor.restore(text, map)).toBe(input);
  });

  test('a hospital MRN pattern is used, and a pattern that could backtrack is refused', () => {
    const custom = createRedactor({ mrnPattern: /PC\d{5}/ });
    expect(custom.redact('chart PC12345 today').text).toBe('chart [MRN_1] today');
    expect(() => createRedactor({ mrnPattern: /(\d+)+X/ })).toThrow(/MRN pattern/);
  });
});

const FRAGMENTS = [
  'my name is Maria Lopez',
  '(555) 123-4567',
  'a@b.co',
  '123-45-6789',
  'MRN 998877',
  'DOB 1/2/1980',
  '12 Oak Ave',
  'zip 02139',
  '[NAME_1]',
  '[ phone_2 ]',
  '1234567',
  '我叫王小明',
  '제 이름은 김민수',
  'اسمي علي',
  ' ',
  '\n',
  'é',
  '[',
  ']',
  '_',
];

const messages = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...FRAGMENTS),
        fc.string({ maxLength: 12 }),
        fc.integer({ min: 0, max: 99_999_999_999 }).map(String),
      ),
      { maxLength: 25 },
    )
    .map((parts) => parts.join('')),
);

describe('redaction properties', () => {
  test('restore(redact(x).text, map) === x', () => {
    fc.assert(
      fc.property(messages, (input) => {
        const { text, map } = redactor.redact(input);
        return redactor.restore(text, map) === input;
      }),
      { numRuns: 2000 },
    );
  });

  test('no run of 7 or more digits survives redaction', () => {
    fc.assert(
      fc.property(messages, (input) => !/[0-9]{7,}/.test(redactor.redact(input).text)),
      { numRuns: 2000 },
    );
  });

  test('the same original always gets the same placeholder', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Maria Lopez', '555-123-4567', 'a@b.co'),
        fc.string({ maxLength: 30 }),
        (phi, filler) => {
          const { text } = redactor.redact(`${phi} | ${filler} | ${phi}`);
          const placeholders = text.match(/\[[A-Z]+_\d+\]/g) ?? [];
          return placeholders.length >= 2 && placeholders[0] === placeholders[placeholders.length - 1];
        },
      ),
      { numRuns: 300 },
    );
  });
});
