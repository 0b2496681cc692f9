import { describe, expect, test } from '@jest/globals';
import { englishSyllables, spanishSyllables } from '../../../../content/readability/index.js';

describe('English syllables of medical words (dictionary pronunciations, Merriam-Webster / MedlinePlus)', () => {
  // Words the `syllable` package counts right, kept here so a package update that breaks them is seen.
  test.each([
    ['pneumonia', 4],
    ['acetaminophen', 6],
    ['ibuprofen', 4],
    ['hypoxemia', 5],
    ['metoprolol', 4],
    ['lisinopril', 4],
    ['amoxicillin', 5],
    ['tachycardia', 5],
    ['hypertension', 4],
    ['appendectomy', 5],
    ['cholecystectomy', 6],
    ['anticoagulation', 7],
    ['creatinine', 4],
    ['medication', 4],
    ['the', 1],
  ])('%s has %p syllables', (word, n) => {
    expect(englishSyllables(word)).toBe(n);
  });

  // Words the package miscounts, each fixed by a row of content/readability/syllables/enCorrections.ts.
  test.each([
    ['diabetes', 4],
    ['anesthesia', 4],
    ['dyspnea', 3],
    ['apnea', 3],
    ['diarrhea', 4],
    ['trachea', 3],
    ['dyspneic', 3],
    ['myocardial', 5],
    ['myopathy', 4],
    ['osteomyelitis', 7],
    ['osteoarthritis', 6],
    ['ileus', 3],
    ['aorta', 3],
    ['area', 3],
    ['areas', 3],
    ['fatigue', 2],
    ['cooperate', 4],
    ['reassess', 3],
    ['experience', 4],
    ['experienced', 4],
    ['experiences', 5],
    ['nutrients', 3],
    ['oriented', 4],
    ['convenient', 4],
    ['pancreas', 3],
    ['science', 2],
    ['poem', 2],
    // "-ing" after a vowel said on its own (the package ran the two vowels together).
    ['going', 2],
    ['doing', 2],
    ['ongoing', 3],
    ['undergoing', 4],
    ['continuing', 4],
    ['issuing', 3],
    // … but not where the vowels go together.
    ['booing', 2],
    ['queuing', 2],
    ['fatiguing', 3],
    // "-eeing", "-oeing": one vowel sound and "-ing" (the package counted one too many).
    ['seeing', 2],
    ['peeing', 2],
    ['agreeing', 3],
    ['canoeing', 3],
  ])('%s has %p syllables (corrected)', (word, n) => {
    expect(englishSyllables(word)).toBe(n);
  });

  test('a number or a unit is one syllable, never zero', () => {
    expect(englishSyllables('875')).toBe(1);
    expect(englishSyllables('mg')).toBe(1);
  });
});

describe('Spanish syllables (RAE, Ortografía 2010: diphthongs, hiatus, silent u)', () => {
  test.each([
    ['murciélago', 4],
    ['ciudad', 2],
    ['Uruguay', 3],
    ['buey', 1],
    ['leer', 2],
    ['aéreo', 4],
    ['país', 2],
    ['día', 2],
    ['oído', 3],
    ['caos', 2],
    ['ahorro', 3],
    ['guerra', 2],
    ['queso', 2],
    ['pingüino', 3],
    ['hipertensión', 4],
    ['insuficiencia', 5],
    ['medicamento', 5],
    ['hoy', 1],
    ['y', 1],
  ])('%s has %p syllables', (word, n) => {
    expect(spanishSyllables(word)).toBe(n);
  });
});
