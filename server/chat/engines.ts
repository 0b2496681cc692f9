import { LANGUAGES, type Lang } from '../../client/shared/languages.js';
import { loadLexicon } from '../../content/lexicon/load.js';
import { buildTermIndex } from '../../content/lexicon/termIndex.js';
import type { Lexicon } from '../../content/lexicon/types.js';
import { checkOutput } from '../../safety/output/index.js';
import { createRedactor } from '../../safety/phi/index.js';
import { guidanceFor, loadScreener } from '../../safety/screen/index.js';
import type { ChatEngines } from '../app.js';
import type { Translate } from '../i18n.js';
import { projectPath } from '../paths.js';
import { createTermExplainer } from './answerers/termExplainer.js';
import type { ScreenerPort } from './ports.js';

/** Every language's jargon lexicon, from content/lexicon (read once at start, shared by chat and simplifier). */
export function loadLexicons(): Record<Lang, Lexicon> {
  const dir = projectPath('content', 'lexicon');
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, loadLexicon(dir, lang)])) as Record<Lang, Lexicon>;
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
export function loadChatEngines(t: Translate, lexicons: Record<Lang, Lexicon> = loadLexicons()): ChatEngines {
  const redactor = createRedactor();
  const indexes = Object.fromEntries(LANGUAGES.map((lang) => [lang, buildTermIndex(lexicons[lang])]));
  return {
    screener: loadScreenerPort(),
    redactor,
    checkOutput,
    answerer: createTermExplainer({ indexes, t }),
  };
}
