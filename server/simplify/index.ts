export {
  createSimplifier,
  DEFAULT_CONCURRENCY,
  DEFAULT_DOCUMENT_TOKEN_BUDGET,
  DEFAULT_SECTION_TOKENS,
  DEFAULT_TARGET_GRADE,
  DEFAULT_TIMEOUT_MS,
  type SimplifierDeps,
} from './engine.js';
export { factCheckFromLexicons, type FactCheckFor, type FactCheckOptions } from './factCheck.js';
export type {
  EmbeddedSimplifier,
  Progress,
  ProgressStage,
  Redactor,
  Simplifier,
  SimplifyOptions,
  SimplifyRequest,
  SimplifyResult,
} from './types.js';
