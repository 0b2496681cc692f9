import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGUAGES } from '../../client/shared/languages.js';
import { projectPath } from '../../server/paths.js';
import { ensureWidgetBuilt } from '../../tests/e2e/widget/build.js';

/**
 * The widget's weight as a hospital page pays it: the JavaScript the /demo page loads (widget.js, the
 * frame's entry and preloaded chunks, English strings and, for another language, that language's strings),
 * gzipped at level 9 like the conformance check. The budget is 60 KB. Ends with one RESULT line.
 *   npx tsx bench/widget/size.ts
 */

const BUDGET_KB = 60;
const dist = projectPath('dist', 'client', 'widget');

await ensureWidgetBuilt();

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const raw = (path: string) => readFileSync(path).length;

const frameHtml = readFileSync(join(dist, 'frame.html'), 'utf8');
const referenced = [
  ...frameHtml.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/widget\/(assets\/[^"]+)"/g),
].map((m) => m[1] ?? '');
const entryScripts = referenced.filter((file) => file.endsWith('.js'));
const styles = referenced.filter((file) => file.endsWith('.css'));
const assets = readdirSync(join(dist, 'assets'));
const stringsChunk = (lang: string) => {
  const file = assets.find((name) => name.startsWith(`strings-${lang}-`) && name.endsWith('.js'));
  if (!file) throw new Error(`no strings chunk for ${lang} in ${dist}/assets`);
  return `assets/${file}`;
};

const always = ['widget.js', ...entryScripts, stringsChunk('en')];
const rows = [...always, ...LANGUAGES.filter((l) => l !== 'en').map(stringsChunk), ...styles].map((file) => ({
  file,
  raw: raw(join(dist, file)),
  gzip: gz(join(dist, file)),
}));
const englishGzip = always.reduce((sum, file) => sum + gz(join(dist, file)), 0);
const heaviestOther = Math.max(
  ...LANGUAGES.filter((l) => l !== 'en').map((l) => gz(join(dist, stringsChunk(l)))),
);
const worstGzip = englishGzip + heaviestOther;
const cssGzip = styles.reduce((sum, file) => sum + gz(join(dist, file)), 0);

console.log('file'.padEnd(44), 'raw KB'.padStart(8), 'gzip KB'.padStart(8));
for (const row of rows)
  console.log(row.file.padEnd(44), String(kb(row.raw)).padStart(8), String(kb(row.gzip)).padStart(8));
console.log('');
console.log(`JS for an English page: ${kb(englishGzip)} KB gzipped`);
console.log(
  `JS for a page in another language (heaviest strings): ${kb(worstGzip)} KB gzipped (budget ${BUDGET_KB} KB)`,
);
console.log(`CSS: ${kb(cssGzip)} KB gzipped`);
console.log(
  `RESULT ${JSON.stringify({
    jsGzipKB: kb(englishGzip),
    jsGzipKBOtherLanguage: kb(worstGzip),
    loaderGzipKB: kb(gz(join(dist, 'widget.js'))),
    cssGzipKB: kb(cssGzip),
    budgetKB: BUDGET_KB,
    withinBudget: worstGzip <= BUDGET_KB * 1024,
  })}`,
);
