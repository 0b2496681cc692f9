/**
 * The published constants of each formula, one row per formula with its source. The formulas themselves are in
 * formulas.ts and take counts, so a test can check them against the worked examples in the sources.
 */

/** Flesch R. A new readability yardstick. J Appl Psychol 1948;32(3):221–233. */
export const FLESCH_READING_EASE = {
  base: 206.835,
  perWordsPerSentence: 1.015,
  perSyllablesPerWord: 84.6,
} as const;

/**
 * Kincaid JP, Fishburne RP, Rogers RL, Chissom BS. Derivation of new readability formulas for Navy enlisted
 * personnel. Research Branch Report 8-75, Naval Technical Training Command, 1975.
 */
export const FLESCH_KINCAID_GRADE = {
  perWordsPerSentence: 0.39,
  perSyllablesPerWord: 11.8,
  base: -15.59,
} as const;

/** McLaughlin GH. SMOG grading: a new readability formula. J Reading 1969;12(8):639–646. */
export const SMOG = { factor: 1.043, sampleSentences: 30, base: 3.1291 } as const;

/** Coleman M, Liau TL. A computer readability formula designed for machine scoring. J Appl Psychol 1975;60(2):283–284. */
export const COLEMAN_LIAU = {
  perLettersPer100Words: 0.0588,
  perSentencesPer100Words: -0.296,
  base: -15.8,
} as const;

/**
 * Fernández Huerta J. Medidas sencillas de lecturabilidad. Consigna 1959;214:29–32, in the corrected form with
 * average sentence length (the often-quoted "sentences per 100 words" reading reverses its direction).
 */
export const FERNANDEZ_HUERTA = { base: 206.84, perSyllablesPerWord: 60, perWordsPerSentence: 1.02 } as const;

/**
 * Szigriszt Pazos F. Sistemas predictivos de legibilidad del mensaje escrito: fórmula de perspicuidad. Tesis
 * doctoral, Universidad Complutense de Madrid, 1993; scale of Barrio-Cantalejo IM et al. Validación de la Escala
 * INFLESZ para evaluar la legibilidad de los textos dirigidos a pacientes. An Sist Sanit Navar 2008;31(2):135–152.
 */
export const SZIGRISZT_PAZOS = { base: 206.835, perSyllablesPerWord: 62.3, perWordsPerSentence: 1 } as const;

/** INFLESZ bands (Barrio-Cantalejo 2008): the lower bound of each band of the Szigriszt-Pazos score. */
export const INFLESZ_BANDS = [
  { from: 80, label: 'muy fácil' },
  { from: 65, label: 'bastante fácil' },
  { from: 55, label: 'normal' },
  { from: 40, label: 'algo difícil' },
  { from: -Infinity, label: 'muy difícil' },
] as const;

/**
 * Crawford AN. A Spanish language Fry-type readability procedure: elementary level. Bilingual Education Paper
 * Series 7(8), Evaluation, Dissemination and Assessment Center, California State University, 1984.
 */
export const CRAWFORD = {
  perSentencesPer100Words: -0.205,
  perSyllablesPer100Words: 0.049,
  base: -3.407,
} as const;

/**
 * Reading ease → school grade, from the interpretation table Fernández Huerta kept from Flesch (90–100: 4th grade,
 * 80–90: 5th, 70–80: 6th, 60–70: 7th–8th, 50–60: pre-university, 30–50: university, 0–30: graduate), as points at
 * the middle of each band; between points the grade is interpolated linearly.
 */
export const SPANISH_EASE_TO_GRADE: ReadonlyArray<readonly [ease: number, grade: number]> = [
  [95, 4],
  [85, 5],
  [75, 6],
  [65, 7.5],
  [55, 10],
  [40, 14],
  [15, 17],
];

/**
 * Al-Heeti AG. Teaching Arabic reading: readability and its measurement (PhD thesis), 1984, policy one:
 * grade = 4.41434307 × average word length in letters − 13.46873475.
 */
export const AL_HEETI = { perLettersPerWord: 4.41434307, base: -13.46873475 } as const;

/**
 * A proxy, not a published formula: for zh, ko and vi the Flesch-Kincaid shape is applied to the units each script
 * has (see docs/plain-language.md). Korean words (eojeol) carry their particles and endings, so their syllable
 * blocks are divided by the average number of morphemes per eojeol; Vietnamese writes every syllable apart and
 * has no word boundary to count, so its words are estimated from syllables.
 */
export const PROXY = {
  /** Morphemes per Korean eojeol in running text (about two: a stem and a particle or ending). */
  koreanMorphemesPerEojeol: 2,
  /** Syllables per Vietnamese word in running text (most words are one or two syllables). */
  vietnameseSyllablesPerWord: 1.5,
} as const;

/** Below these counts a formula is reported but flagged as too short to mean much. */
export const TOO_SHORT = { words: 30, sentences: 3, chineseCharacters: 60 } as const;
