import { LANGUAGES, type Lang } from '../../client/shared/languages.js';
import { loadLexicon } from '../../content/lexicon/load.js';
import { buildTermIndex } from '../../content/lexicon/termIndex.js';
import type { Lexicon } from '../../content/lexicon/types.js';
import { buildMedicationIndex } from '../../content/simplify/medicationIndex.js';
import { createOutputChecker, type OutputChecker } from '../../safety/output/index.js';
import { createRedactor } from '../../safety/phi/index.js';
import { guidanceFor, loadScreener } from '../../safety/screen/index.js';
import type { ChatEngines } from '../app.js';
import type { Translate } from '../i18n.js';
import { projectPath } from '../paths.js';
import { createTermExplainer } from './answerers/termExplainer.js';
import type { OutputCheckPort, ScreenerPort } from './ports.js';

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
      return {
        action: result.action,
        categories: result.categories,
        lang: result.lang,
        ...(guidance ? { guidance } : {}),
      };
    },
  };
}

/**
 * The output check for answers, one compiled checker per language (compiling its patterns costs
 * milliseconds; checking an answer, much less). An answer is judged on what it adds, not on
 * covering every sentence of its grounding.
 */
export function answerChecker(lexicons: Record<Lang, Lexicon>): OutputCheckPort {
  const checkers = Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      createOutputChecker({ lang, medicines: buildMedicationIndex(lexicons[lang]), sentences: false }),
    ]),
  ) as Record<Lang, OutputChecker>;
  return (source, output, options) => checkers[options?.lang ?? 'en'].check(source, output);
}

/** The embedded guardrails and answer engine, built once at start from the project's data files. */
export function loadChatEngines(
  t: Translate,
  numbers: { emergency: string; crisis: string },
  lexicons: Record<Lang, Lexicon> = loadLexicons(),
): ChatEngines {
  const redactor = createRedactor();
  const indexes = Object.fromEntries(LANGUAGES.map((lang) => [lang, buildTermIndex(lexicons[lang])]));
  return {
    screener: loadScreenerPort(),
    redactor,
    checkOutput: answerChecker(lexicons),
    answerer: createTermExplainer({ indexes, t, numbers }),
  };
}
