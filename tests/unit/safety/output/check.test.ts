import { describe, expect, test } from '@jest/globals';
import { buildTermIndex } from '../../../../content/lexicon/termIndex.js';
import type { Lexicon } from '../../../../content/lexicon/types.js';
import { checkOutput, createOutputChecker } from '../../../../safety/output/index.js';

/** Rewrites that lose nothing: the validator must find nothing missing and nothing added. */
const SAME: ReadonlyArray<[source: string, output: string]> = [
  ['Metoprolol 25 mg PO BID.', 'Take metoprolol 25 mg by mouth twice a day.'],
  ['Metoprolol 25 mg p.o. b.i.d.', 'Take metoprolol 25 mg by mouth two times a day.'],
  [
    'Oxycodone 5 mg 1-2 tabs q4-6h prn pain.',
    'Take 1 to 2 tablets of oxycodone 5 mg every 4 to 6 hours when needed for pain.',
  ],
  [
    'Oxycodone 5 mg 1-2 tabs q4-6h prn pain.',
    'Oxycodone 5 mg: 1 or 2 tablets every 4-6 hours as needed for pain.',
  ],
  ['Lorazepam 0.5 mg PO qhs.', 'Take lorazepam 0.5 mg by mouth at bedtime.'],
  ['Give .5 mg.', 'Give 0.5 mg.'],
  ['Take 5.0 mg.', 'Take 5 mg.'],
  ['Do NOT take with alcohol.', 'Do not take with alcohol.'],
  ['Avoid alcohol.', 'Do not drink alcohol.'],
  ['Discontinue ibuprofen.', 'Stop taking ibuprofen.'],
  ['Do not exceed 3,000 mg in 24 hours.', 'Do not take more than 3000 mg in 24 hours.'],
  ['NPO after midnight.', 'Nothing to eat or drink after midnight.'],
  ['Follow up on 11/02/2026.', 'Follow up on November 2, 2026.'],
  ['Follow up on 2026-11-03.', 'Follow up on 3 November 2026.'],
  ['Surgery on Nov 3rd.', 'Surgery on 11/3.'],
  ['Next dose 03-Dec-2026 at 8 AM.', 'Next dose on December 3, 2026 at 8:00 a.m.'],
  ['Cephalexin 500 mg QID x 7 days.', 'Take cephalexin 500 mg four times a day for 7 days.'],
  ['Enoxaparin 40 mg SC daily.', 'Inject enoxaparin 40 mg under the skin once a day.'],
  [
    'Nitroglycerin 0.4 mg SL q5min PRN chest pain.',
    'Put nitroglycerin 0.4 mg under your tongue every 5 minutes when needed for chest pain.',
  ],
  ['Temperature above 38.5 C.', 'Temperature above 38.5 °C.'],
  [
    'Call 911 for shortness of breath or chest pain.',
    'Call 9-1-1 if you have trouble breathing or chest pain.',
  ],
  ['Call (555) 310-8890.', 'Call 555-310-8890.'],
  ['Drink two glasses of water.', 'Drink 2 glasses of water.'],
  ['68 y/o male.', '68 years old.'],
  ['Insulin glargine 22 units at bedtime.', 'Take 22 units of insulin glargine at bedtime.'],
  ['1. Aspirin 81 mg daily\n2. Stop ibuprofen.', '- Take aspirin 81 mg every day.\n- Stop ibuprofen.'],
  [
    'Risks include bleeding, infection, and injury to the bowel.',
    'Risks include:\n- bleeding\n- infection\n- injury to the bowel',
  ],
  // A dose keeps its medicine when sentences are split or the count moves in front.
  ['Aspirin 81 mg and clopidogrel 75 mg daily.', 'Take aspirin 81 mg. Take clopidogrel 75 mg daily.'],
  [
    'Metoprolol tartrate 25 mg, 1 tab PO BID',
    'Take 1 tablet of metoprolol tartrate 25 mg by mouth twice a day',
  ],
  ['Atorvastatin 40 mg PO QHS.', 'Take atorvastatin 40 mg by mouth every night at bedtime.'],
  ['Atorvastatin 40 mg nightly.', 'Take atorvastatin 40 mg at night.'],
];

/** Rewrites that lose or add something, with what the validator must name. */
const CHANGED: ReadonlyArray<[source: string, output: string, missing: string[], added: string[]]> = [
  [
    'Amoxicillin 875 mg PO BID.',
    'Take amoxicillin by mouth twice a day.',
    ['875 mg', 'Amoxicillin 875 mg'],
    [],
  ],
  [
    'Amoxicillin 875 mg PO BID.',
    'Take 875 mg by mouth twice a day.',
    ['Amoxicillin', 'Amoxicillin 875 mg'],
    [],
  ],
  ['Amoxicillin 875 mg PO BID.', 'Take amoxicillin 875 mg by mouth.', ['BID'], []],
  ['Amoxicillin 875 mg PO BID.', 'Take amoxicillin 875 mg twice a day.', ['PO'], []],
  [
    'Take lisinopril 10 mg daily.',
    'Take lisinopril 10 mg daily and aspirin 81 mg.',
    [],
    ['81 mg', 'aspirin', 'aspirin 81 mg'],
  ],
  [
    'Take lisinopril 10 mg daily.',
    'Take lisinopril 20 mg daily.',
    ['10 mg', 'lisinopril 10 mg'],
    ['20 mg', 'lisinopril 20 mg'],
  ],
  [
    'Levothyroxine 50 mcg daily.',
    'Levothyroxine 50 mg daily.',
    ['50 mcg', 'Levothyroxine 50 mcg'],
    ['50 mg', 'Levothyroxine 50 mg'],
  ],
  [
    'Lorazepam 0.5 mg at bedtime.',
    'Lorazepam 5 mg at bedtime.',
    ['0.5 mg', 'Lorazepam 0.5 mg'],
    ['5 mg', 'Lorazepam 5 mg'],
  ],
  [
    'Call 911 for shortness of breath or chest pain.',
    'Call 911 if you have chest pain.',
    ['shortness of breath'],
    [],
  ],
  ['Call 911 for chest pain.', 'Call your doctor for chest pain.', ['911', 'Call 911'], ['Call your doctor']],
  // The "do not" is gone, and with it the instruction sentence.
  ['Do NOT take with alcohol.', 'Take with alcohol.', ['Do NOT', 'Do NOT take with alcohol.'], []],
  ['Follow up on 11/02/2026.', 'Follow up on November 2.', ['11/02/2026'], ['November 2']],
  ['Repeat x-ray in 6 weeks.', 'Repeat x-ray in 4 weeks.', ['6 weeks'], ['4 weeks']],
  [
    'Keep the incision clean and dry. Do not lift more than 10 pounds.',
    'Do not lift more than 10 pounds.',
    ['Keep the incision clean and dry.'],
    [],
  ],
  // Every dose and every medicine is still there, but two doses changed medicines.
  [
    'Aspirin 81 mg and clopidogrel 75 mg daily.',
    'Take aspirin 75 mg and clopidogrel 81 mg daily.',
    ['Aspirin 81 mg', 'clopidogrel 75 mg'],
    ['aspirin 75 mg', 'clopidogrel 81 mg'],
  ],
  [
    'Acetaminophen 1,000 mg q8h. Oxycodone 5 mg q6h, max 4 tablets per day.',
    'Take 4 tablets of acetaminophen 1,000 mg every 8 hours. Take oxycodone 5 mg every 6 hours, max per day.',
    ['Oxycodone 4 tablets'],
    ['acetaminophen 4 tablets'],
  ],
];

describe('checkOutput', () => {
  test.each(SAME)('nothing lost: %j → %j', (source, output) => {
    const check = checkOutput(source, output);
    expect({ missing: check.missing, added: check.added }).toEqual({ missing: [], added: [] });
    expect(check.preserved).toBe(true);
  });

  test.each(CHANGED)('%j → %j', (source, output, missing, added) => {
    const check = checkOutput(source, output);
    expect(check.missing).toEqual(missing);
    expect(check.added).toEqual(added);
    expect(check.preserved).toBe(false);
  });

  test('each fact comes with its kind for the clinician view', () => {
    const check = checkOutput('Take warfarin 5 mg daily. Call 911 for bleeding.', 'Take your medicine.');
    expect(check.missingFacts.map((f) => f.kind)).toEqual(
      expect.arrayContaining(['medicine', 'dose', 'warning']),
    );
  });

  test('a medicine counts as many times as it is named: dropping one of two mentions is an omission', () => {
    expect(
      checkOutput(
        'Take aspirin 81 mg. Stop aspirin before surgery.',
        'Take aspirin 81 mg. Stop before surgery.',
      ).missing,
    ).toEqual(['aspirin']);
  });

  test('the lexicon names medicines and makes its aliases the same medicine', () => {
    const lexicon: Lexicon = {
      lang: 'en',
      sources: ['test'],
      entries: [
        {
          term: 'Tylenol',
          aliases: ['acetaminophen brand'],
          plain: 'pain reliever',
          explanation: 'x',
          kind: 'term',
          category: 'medication',
        },
      ],
    };
    const medicines = buildTermIndex(lexicon);
    expect(
      checkOutput('Take Tylenol 500 mg.', 'Take 500 mg.', { medicines, sentences: false }).missing,
    ).toEqual(['Tylenol', 'Tylenol 500 mg']);
    expect(
      checkOutput('Take Tylenol 500 mg.', 'Take acetaminophen brand 500 mg.', { medicines, sentences: false })
        .missing,
    ).toEqual([]);
  });

  test('the glossary makes a term and its plain words the same warning', () => {
    const source = 'Return for dyspnea or hemoptysis.';
    const output = 'Come back if you have shortness of breath or cough up blood.';
    expect(checkOutput(source, output).preserved).toBe(false);
    const glossary = [
      { term: 'dyspnea', plain: 'shortness of breath' },
      { term: 'hemoptysis', plain: 'cough up blood' },
      { term: 'return', plain: 'come back' },
    ];
    expect(checkOutput(source, output, { glossary }).missing).toEqual([]);
  });

  test('Spanish: doses with a decimal comma, frequencies and warnings', () => {
    const options = { lang: 'es' as const };
    expect(
      checkOutput('Paracetamol 0,5 g VO c/8h.', 'Tome paracetamol 0,5 g por la boca cada 8 horas.', options)
        .preserved,
    ).toBe(true);
    expect(checkOutput('Llame al 911 si tiene dolor en el pecho.', 'Llame al 911.', options).missing).toEqual(
      ['dolor en el pecho', 'Llame al 911 si tiene dolor en el pecho.'],
    );
  });

  test('a translation is checked across languages: the same doses, dates and warnings', () => {
    const options = { lang: 'en' as const, outputLang: 'es' as const };
    expect(
      checkOutput(
        'Take 2 tablets twice a day for 5 days. Call 911 for chest pain.',
        'Tome 2 comprimidos dos veces al día durante 5 días. Llame al 911 si tiene dolor en el pecho.',
        options,
      ).preserved,
    ).toBe(true);
    expect(checkOutput('Take 2 tablets twice a day.', 'Tome 2 comprimidos al día.', options).missing).toEqual(
      ['twice a day'],
    );
  });

  test('Arabic-Indic and full-width digits are the same numbers', () => {
    expect(checkOutput('Take 500 mg.', 'تناول ٥٠٠ ملغ.', { lang: 'en', outputLang: 'ar' }).missing).toEqual(
      [],
    );
    expect(checkOutput('服用500毫克。', '服用５００毫克。', { lang: 'zh' }).preserved).toBe(true);
  });

  test('a chat answer may repeat what its grounding says but not add a dose or a medicine', () => {
    const grounding =
      'Adults may take acetaminophen 500 mg every 6 hours. Do not take more than 3,000 mg a day.';
    expect(
      checkOutput(grounding, 'You can take acetaminophen 500 mg every 6 hours.', { sentences: false }).added,
    ).toEqual([]);
    expect(checkOutput(grounding, 'You can take ibuprofen 400 mg.', { sentences: false }).added).toEqual([
      '400 mg',
      'ibuprofen',
      'ibuprofen 400 mg',
    ]);
  });

  test('a checker extracts the same facts as checkOutput', () => {
    const checker = createOutputChecker({ lang: 'en' });
    const keys = checker.facts('Take 1-2 tabs q4-6h prn on 11/02.').map((f) => f.key);
    expect(keys).toEqual(
      expect.arrayContaining(['freq:every 4-6 hour', 'when:needed', 'dose:1-2 tablet', 'date:11-02']),
    );
  });
});
