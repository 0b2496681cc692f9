import { LANGUAGES, type Lang } from '../../client/shared/languages.js';
import { loadLexicon } from '../../content/lexicon/load.js';
import { buildTermIndex, type TermIndex } from '../../content/lexicon/termIndex.js';
import { checkOutput } from '../../safety/output/index.js';
import { createRedactor } from '../../safety/phi/index.js';
import { guidanceFor, loadScreener } from '../../safety/screen/index.js';
import type { ScreenerPort } from './ports.js';
import type { ChatEngines } from '../app.js';
import type { Translate } from '../i18n.js';
import { projectPath } from '../paths.js';
import { createTermExplainer } from './answerers/termExplainer.js';

/** Term indexes for every language we speak, from content/lexicon. */
export function loadTermIndexes(): Record<Lang, TermIndex> {
  const dir = projectPath('content', 'lexicon');
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, buildTermIndex(loadLexicon(dir, lang))])) as Record<
    Lang,
    TermIndex
  >;
}

/** The red-flag screener, with the guidance each result calls for worked out beside it. */
export function loadScreenerPort(): ScreenerPort {
  const screener = loadScreener(projectPath('safety', 'lexicons'));
  return {
    screen(text, options) {
      const result = screener.screen(text, options);
      const guidance = guidanceFor(result);
      return { action: result.action, categories: result.categories, lang: result.lang, ...(guidance ? { guidance } : {}) };
    },
  };
}

/** The embedded guardrails and answer engine, built once at start from the project's data files. */
export function loadChatEngines(t: Translate): ChatEngines {
  const redactor = createRedactor();
  return {
    screener: loadScreenerPort(),
    redactor,
    checkOutput,
    answerer: createTermExplainer({ indexes: loadTermIndexes(), t }),
  };
}
