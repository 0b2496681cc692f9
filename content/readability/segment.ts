import type { Lang } from '../../client/shared/languages.js';

/** A piece of text with its character offsets into the text it came from. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** Languages whose sentences end with full-width marks that need no space after them. */
const FULL_WIDTH_END = /[。！？]/u;
const HALF_WIDTH_END = /[.!?؟]/u;
const CLOSERS = /["'”’)\]»」』]/u;
const END_MARKS = /[.!?؟。！？]/gu;

// Words after which a dot never ends a sentence ("Dr. Lee"), and words after which it ends one only when the next
// word starts with a capital letter ("approx. 5" goes on, "etc. Then" stops).
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'sr', 'jr', 'dra', 'sra', 'srta', 'drs']);
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'vs',
  'approx',
  'no',
  'fig',
  'etc',
  'p.o',
  'b.i.d',
  't.i.d',
  'q.i.d',
  'p.r.n',
  'a.m',
  'p.m',
  'n.p.o',
  'q.d',
  'h.s',
  'min',
  'max',
  'incl',
  'cf',
  'ej',
  'aprox',
  'pág',
  'núm',
]);

/** A list marker at the start of a line: "- ", "* ", "• ", "1. ", "1) ", "a) ", "(2) ". */
export const LIST_MARKER = /^[ \t]*(?:[-*•·▪◦‣–—]|\(?\d{1,3}[.)]|\(?[a-zA-Z][)]|\([a-zA-Z]\))[ \t]+/u;

function previousWord(line: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}\p{N}.]/u.test(line.charAt(i))) i--;
  return line.slice(i + 1, dot).toLowerCase();
}

function nextVisible(line: string, from: number): string {
  let i = from;
  while (i < line.length && /\s/u.test(line.charAt(i))) i++;
  return line.charAt(i);
}

/** Is the mark at `i` in `line` the end of a sentence? */
function endsSentence(line: string, i: number): boolean {
  const ch = line.charAt(i);
  if (FULL_WIDTH_END.test(ch)) return true;
  if (!HALF_WIDTH_END.test(ch)) return false;
  let after = i + 1;
  while (after < line.length && CLOSERS.test(line.charAt(after))) after++;
  // "0.5", "b.i.d", "U.S": a mark inside a token is not an end.
  if (after < line.length && !/\s/u.test(line.charAt(after))) return false;
  if (ch !== '.') return true;
  const word = previousWord(line, i);
  const next = nextVisible(line, after);
  if (next === '') return true;
  if (TITLES.has(word)) return false;
  // A single capital initial: "J. Smith".
  if (/^\p{Lu}$/u.test(line.slice(i - 1, i)) && word.length === 1) return false;
  // A lower-case or numeric continuation means the dot belonged to an abbreviation ("p.o. twice", "approx. 5").
  if (/[\p{Ll}\p{N}]/u.test(next)) return !(ABBREVIATIONS.has(word) || word.includes('.'));
  return true;
}

function pushSpan(spans: TextSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e)))
    spans.push({ text: text.slice(s, e), start: s, end: e });
}

/**
 * Splits text into sentences. A line break always ends a sentence (headings, list items and table rows are units of
 * their own), a list marker is not part of its sentence, and a dot after an abbreviation, inside a number or before a
 * lower-case word does not end one.
 */
export function splitSentences(text: string, _lang: Lang): TextSpan[] {
  const spans: TextSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const marker = LIST_MARKER.exec(line);
    let from = marker ? marker[0].length : 0;
    // Only the marks that can end a sentence are looked at.
    for (const mark of line.matchAll(END_MARKS)) {
      const i = mark.index;
      if (i < from || !endsSentence(line, i)) continue;
      let end = i + 1;
      while (end < line.length && CLOSERS.test(line.charAt(end))) end++;
      pushSpan(spans, text, lineStart + from, lineStart + end);
      from = end;
    }
    pushSpan(spans, text, lineStart + from, lineEnd);
    lineStart = lineEnd + 1;
  }
  return spans;
}

const LATIN_WORD = /[\p{L}\p{M}\p{N}]+(?:[.,'’][\p{L}\p{M}\p{N}]+)*/gu;
const HAN = /\p{Script=Han}/u;
const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The words of a text as the formulas count them. Chinese has no spaces, so its words come from ICU's dictionary
 * segmenter (Intl.Segmenter); the other languages are split at spaces and punctuation (hyphens split "follow-up").
 */
export function wordsOf(text: string, lang: Lang): string[] {
  if (lang === 'zh') {
    const words: string[] = [];
    for (const seg of zhSegmenter.segment(text)) {
      if (seg.isWordLike && /[\p{L}\p{N}]/u.test(seg.segment)) words.push(seg.segment);
    }
    return words;
  }
  return text.match(LATIN_WORD) ?? [];
}

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}
