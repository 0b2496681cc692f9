export { scoreSentences, scoreText, scoreTextAndSentences, scoreWithPart } from './score.js';
export { splitSentences, wordsOf, LIST_MARKER } from './segment.js';
export type { TextSpan } from './segment.js';
export { countText } from './count.js';
export type { SyllableMemo } from './count.js';
export type { Counts } from './formulas.js';
export {
  alHeetiGrade,
  colemanLiauIndex,
  crawfordGrade,
  fernandezHuerta,
  fleschKincaidGrade,
  fleschReadingEase,
  smogGrade,
  spanishEaseToGrade,
  szigrisztPazos,
} from './formulas.js';
export { englishSyllables } from './syllables/en.js';
export { spanishSyllables } from './syllables/es.js';
export type { ReadabilityScores, SentenceReadability } from './types.js';
