import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../client/shared/languages.js';
import { parseLexicon } from './schema.js';
import type { Lexicon } from './types.js';

/** Reads `<dir>/<lang>.json` (dir is the project's content/lexicon). */
export function loadLexicon(dir: string, lang: Lang): Lexicon {
  const file = join(dir, `${lang}.json`);
  const lexicon = parseLexicon(JSON.parse(readFileSync(file, 'utf8')), file);
  if (lexicon.lang !== lang) throw new Error(`${file}: says lang "${lexicon.lang}", expected "${lang}"`);
  return lexicon;
}
