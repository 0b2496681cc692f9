import { describe, expect, test } from '@jest/globals';
import { loadLexicon } from '../../../../content/lexicon/load.js';
import { createEmbeddedSimplifier } from '../../../../content/simplify/index.js';
import { projectPath } from '../../../../server/paths.js';

/**
 * The project lexicon's plain words are dropped into clinicians' sentences, so each must be a replacement of the same
 * part of speech and number (content/lexicon/README.md). These rows are sentences that once read badly; a clinician
 * who fixes an entry can add the sentence that showed the problem.
 */
const simplifier = createEmbeddedSimplifier({ en: loadLexicon(projectPath('content', 'lexicon'), 'en') });
const plain = (text: string): string =>
  simplifier.simplify(text, { lang: 'en' }).text.split('\n\nWords to know')[0] ?? '';

describe('lexicon plain words read as drop-in replacements', () => {
  test.each([
    // A noun for a noun: not "a donated blood of red cells".
    ['You may need a transfusion of red cells.', 'You may need a blood transfusion of red cells.'],
    // A word patients know stays, without an explanation in the middle of "migraine headaches".
    ['She has migraine headaches.', 'She has migraine headaches.'],
    // A past tense for a past tense: not "The ketoacidosis gone away".
    ['The ketoacidosis resolved with fluids.', 'The ketoacidosis cleared up with fluids.'],
    ['Pneumonia, resolved.', 'Lung infection, cleared up.'],
    // An adjective for an adjective: not "two in a row readings".
    ['Check your weight on consecutive days.', 'Check your weight on days in a row.'],
    ['Call after three consecutive high readings.', 'Call after three back-to-back high readings.'],
    // A short noun, not a definition: not "an how well the heart pumps of 25%".
    ['Your heart has an ejection fraction of 25%.', 'Your heart has a pumping strength of 25%.'],
    ['She had progressive dyspnea.', 'She had worsening shortness of breath.'],
    // The plural of a plural.
    ['Avoid NSAIDs.', 'Avoid anti-inflammatory pain relievers.'],
    ['Blood cultures were negative.', 'Blood tests for germs were negative.'],
    ['He had convulsions.', 'He had seizures.'],
    ['Resume your home medications.', 'Restart your usual medicines.'],
    // A place said after the noun it belongs to.
    ['She had bilateral lower extremity edema.', 'She had swelling in the legs on both sides.'],
    [
      'Chest x-ray showed pulmonary vascular congestion.',
      'Chest x-ray showed fluid buildup in the lung blood vessels.',
    ],
    // A two-word condition whole, not "sudden confusion tremens".
    ['Watch for delirium tremens.', 'Watch for severe alcohol withdrawal with confusion.'],
    // The name of a hospital service stays as patients will see it on signs and letters.
    ['Follow up in the Acute Care Surgery clinic.', 'Follow up in the Acute Care Surgery clinic.'],
    ['See the Cardiac Intensive Care Unit team.', 'See the Cardiac Intensive Care Unit team.'],
    ['Acute pain is expected.', 'Sudden short-term pain is expected.'],
    ['He was in the intensive care unit.', 'He was in the ICU (intensive care unit).'],
    // Context settles an abbreviation with two meanings.
    ['Pt reports running out of furosemide.', 'The patient reports running out of furosemide.'],
    ['Oxygen 89% on RA, 95% on 2 L NC.', 'Oxygen 89% on room air, 95% on 2 L through a nose tube.'],
    ['Increased on HD 2 for low UOP.', 'Increased on hospital day 2 for low urine output.'],
    ['Follow up with PT next week.', 'Follow up with PT next week.'],
    // A study's title is its official name, quoted as written; the text around it is not.
    [
      'Title: A Randomized, Double-Blind Trial of Drug XR-17\nDesign: You will be randomized.',
      'Title: A Randomized, Double-Blind Trial of Drug XR-17\nDesign: You will be assigned by chance.',
    ],
  ])('%j → %j', (source, expected) => {
    expect(plain(source)).toBe(expected);
  });
});
