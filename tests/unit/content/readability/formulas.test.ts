import { describe, expect, test } from '@jest/globals';
import {
  alHeetiGrade,
  colemanLiauIndex,
  crawfordGrade,
  fernandezHuerta,
  fleschKincaidGrade,
  fleschReadingEase,
  scoreText,
  smogGrade,
  spanishEaseToGrade,
  szigrisztPazos,
} from '../../../../content/readability/index.js';
import type { Counts } from '../../../../content/readability/index.js';

const counts = (c: Partial<Counts>): Counts => ({
  sentences: 1,
  words: 1,
  syllables: 1,
  polysyllables: 0,
  letters: 1,
  ...c,
});

describe('English formulas against published worked examples', () => {
  // Wikipedia, "Flesch–Kincaid readability tests": "The cat sat on the mat." scores 116 (6 words, 6 syllables).
  test('"The cat sat on the mat." has a reading ease of 116', () => {
    expect(fleschReadingEase(counts({ words: 6, syllables: 6 }))).toBeCloseTo(116.15, 2);
    expect(scoreText('The cat sat on the mat.', 'en').readingEase).toBeCloseTo(116.15, 2);
  });

  // Same article: "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature" is grade 11.3
  // (13 words, 24 syllables) and reading ease 37.5.
  test('the platypus sentence is grade 11.3 and reading ease 37.5', () => {
    const c = counts({ words: 13, syllables: 24 });
    expect(fleschKincaidGrade(c)).toBeCloseTo(11.26, 2);
    expect(fleschReadingEase(c)).toBeCloseTo(37.46, 1);
  });

  // Same article: Green Eggs and Ham averages 5.7 words per sentence and 1.02 syllables per word: grade −1.3.
  test('Green Eggs and Ham is grade −1.3', () => {
    expect(fleschKincaidGrade(counts({ sentences: 100, words: 570, syllables: 581.4 }))).toBeCloseTo(
      -1.33,
      2,
    );
  });

  // Same article: the bounds when every sentence is one word of one syllable: ease 121.22, grade −3.40.
  test('one-word, one-syllable sentences give the extremes 121.22 and −3.40', () => {
    expect(fleschReadingEase(counts({}))).toBeCloseTo(121.22, 2);
    expect(fleschKincaidGrade(counts({}))).toBeCloseTo(-3.4, 2);
  });

  // McLaughlin 1969: grade = 3 + √(polysyllables in 30 sentences); the regression form 1.043√(p·30/s) + 3.1291.
  test('SMOG: 30 polysyllables in 30 sentences is grade 8.84; none is 3.13', () => {
    expect(smogGrade(counts({ sentences: 30, polysyllables: 30 }))).toBeCloseTo(8.84, 2);
    expect(smogGrade(counts({ sentences: 30, polysyllables: 0 }))).toBeCloseTo(3.13, 2);
  });

  // Coleman & Liau 1975: CLI = 0.0588 L − 0.296 S − 15.8 (L letters, S sentences, per 100 words).
  test('Coleman-Liau: 470 letters and 5 sentences per 100 words is grade 10.36', () => {
    expect(colemanLiauIndex(counts({ words: 100, letters: 470, sentences: 5 }))).toBeCloseTo(10.356, 3);
  });
});

describe('Spanish formulas', () => {
  // Fernández Huerta 1959 (corrected form): 206.84 − 60 × syllables/word − 1.02 × words/sentence.
  test('Fernández-Huerta of 2 syllables a word and 15 words a sentence is 71.54', () => {
    expect(fernandezHuerta(counts({ words: 30, syllables: 60, sentences: 2 }))).toBeCloseTo(71.54, 2);
  });

  // Szigriszt Pazos 1993: 206.835 − 62.3 × syllables/word − words/sentence (INFLESZ scale, Barrio-Cantalejo 2008).
  test('Szigriszt-Pazos of 2 syllables a word and 15 words a sentence is 67.235 ("bastante fácil")', () => {
    const c = counts({ words: 30, syllables: 60, sentences: 2 });
    expect(szigrisztPazos(c)).toBeCloseTo(67.235, 3);
    const text = 'Tome una pastilla con agua. Descanse en casa dos días. Llame si tiene fiebre.';
    expect(scoreText(text, 'es').measures['inflesz']).toBe(0);
  });

  // Crawford 1984: grade = −0.205 × sentences/100 words + 0.049 × syllables/100 words − 3.407.
  test('Crawford of 10 sentences and 200 syllables per 100 words is grade 4.343', () => {
    expect(crawfordGrade(counts({ words: 100, sentences: 10, syllables: 200 }))).toBeCloseTo(4.343, 3);
  });

  test.each([
    [95, 4],
    [85, 5],
    [75, 6],
    [70, 6.75],
    [55, 10],
    [40, 14],
  ])('reading ease %p is grade %p (Fernández-Huerta interpretation table)', (ease, grade) => {
    expect(spanishEaseToGrade(ease)).toBeCloseTo(grade, 2);
  });

  test('the grade-equivalent stays between 0 and 20', () => {
    expect(spanishEaseToGrade(200)).toBe(0);
    expect(spanishEaseToGrade(-300)).toBe(20);
  });
});

describe('Arabic', () => {
  // Al-Heeti 1984, policy one, as implemented and tested by Wordless (BLKSerene/Wordless): 45 letters in 12 words.
  test('Al-Heeti of 45 letters in 12 words is 4.41434307 × 3.75 − 13.46873475', () => {
    expect(alHeetiGrade(counts({ words: 12, letters: 45 }))).toBeCloseTo(
      4.41434307 * (45 / 12) - 13.46873475,
      8,
    );
  });
});
