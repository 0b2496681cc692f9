/**
 * `npm run eval:safety`: runs the labelled corpus (tests/fixtures/safety) through the screener and
 * prints sensitivity (red flags caught as emergency or urgent), specificity (ordinary messages and
 * hard negatives allowed), per language and per category, with every miss, for the tuning split
 * and the held-out split apart. Ends with `RESULT {json}`.
 */
import { projectPath } from '../../server/paths.js';
import { loadScreener, type ScreenResult } from '../../safety/screen/index.js';
import { isRedFlag, loadCorpus, SPLITS, type CorpusItem } from './corpus.js';

interface Outcome {
  item: CorpusItem;
  result: ScreenResult;
}

interface Figures {
  redFlags: number;
  caught: number;
  exactAction: number;
  categoryRight: number;
  negatives: number;
  allowed: number;
  injections: number;
  blocked: number;
}

const empty = (): Figures => ({
  redFlags: 0,
  caught: 0,
  exactAction: 0,
  categoryRight: 0,
  negatives: 0,
  allowed: 0,
  injections: 0,
  blocked: 0,
});

function add(figures: Figures, { item, result }: Outcome): void {
  if (isRedFlag(item)) {
    figures.redFlags += 1;
    if (result.action === 'emergency' || result.action === 'urgent') figures.caught += 1;
    if (result.action === item.expect) figures.exactAction += 1;
    if (item.category !== null && result.categories.includes(item.category)) figures.categoryRight += 1;
  } else if (item.expect === 'allow') {
    figures.negatives += 1;
    if (result.action === 'allow') figures.allowed += 1;
  } else {
    figures.injections += 1;
    if (result.action === 'block') figures.blocked += 1;
  }
}

const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
const show = (value: number | null): string => (value === null ? '  -  ' : value.toFixed(3));

function summary(figures: Figures) {
  return {
    sensitivity: ratio(figures.caught, figures.redFlags),
    specificity: ratio(figures.allowed, figures.negatives),
    exactAction: ratio(figures.exactAction, figures.redFlags),
    categoryAccuracy: ratio(figures.categoryRight, figures.redFlags),
    blockRate: ratio(figures.blocked, figures.injections),
    redFlags: figures.redFlags,
    negatives: figures.negatives,
    injections: figures.injections,
  };
}

function table(title: string, rows: Map<string, Figures>): void {
  console.log(`\n${title}`);
  console.log('                   sens   spec   exact  categ  block   flags  neg  inj');
  for (const [name, figures] of rows) {
    const s = summary(figures);
    console.log(
      `  ${name.padEnd(16)} ${show(s.sensitivity)}  ${show(s.specificity)}  ${show(s.exactAction)}  ${show(s.categoryAccuracy)}  ${show(s.blockRate)}  ${String(s.redFlags).padStart(5)} ${String(s.negatives).padStart(4)} ${String(s.injections).padStart(4)}`,
    );
  }
}

function group(outcomes: Outcome[], key: (outcome: Outcome) => string | undefined): Map<string, Figures> {
  const rows = new Map<string, Figures>();
  for (const outcome of outcomes) {
    const name = key(outcome);
    if (name === undefined) continue;
    const figures = rows.get(name) ?? empty();
    add(figures, outcome);
    rows.set(name, figures);
  }
  return new Map([...rows].sort(([a], [b]) => a.localeCompare(b)));
}

const screener = loadScreener(projectPath('safety', 'lexicons'));
const corpus = loadCorpus(projectPath('tests', 'fixtures', 'safety'));
const outcomes: Outcome[] = corpus.map((item) => ({ item, result: screener.screen(item.text) }));

const report: Record<string, unknown> = {};
for (const split of SPLITS) {
  const part = outcomes.filter((outcome) => outcome.item.split === split);
  // A held-out round sits in `fresh` only while it is measured for the first time.
  if (part.length === 0) continue;
  console.log(`\n=== ${split} (${part.length} messages) ===`);
  table(
    'by language',
    group(part, (o) => o.item.lang),
  );
  table(
    'by category (red flags)',
    group(part, (o) => (isRedFlag(o.item) ? (o.item.category ?? 'none') : undefined)),
  );
  table(
    'by kind',
    group(part, (o) => o.item.kind),
  );
  const misses = part.filter((o) => {
    if (isRedFlag(o.item)) return o.result.action !== 'emergency' && o.result.action !== 'urgent';
    return o.result.action !== o.item.expect;
  });
  console.log(`\nmisses (${misses.length}):`);
  for (const { item, result } of misses) {
    console.log(
      `  ${item.id} expected ${item.expect} got ${result.action} [${result.categories.join(',')}] ${JSON.stringify(item.text)} ${result.matches.map((m) => m.ruleId).join(' ')}`,
    );
  }
  const all = empty();
  for (const outcome of part) add(all, outcome);
  const selfHarm = empty();
  for (const outcome of part)
    if (outcome.item.category === 'self_harm' && isRedFlag(outcome.item)) add(selfHarm, outcome);
  report[split] = {
    ...summary(all),
    selfHarmSensitivity: summary(selfHarm).sensitivity,
    n: part.length,
    perLanguage: Object.fromEntries([...group(part, (o) => o.item.lang)].map(([k, v]) => [k, summary(v)])),
    perCategory: Object.fromEntries(
      [...group(part, (o) => (isRedFlag(o.item) ? (o.item.category ?? 'none') : undefined))].map(([k, v]) => [
        k,
        summary(v).sensitivity,
      ]),
    ),
  };
}
const total = empty();
for (const outcome of outcomes) add(total, outcome);
const selfHarmAll = empty();
for (const outcome of outcomes)
  if (outcome.item.category === 'self_harm' && isRedFlag(outcome.item)) add(selfHarmAll, outcome);
const overall = summary(total);
console.log(
  `\noverall: sensitivity ${show(overall.sensitivity)}  specificity ${show(overall.specificity)}  n ${outcomes.length}`,
);
console.log(
  `RESULT ${JSON.stringify({
    sensitivity: overall.sensitivity,
    specificity: overall.specificity,
    selfHarmSensitivity: summary(selfHarmAll).sensitivity,
    blockRate: overall.blockRate,
    n: outcomes.length,
    ...report,
  })}`,
);
