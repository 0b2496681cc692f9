import type { Lang } from '../../client/shared/languages.js';
import type { TermIndex } from '../../content/lexicon/termIndex.js';
import {
  COMMON_MEDICINES,
  DRUG_STEMS,
  DRUG_STEMS_ES,
  MIN_STEM_WORD,
  NOT_MEDICINES,
} from './data/medicines.js';
import { NUMBER_WORDS } from './data/units.js';
import { SIG_NUMBER_WORDS } from './data/sig.js';
import { findDates } from './dates.js';
import type { Substitute } from './glossary.js';
import { canonicalNumber, mask, normalizeForFacts } from './normalize.js';
import type { CompiledPatterns } from './patterns.js';
import type { Fact } from './types.js';

/** A fact with the canonical key two texts are compared on. */
export interface KeyedFact extends Fact {
  key: string;
  /** Where it starts in the normalised text (for pairing a dose with its medicine). */
  start?: number;
}

export interface ExtractContext {
  patterns: CompiledPatterns;
  /** A term index; its entries of category "medication" name medicines (buildTermIndex of the lexicon). */
  medicines?: TermIndex;
  /** The glossary's plain words standing for its terms, for warnings and instructions. */
  substitute: Substitute;
  /** Text as the validator compares it (normalizeForFacts, possibly remembered). */
  normalize?: (text: string) => string;
}

interface Span {
  start: number;
  end: number;
}

// A numbered list's marker ("1. ", "2) ") is layout, not a fact.
const LIST_NUMBER = /^[ \t]*\(?\d{1,3}[.)](?=[ \t])/gmu;
const PHONE = /(?<![\p{N}])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?![\p{N}])/gu;
const BLOOD_PRESSURE = /(?<![\p{N}/])(\d{2,3})\s?\/\s?(\d{2,3})(?![\p{N}/])(\s*mm\s?hg)?/giu;
const FRACTION =
  /(?<![\p{N}/])(\d{1,2})\/(\d{1,2})(?=\s*(?:of\s+an?\s+)?(?:tab|tablet|cap|capsule|cup|tsp|teaspoon|pill|comprimido|tableta|taza))/giu;
const BARE_NUMBER = /(?<![\p{L}\p{N}.,])(?:\d+(?:[.,]\d+)*|\.\d+)(?![\p{N}])/gu;
const WORD = /[\p{L}][\p{L}'’]*/gu;

const COMMON = new Set(COMMON_MEDICINES);
const COMMON_MULTI = COMMON_MEDICINES.filter((m) => m.includes(' '));
const NOT_MEDICINE = new Set(NOT_MEDICINES);
const STEMS = [...DRUG_STEMS, ...DRUG_STEMS_ES].sort((a, b) => b.length - a.length);

function numberOf(raw: string, patterns: CompiledPatterns): string {
  const word = NUMBER_WORDS[raw.toLowerCase()];
  return word !== undefined ? String(word) : canonicalNumber(raw, patterns.decimalComma);
}

function fillKey(template: string, m: RegExpExecArray, patterns: CompiledPatterns): string {
  const numbers = m.slice(1).filter((g): g is string => g !== undefined);
  return template.replace(/\{(\d)\}/gu, (_, i: string) => {
    const raw = numbers[Number(i) - 1] ?? '';
    return SIG_NUMBER_WORDS[raw.toLowerCase()] ?? canonicalNumber(raw, patterns.decimalComma);
  });
}

/** A word that names a medicine by the common list or a USAN/INN stem (lower case). */
export function isMedicineWord(lower: string): boolean {
  if (COMMON.has(lower)) return true;
  if (lower.length < MIN_STEM_WORD || NOT_MEDICINE.has(lower)) return false;
  return STEMS.some((stem) => lower.endsWith(stem));
}

/** Medicine names, canonical (the lexicon entry's term, or the word itself) and counted per mention. */
function findMedicines(text: string, ctx: ExtractContext): KeyedFact[] {
  const facts: KeyedFact[] = [];
  let rest = text;
  if (ctx.medicines) {
    const spans: Span[] = [];
    for (const match of ctx.medicines.find(text)) {
      if (match.entry.category !== 'medication') continue;
      facts.push({
        kind: 'medicine',
        text: match.text,
        key: `medicine:${match.entry.term.toLowerCase()}`,
        start: match.start,
      });
      spans.push(match);
    }
    rest = mask(rest, spans);
  }
  const lowerRest = rest.toLowerCase();
  const multiSpans: Span[] = [];
  for (const name of COMMON_MULTI) {
    let from = lowerRest.indexOf(name);
    while (from !== -1) {
      const before = lowerRest.charAt(from - 1);
      const after = lowerRest.charAt(from + name.length);
      if (!/[\p{L}]/u.test(before) && !/[\p{L}]/u.test(after)) {
        facts.push({
          kind: 'medicine',
          text: rest.slice(from, from + name.length),
          key: `medicine:${name}`,
          start: from,
        });
        multiSpans.push({ start: from, end: from + name.length });
      }
      from = lowerRest.indexOf(name, from + name.length);
    }
  }
  rest = mask(rest, multiSpans);
  for (const m of rest.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    if (isMedicineWord(lower))
      facts.push({ kind: 'medicine', text: m[0], key: `medicine:${lower}`, start: m.index });
  }
  return facts;
}

function findKeyed(
  text: string,
  rows: ReadonlyArray<{ key: string; regex: RegExp }>,
  kind: Fact['kind'],
): KeyedFact[] {
  const facts: KeyedFact[] = [];
  let rest = text;
  for (const row of rows) {
    const spans: Span[] = [];
    for (const m of rest.matchAll(row.regex)) {
      facts.push({ kind, text: m[0].trim(), key: `${kind}:${row.key}` });
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
    rest = mask(rest, spans);
  }
  return facts;
}

/** Units a medicine is taken in: a size ("1 cm ulcer") or a reading ("89 %") near a medicine is not its dose. */
const PAIRED_UNITS: ReadonlySet<string> = new Set([
  'mg',
  'mcg',
  'g',
  'mL',
  'L',
  'unit',
  'mEq',
  'mmol',
  'tablet',
  'capsule',
  'pill',
  'puff',
  'drop',
  'spray',
  'patch',
  'dose',
  'injection',
  'teaspoon',
  'tablespoon',
]);

const SENTENCE_BREAK = /[.!?。！？؟](?=\s)|\n/gu;

/**
 * Each dose (an amount with a unit: "25 mg", "1 tablet") with the medicine it belongs to: the nearest medicine
 * before it in its sentence, else the nearest after it. A rewrite that keeps every dose and every medicine but gives
 * "max 4 tablets" to the wrong one has lost the pair "oxycodone 4 tablet".
 */
function pairDoses(
  normal: string,
  facts: readonly KeyedFact[],
  medicines: readonly KeyedFact[],
): KeyedFact[] {
  if (medicines.length === 0) return [];
  const breaks = [...normal.matchAll(SENTENCE_BREAK)].map((m) => m.index);
  const sentenceOf = (at: number): number => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // A combination ("sulfamethoxazole-trimethoprim", "budesonide/formoterol") is one medicine for its doses.
  const sorted = medicines
    .filter((m) => m.start !== undefined)
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  const groups: Array<{ keys: string[]; text: string; at: number; end: number }> = [];
  for (const m of sorted) {
    const at = m.start ?? 0;
    const last = groups[groups.length - 1];
    if (last && /^\s*[-/]\s*$/u.test(normal.slice(last.end, at))) {
      last.keys.push(m.key.slice('medicine:'.length));
      last.text = normal.slice(last.at, at + m.text.length);
      last.end = at + m.text.length;
    } else {
      groups.push({ keys: [m.key.slice('medicine:'.length)], text: m.text, at, end: at + m.text.length });
    }
  }
  const meds = groups.map((g) => ({
    fact: { text: g.text, key: `medicine:${[...g.keys].sort().join('+')}` },
    at: g.at,
    sentence: sentenceOf(g.at),
  }));
  const pairs: KeyedFact[] = [];
  for (const dose of facts) {
    if (dose.kind !== 'dose' || !dose.key.startsWith('dose:') || dose.start === undefined) continue;
    if (!PAIRED_UNITS.has(dose.key.slice(dose.key.lastIndexOf(' ') + 1))) continue;
    const sentence = sentenceOf(dose.start);
    const inSentence = meds.filter((m) => m.sentence === sentence);
    const before = inSentence.filter((m) => m.at < (dose.start ?? 0)).pop();
    const after = inSentence.find((m) => m.at > (dose.start ?? 0));
    const med = before ?? after;
    if (!med) continue;
    pairs.push({
      kind: 'dose',
      text: `${med.fact.text} ${dose.text}`,
      key: `pair:${med.fact.key.slice('medicine:'.length)}|${dose.key.slice('dose:'.length)}`,
    });
  }
  return pairs;
}

/**
 * Every fact of a text: dates and times, phone numbers, blood pressures, doses with their units, how often and by
 * which route, bare numbers, medicine names, warning signs and instruction words. Each pass masks what it found, so
 * "q4-6h" is one frequency and not also the numbers 4 and 6.
 */
export function extractFacts(text: string, ctx: ExtractContext): KeyedFact[] {
  const { patterns } = ctx;
  const lang: Lang = patterns.lang;
  const normal = (ctx.normalize ?? normalizeForFacts)(text);
  const facts: KeyedFact[] = [];
  let rest = mask(
    normal,
    [...normal.matchAll(LIST_NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );

  const take = (regex: RegExp, toFact: (m: RegExpExecArray) => KeyedFact | undefined): void => {
    const spans: Span[] = [];
    for (const m of rest.matchAll(regex)) {
      const fact = toFact(m);
      if (!fact) continue;
      facts.push({ ...fact, start: m.index });
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
    rest = mask(rest, spans);
  };

  const dates = findDates(rest, lang);
  for (const d of dates) facts.push({ kind: 'date', text: d.text, key: d.key });
  rest = mask(rest, dates);
  take(PHONE, (m) => ({
    kind: 'number',
    text: m[0],
    key: `phone:${m[0].replace(/\D/gu, '').replace(/^1(?=\d{10}$)/u, '')}`,
  }));
  take(BLOOD_PRESSURE, (m) =>
    Number(m[1]) >= 40 && Number(m[2]) >= 20
      ? { kind: 'dose', text: m[0].trim(), key: `dose:${m[1]}/${m[2]} mmHg` }
      : undefined,
  );
  take(FRACTION, (m) => ({ kind: 'dose', text: m[0], key: `number:${Number(m[1]) / Number(m[2])}` }));
  // The display drops a sentence's full stop that a dotted abbreviation ("b.i.d.") took with it.
  for (const row of patterns.sig)
    take(row.regex, (m) => ({
      kind: 'dose',
      text: m[0].trim().replace(/(?<=\p{L})\.$/u, ''),
      key: fillKey(row.key, m, patterns),
    }));
  const quantity = (m: RegExpExecArray): KeyedFact | undefined => {
    const unit = patterns.unitOf(m[3] ?? '');
    if (!unit) return undefined;
    const amount = numberOf(m[1] ?? '', patterns) + (m[2] ? `-${numberOf(m[2], patterns)}` : '');
    return {
      kind: unit.kind === 'dose' ? 'dose' : 'number',
      text: m[0].trim(),
      key: `${unit.kind}:${amount} ${unit.unit}`,
    };
  };
  take(patterns.quantityExactCase, quantity);
  take(patterns.quantity, quantity);
  take(BARE_NUMBER, (m) => ({
    kind: 'number',
    text: m[0],
    key: `number:${canonicalNumber(m[0], patterns.decimalComma)}`,
  }));

  const medicines = findMedicines(normal, ctx);
  facts.push(...medicines, ...pairDoses(normal, facts, medicines));

  const plain = ctx.substitute(normal);
  facts.push(...findKeyed(plain, patterns.instructions, 'instruction'));
  facts.push(...findKeyed(plain, patterns.warnings, 'warning'));
  return facts;
}
