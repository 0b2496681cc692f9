import { describe, expect, test } from '@jest/globals';
import { createEmbeddedSimplifier } from '../../../../content/simplify/index.js';
import type { SimplifyResult } from '../../../../content/simplify/index.js';
import { EN_TEST_LEXICON, ES_TEST_LEXICON, ZH_TEST_LEXICON } from './fixtures.js';

const simplifier = createEmbeddedSimplifier({
  en: EN_TEST_LEXICON,
  es: ES_TEST_LEXICON,
  zh: ZH_TEST_LEXICON,
});
const en = (text: string): SimplifyResult => simplifier.simplify(text, { lang: 'en' });

describe('prescription shorthand is written out (rules, then the lexicon)', () => {
  test.each([
    [
      'Oxycodone 5 mg 1-2 tabs q4-6h prn pain.',
      'Take 1 to 2 tablets of oxycodone 5 mg every 4 to 6 hours when needed for pain.',
    ],
    [
      'Acetaminophen 650 mg PO q6h PRN fever.',
      'Take acetaminophen 650 mg by mouth every 6 hours when needed for fever.',
    ],
    ['Cephalexin 500 mg PO BID x 7 days.', 'Take cephalexin 500 mg by mouth twice a day for 7 days.'],
    ['Lorazepam 0.5 mg PO at bedtime.', 'Take lorazepam 0.5 mg by mouth at bedtime.'],
    [
      'Ibuprofen 400 mg PO three times daily with food.',
      'Take ibuprofen 400 mg by mouth three times a day with food.',
    ],
    [
      'Nitroglycerin 0.4 mg q5min, up to 3 doses.',
      'Take nitroglycerin 0.4 mg every 5 minutes, up to 3 doses.',
    ],
    ['Dressing may come off on POD 2.', 'Dressing may come off on day 2 after surgery.'],
    ['Rest for 24 hrs, then walk w/ a cane.', 'Rest for 24 hours, then walk with a cane.'],
  ])('%j → %j', (source, expected) => {
    const r = en(source);
    expect(r.text).toBe(expected);
    expect(r.facts.preserved).toBe(true);
  });

  test('"Do NOT take with alcohol" keeps its emphasis and its meaning', () => {
    expect(en('Do NOT take with alcohol.').text).toBe('Do NOT take with alcohol.');
  });

  test('NPO comes from the lexicon: nothing to eat or drink', () => {
    expect(en('NPO after midnight.').text).toBe('Nothing to eat or drink after midnight.');
  });
});

describe('medicine lines become schedules', () => {
  test.each([
    [
      'Metoprolol tartrate 25 mg, 1 tab PO BID',
      'Take 1 tablet of metoprolol tartrate 25 mg by mouth twice a day',
    ],
    [
      'Albuterol inhaler 2 puffs q4h prn wheezing',
      'Use 2 puffs of albuterol inhaler every 4 hours when needed for wheezing',
    ],
    ['Insulin glargine 22 units SC at bedtime', 'Inject insulin glargine 22 units SC at bedtime'],
    [
      'Amoxicillin-clavulanate 875 mg PO BID for 5 more days.',
      'Take amoxicillin-clavulanate 875 mg by mouth twice a day for 5 more days.',
    ],
  ])('%j → %j', (source, expected) => {
    expect(en(source).text).toBe(expected);
  });

  test('a limit stays with its medicine: "max 4 tablets per day" is not the dose to take', () => {
    const r = en(
      'Acetaminophen 1,000 mg PO q8h PRN. Oxycodone 5 mg PO q6h PRN severe pain, max 4 tablets per day.',
    );
    expect(r.text).toBe(
      'Take acetaminophen 1,000 mg by mouth every 8 hours when needed. Take oxycodone 5 mg by mouth every 6 hours when needed for severe pain, max 4 tablets per day.',
    );
    expect(r.facts.preserved).toBe(true);
  });

  test('a count after a colon moves in front without leaving the colon behind', () => {
    expect(en('Albuterol HFA 90 mcg/puff: 4 puffs every 4 hours while awake.').text).toBe(
      'Use 4 puffs of albuterol HFA 90 mcg/puff every 4 hours while awake.',
    );
  });

  test.each(['Metoprolol was stopped on day 2.', 'Warfarin interacts with many foods.'])(
    'a sentence about a medicine stays a sentence: %j',
    (source) => {
      expect(en(source).text.startsWith('Take')).toBe(false);
    },
  );
});

describe('lexicon terms', () => {
  test('jargon becomes the plain words; a diagnosis goes to "Words to know"', () => {
    const r = en('Return for dyspnea. You have hypertension.');
    expect(r.text).toContain('Return for shortness of breath.');
    expect(r.text).toContain('You have high blood pressure.');
    expect(r.glossary).toEqual([{ term: 'hypertension', plain: 'high blood pressure' }]);
    expect(r.text).toMatch(/Words to know\n- Hypertension: high blood pressure$/u);
  });

  test('an ambiguous abbreviation is left as written and flagged for the clinician', () => {
    const r = en('Give MS 2 mg for pain.');
    expect(r.text).toBe('Give MS 2 mg for pain.');
    expect(r.flags).toContainEqual(
      expect.objectContaining({ code: 'ambiguous_abbreviation', subject: 'MS' }),
    );
  });

  test('context settles "discharge": the leaving-hospital sense is kept without a flag', () => {
    const r = en('Discharge instructions: rest.');
    expect(r.flags.filter((f) => f.code === 'ambiguous_abbreviation')).toEqual([]);
  });

  test('plain words that would add a fact are not used ("over 100 beats")', () => {
    const r = en('History of tachycardia.');
    expect(r.text).toContain('tachycardia');
    expect(r.text).not.toContain('100');
    expect(r.facts.preserved).toBe(true);
  });

  test('plain words that would drop a fact are not used ("type 2")', () => {
    expect(en('Type 2 diabetes mellitus.').text).toContain('2');
  });

  test('a medicine class keeps meaning the same medicine in plain words', () => {
    const r = en('Continue your anticoagulant.');
    expect(r.text).toBe('Continue your blood thinner.');
    expect(r.facts.preserved).toBe(true);
  });

  test('a bracket that explains a term keeps it; a bracket holding a reading does not', () => {
    expect(en('Return for dyspnea (feeling out of breath).').text).toBe(
      'Return for dyspnea (feeling out of breath).',
    );
    const r = en('You had dyspnea (oxygen 89%).');
    expect(r.text).toBe('You had shortness of breath (oxygen 89%).');
    expect(r.facts.preserved).toBe(true);
  });

  test('medical words the lexicon does not know are flagged', () => {
    expect(en('You had cholangitis.').flags).toContainEqual(
      expect.objectContaining({ code: 'unknown_term', subject: 'cholangitis' }),
    );
  });
});

describe('shorter sentences', () => {
  test('a semicolon becomes a full stop', () => {
    expect(en('Take your medicine with food every morning; do not skip any doses this week.').text).toBe(
      'Take your medicine with food every morning. Do not skip any doses this week.',
    );
  });

  test('a long sentence splits where a new clause starts', () => {
    expect(
      en('You may shower after 48 hours after the surgery, but you should not soak in a bath for 4 weeks.')
        .text,
    ).toBe('You may shower after 48 hours after the surgery. But you should not soak in a bath for 4 weeks.');
  });

  test('a list in a sentence is never split as clauses ("a, b, and the c")', () => {
    const source =
      'The nature of the procedure, the purpose, the possible other methods, and the risks have been explained to me.';
    expect(en(source).text.split('.').length).toBe(2);
  });

  test('warning signs in one sentence become a list', () => {
    expect(en('Call 911 for chest pain, shortness of breath, fainting, or new confusion.').text).toBe(
      'Call 911 if you have any of these:\n- chest pain\n- shortness of breath\n- fainting\n- new confusion',
    );
  });

  test('"for 2 hours" is a duration, not the start of a list', () => {
    expect(
      en(
        'Call your doctor if you have heavy bleeding for 2 hours, clots larger than a golf ball, fever, or headache.',
      ).text,
    ).toBe(
      'Call your doctor if you have any of these:\n- heavy bleeding for 2 hours\n- clots larger than a golf ball\n- fever\n- headache',
    );
  });

  test('a term is not matched across a bracket, so the bracket stays', () => {
    expect(en('Bone density (DEXA) scan in 3 months.').text).toBe('Bone density (DEXA) scan in 3 months.');
  });

  test('", with" is not a joint: what follows is not a sentence of its own', () => {
    const source =
      'Take alendronate 70 mg by mouth weekly on Sundays, with a full glass of water, 30 minutes before breakfast.';
    expect(en(source).text).toBe(source);
  });

  test('a bracket that only repeats the words before it goes', () => {
    expect(en('You have a cut (incision) on your arm.').text).toBe('You have a cut on your arm.');
  });

  test('risks in one sentence become a list', () => {
    expect(
      en(
        'Risks of this procedure include, but are not limited to, bleeding, infection, and damage to nearby organs.',
      ).text,
    ).toBe('Risks of this procedure include:\n- bleeding\n- infection\n- damage to nearby organs');
  });

  test('"the patient" becomes "you"', () => {
    expect(en('The patient was admitted on 11/02 with a cough.').text).toBe(
      'You were admitted on 11/02 with a cough.',
    );
    expect(en("The patient's wound is healing.").text).toBe('Your wound is healing.');
  });

  test('plain words for stiff ones', () => {
    expect(en('Do not exceed 3,000 mg prior to surgery.').text).toBe(
      'Do not go over 3,000 mg before surgery.',
    );
  });
});

describe('document structure', () => {
  test('headings in capitals become sentence case; lists keep their markers', () => {
    const r = en(
      'DISCHARGE MEDICATIONS:\n1. Aspirin 81 mg PO daily\n2. Stop ibuprofen.\n\nACTIVITY: Ambulate daily.',
    );
    expect(r.text).toBe(
      'Discharge medicines:\n1. Take aspirin 81 mg by mouth daily\n2. Stop ibuprofen.\n\nActivity: Walk daily.',
    );
  });

  test("an institution's name in capitals keeps title case, part by part", () => {
    expect(en("BRIGHTWATER CHILDREN'S HOSPITAL - DISCHARGE INSTRUCTIONS\n\nRest.").text).toBe(
      "Brightwater Children's Hospital - Discharge instructions\n\nRest.",
    );
  });

  test('shouting in a sentence is turned down; an abbreviation stays in capitals', () => {
    expect(en('CALL YOUR SURGEON if the incision is red.').text).toBe('Call your surgeon if the cut is red.');
  });

  test('a table pasted as text keeps its rows and columns, with its cells written out', () => {
    const source =
      'Medication\tDose\tRoute\tFrequency\nWarfarin\t5 mg\tPO\tdaily\nDigoxin\t0.125 mg\tPO\tdaily';
    expect(en(source).text).toBe(
      'Medication\tDose\tRoute\tFrequency\nWarfarin\t5 mg\tby mouth\tdaily\nDigoxin\t0.125 mg\tby mouth\tdaily',
    );
  });

  test('dates in every format survive as written', () => {
    const source = 'Follow up on 11/02/2026, then Nov 3, then 2026-11-04, then 5 December 2026 at 2:30 PM.';
    const r = en(source);
    for (const d of ['11/02/2026', 'Nov 3', '2026-11-04', '5 December 2026', '2:30 PM'])
      expect(r.text).toContain(d);
    expect(r.facts.preserved).toBe(true);
  });
});

describe('the result', () => {
  test('reports the engine, both grades, the facts check, per-sentence grades and the time from the given clock', () => {
    let t = 1000;
    const r = simplifier.simplify('The patient was admitted with dyspnea. Ambulate as tolerated.', {
      lang: 'en',
      now: () => (t += 5),
    });
    expect(r.engine).toBe('embedded');
    expect(r.lang).toBe('en');
    expect(r.readability.before.lang).toBe('en');
    expect(r.readability.after.grade).toBeLessThan(r.readability.before.grade);
    expect(r.facts).toMatchObject({ preserved: true, missing: [], added: [] });
    expect(r.sentences.length).toBeGreaterThan(1);
    for (const s of r.sentences) expect(r.text.slice(s.start, s.end)).toBe(s.text);
    expect(r.elapsedMs).toBe(5);
  });

  test('a plain version above the target grade is flagged', () => {
    const r = simplifier.simplify(
      'Electroencephalographic abnormalities necessitated neurophysiological reevaluation.',
      { lang: 'en', targetGrade: 6 },
    );
    expect(r.flags).toContainEqual(expect.objectContaining({ code: 'grade_above_target' }));
  });

  test('the same input gives the same output (no clock, no randomness in the text)', () => {
    const source = 'Metoprolol 25 mg PO BID. Call 911 for chest pain, fainting, or dyspnea.';
    expect(en(source).text).toBe(en(source).text);
  });
});

describe('other languages', () => {
  test('Spanish: lexicon, shorthand and a schedule', () => {
    const r = simplifier.simplify('Amoxicilina 875 mg VO c/12h x 5 días.', { lang: 'es' });
    expect(r.text).toBe('Tome amoxicilina 875 mg por la boca cada 12 horas durante 5 días.');
    expect(r.facts.preserved).toBe(true);
  });

  test('Spanish: jargon and a list of warning signs', () => {
    const r = simplifier.simplify(
      'Acuda a urgencias si presenta disnea, dolor en el pecho, desmayo o confusión.',
      { lang: 'es' },
    );
    expect(r.text).toBe(
      'Acuda a urgencias si tiene alguno de estos:\n- falta de aire\n- dolor en el pecho\n- desmayo\n- confusión',
    );
    expect(r.facts.preserved).toBe(true);
  });

  test('Chinese: lexicon words and sentences split at semicolons', () => {
    const r = simplifier.simplify('如果出现呼吸困难，请拨打120；高血压患者每天服药2次。', { lang: 'zh' });
    expect(r.text.split('\n\n')[0]).toBe('如果出现喘不上气，请拨打120。血压高患者每天服药2次。');
    expect(r.glossary).toEqual([{ term: '高血压', plain: '血压高' }]);
    expect(r.facts.preserved).toBe(true);
  });

  test('a language with no lexicon still gets its text back with its facts', () => {
    const r = simplifier.simplify('Uống 2 viên mỗi ngày; gọi 115 nếu đau ngực.', { lang: 'vi' });
    expect(r.facts.preserved).toBe(true);
    expect(r.text).toContain('2 viên');
  });
});
