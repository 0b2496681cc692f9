import type { Lang } from '../../client/shared/languages.js';
import { IMPERATIVE_VERBS, OBLIGATION_PHRASES, STOPWORDS } from './data/instructions.js';
import type { CompiledPatterns } from './patterns.js';
import type { Fact } from './types.js';

/** Share of a key sentence's content words that must be found again in the rewrite, near each other. */
export const COVERAGE_THRESHOLD = 0.6;
const MAX_ANCHORS = 256;

const NO_SPACES: ReadonlySet<Lang> = new Set<Lang>(['zh', 'ko']);
const SENTENCE_END = /(?<=[.!?؟。！？])\s+|\n+/u;
const LIST_MARKER = /^\s*(?:[-*•·▪◦‣]|\(?\d{1,3}[.)]|\(?[a-z][)])\s+/iu;
const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

interface Sentence {
  text: string;
  start: number;
  end: number;
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let at = 0;
  for (const part of text.split(SENTENCE_END)) {
    const start = text.indexOf(part, at);
    const end = start + part.length;
    at = end;
    const body = part.replace(LIST_MARKER, '').trim();
    if (/[\p{L}]/u.test(body)) out.push({ text: body, start, end });
  }
  return out;
}

/** Indexes of the sentences that any of the regexes (global) matches in the text. */
function sentencesMatching(
  text: string,
  sentences: readonly Sentence[],
  regexes: readonly RegExp[],
): Set<number> {
  const hit = new Set<number>();
  const starts = sentences.map((s) => s.start);
  for (const regex of regexes) {
    for (const m of text.matchAll(regex)) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= m.index) lo = mid;
        else hi = mid - 1;
      }
      hit.add(lo);
    }
  }
  return hit;
}

function stem(word: string, lang: Lang): string {
  if (lang === 'en') {
    for (const suffix of ['ing', 'ed', 'es', 's']) {
      if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
    }
  }
  if (lang === 'es' && word.length > 4) return word.replace(/(?:es|s)$/u, '');
  return word;
}

function contentWords(sentence: string, lang: Lang, stop: ReadonlySet<string>): Set<string> {
  const lower = sentence.toLowerCase();
  const words = new Set<string>();
  if (NO_SPACES.has(lang)) {
    const chars = [...lower.replace(/[^\p{L}]/gu, '')];
    for (let i = 0; i + 1 < chars.length; i++) words.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
    return words;
  }
  for (const m of lower.matchAll(TOKEN)) {
    const word = m[0].startsWith('qqk') ? m[0].replace(/qqn[a-z]+$/u, '') : m[0];
    if (!stop.has(word) && word.length > 1) words.add(stem(word, lang));
  }
  return words;
}

function countAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasIn(sorted: readonly number[], from: number, to: number): boolean {
  const i = countAtOrAfter(sorted, from);
  return i < sorted.length && (sorted[i] ?? Infinity) < to;
}

/**
 * The most of `words` found in any run of `window` consecutive output sentences. Runs are tried around the
 * places where the rarer words occur (all of a word's places, rarest words first, up to MAX_ANCHORS places).
 */
function bestWindow(
  words: readonly string[],
  positions: ReadonlyMap<string, readonly number[]>,
  window: number,
): number {
  const present = words
    .map((w) => positions.get(w) ?? [])
    .filter((p) => p.length > 0)
    .sort((a, b) => a.length - b.length);
  let best = 0;
  const anchors = new Set<number>();
  for (const p of present) {
    if (anchors.size >= MAX_ANCHORS) break;
    for (const a of p) anchors.add(a);
  }
  for (const anchor of anchors) {
    for (let start = Math.max(0, anchor - window + 1); start <= anchor; start++) {
      let found = 0;
      for (const p of present) if (hasIn(p, start, start + window)) found++;
      best = Math.max(best, found);
    }
    if (best === words.length) break;
  }
  return best;
}

const letters = (n: number): string =>
  n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26) - 1) + letters(n % 26);

interface Canonical {
  text: string;
  /** What each numbered token stood for, to show a person the sentence as written. */
  phrases: string[];
}

/**
 * Says each frequency, route and instruction word as one token, so "BID" and "twice a day" are the same word
 * ("qqk<key>qqn<n>"; the qqn<n> part, which numbers the phrase for showing it again, is not compared).
 */
function canonicalPhrases(text: string, patterns: CompiledPatterns): Canonical {
  const phrases: string[] = [];
  let out = text;
  for (const { regex, tokens } of patterns.phrases) {
    out = out.replace(regex, (...args: unknown[]) => {
      const match = String(args[0]);
      // The first top-level group that took part names the row.
      const groups = args.slice(1, -2);
      const row = tokens.find((t) => groups[t.group] !== undefined);
      phrases.push(match);
      return ` ${row?.token ?? 'qqkz'}qqn${letters(phrases.length - 1)} `;
    });
  }
  return { text: out, phrases };
}

function restore(sentence: string, canonical: Canonical): string {
  return sentence
    .replace(/ ?qqk[a-z]+?qqn([a-z]+) ?/gu, (_, n: string) => ` ${canonical.phrases[fromLetters(n)] ?? ''} `)
    .replace(/\s+/gu, ' ')
    .replace(/ ([.,;:!?])/gu, '$1')
    .trim();
}

function fromLetters(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 96);
  return n - 1;
}

export interface CoverageInput {
  source: string;
  output: string;
  lang: Lang;
  outputLang: Lang;
  patterns: CompiledPatterns;
}

/**
 * The source's instructions, warnings and risks that the rewrite no longer says: a key sentence (one that starts
 * with an instruction verb, asks something of the reader, or names a warning sign, a risk or a "do not") must have
 * COVERAGE_THRESHOLD of its content words within a few consecutive sentences of the rewrite. Both texts have been
 * through the glossary, so "dyspnea" and "shortness of breath" are the same words here. Only within one language.
 */
export function uncoveredSentences(input: CoverageInput): Fact[] {
  const { lang } = input;
  if (lang !== input.outputLang) return [];
  const stop = new Set(STOPWORDS[lang] ?? []);
  const verbs = new Set(IMPERATIVE_VERBS[lang] ?? []);
  const obligations = OBLIGATION_PHRASES[lang] ?? [];
  const warningRows = input.patterns.warnings;
  const instructionRows = input.patterns.instructions;

  const outSentences = sentencesOf(canonicalPhrases(input.output, input.patterns).text).map((s) =>
    contentWords(s.text, lang, stop),
  );
  const positions = new Map<string, number[]>();
  outSentences.forEach((words, i) => {
    for (const w of words) {
      const list = positions.get(w);
      if (list) list.push(i);
      else positions.set(w, [i]);
    }
  });

  const canonical = canonicalPhrases(input.source, input.patterns);
  const sentences = sentencesOf(canonical.text);
  const warned = sentencesMatching(
    canonical.text,
    sentences,
    warningRows.map((r) => r.regex),
  );
  const instructed = sentencesMatching(canonical.text, sentences, [
    ...instructionRows.map((r) => r.regex),
    /qqk/gu,
  ]);

  const missing: Fact[] = [];
  sentences.forEach((sentence, index) => {
    const lower = sentence.text.toLowerCase();
    const body = lower.replace(/^[\p{L}\s/-]{2,40}:\s+/u, '');
    const first = body.match(TOKEN)?.[0] ?? '';
    const warns = warned.has(index);
    const key =
      warns || instructed.has(index) || verbs.has(first) || obligations.some((p) => lower.includes(p));
    if (!key) return;
    const words = [...contentWords(body, lang, stop)];
    if (words.length < 2) return;
    const best = bestWindow(words, positions, 3 + Math.floor(words.length / 4));
    if (best / words.length < COVERAGE_THRESHOLD) {
      const original = restore(sentence.text, canonical);
      const excerpt = original.length > 90 ? `${original.slice(0, 87)}…` : original;
      missing.push({ kind: warns ? 'warning' : 'instruction', text: excerpt });
    }
  });
  return missing;
}
