export {
  checkOutput,
  compareFacts,
  createOutputChecker,
  createOutputCheckers,
  toOutputCheck,
} from './check.js';
export type { OutputCheckOptions, OutputChecker } from './check.js';
export type { KeyedFact } from './extract.js';
export { isMedicineWord } from './extract.js';
export type { GlossaryPair } from './glossary.js';
export { COVERAGE_THRESHOLD } from './coverage.js';
export type { Fact, FactKind, OutputCheck } from './types.js';
