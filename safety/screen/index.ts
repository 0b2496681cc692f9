/**
 * The red-flag screener: what happens to every patient message before anything else runs.
 * Pure and synchronous: no network, no store, no model, so it works when everything else is down.
 */
export type {
  ScreenAction,
  RedFlagCategory,
  BlockCategory,
  Category,
  Finding,
  ScreenResult,
  ScreenOptions,
  Screener,
} from './types.js';
export { RED_FLAG_CATEGORIES, BLOCK_CATEGORIES } from './types.js';
export { CATEGORY_ACTION, CATEGORY_PRIORITY } from './categories.js';
export { guidanceFor, GUIDANCE, type GuidanceNumber } from './guidance.js';
export { loadScreener, createScreener } from './screener.js';
export { loadLexicons, type Lexicon } from './loadLexicons.js';
export { compileLexicons, type CompiledLexicons } from './compile.js';
export { parseLexiconFile, type LexiconFile } from './lexiconSchema.js';
