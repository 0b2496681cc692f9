import type { LanguageRules } from '../data/types.js';
import { unicodeBoundaries } from './patternRules.js';

export interface CompiledSplitRules {
  intros: Array<{ regex: RegExp; lead: string | undefined; requires: RegExp | undefined; colon: boolean }>;
  joints: Array<{ regex: RegExp; start: string; always: boolean }>;
  starters: ReadonlySet<string>;
  sentenceEnd: string;
  /** What goes between two sentences: a space, or nothing in Chinese. */
  joiner: string;
  /** Finite verbs (auxiliaries) that show a clause has its own verb. */
  verbs: ReadonlySet<string>;
  /** English: a word in -ed is a verb in the past tense. */
  pastTense: boolean;
}

/** Lead-ins of a warning list ("call 911 for a, b, or c") need a call to action before them. */
const CALL_TO_ACTION =
  /\b(?:call|return|go|come back|seek|contact|911|emergency|llame|regrese|vuelva|acuda|vaya|urgencias)\b/iu;

export function compileSplitRules(rules: LanguageRules): CompiledSplitRules {
  return {
    intros: [
      ...rules.listIntros.map((i) => {
        const named = i.lead.endsWith(':') && !i.lead.includes(' ');
        return {
          regex: new RegExp(
            `^(.{3,}?)(${unicodeBoundaries(i.pattern)})(?:,?\\s+but\\s+(?:are|is)\\s+not\\s+limited\\s+to,?)?\\s+(.+)$`,
            'iu',
          ),
          lead: named ? undefined : i.lead,
          requires: named ? undefined : CALL_TO_ACTION,
          colon: false,
        };
      }),
      // "Risks: a, b, c": a colon inside a sentence starts a list too (three items or more, "and" not needed).
      { regex: /^(.{3,}?)(:)\s+(.+)$/u, lead: ':', requires: undefined, colon: true },
    ],
    joints: rules.clauseJoints.map((j) => ({
      regex: new RegExp(unicodeBoundaries(j.pattern), 'giu'),
      start: j.start,
      always: j.pattern.startsWith(';') || j.pattern.startsWith('[;'),
    })),
    starters: new Set(rules.clauseStarters),
    sentenceEnd: rules.sentenceEnd,
    joiner: rules.sentenceEnd === '。' ? '' : ' ',
    verbs: new Set(rules.finiteVerbs),
    pastTense: rules.clauseStarters.includes('you'),
  };
}

/** Words, with Chinese and Japanese characters counted as about 1.6 to a word (they are written without spaces). */
const wordCount = (s: string): number => {
  const han = s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const rest = s.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ');
  return rest.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + Math.round(han / 1.6);
};

function balanced(s: string): boolean {
  return (s.match(/\(/gu)?.length ?? 0) === (s.match(/\)/gu)?.length ?? 0);
}

function parenDepthAt(s: string, index: number): number {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth;
}

/**
 * "Call 911 for a, b, or c." → "Call 911 if you have any of these:" and one line per item. Needs three items or
 * more, a final "and"/"or", and items of twelve words or fewer; returns undefined when the sentence is not a list.
 */
export function toList(
  sentence: string,
  rules: CompiledSplitRules,
): { lead: string; items: string[] } | undefined {
  const body = sentence.replace(/[.;]\s*$/u, '');
  if (wordCount(body) < 8 || !body.includes(', ')) return undefined;
  // The lead-in that starts earliest wins ("if you have heavy bleeding for 2 hours, …" is led by "if you have").
  const found = rules.intros
    .map((intro) => ({ intro, m: intro.regex.exec(body) }))
    .filter((x): x is { intro: (typeof rules.intros)[number]; m: RegExpExecArray } => x.m !== null)
    .sort((a, b) => (a.m[1] ?? '').length - (b.m[1] ?? '').length);
  for (const { intro, m } of found) {
    const head = (m[1] ?? '').trimEnd();
    const keyword = m[2] ?? '';
    const tail = m[3] ?? '';
    if (intro.requires && !intro.requires.test(head)) continue;
    if (parenDepthAt(body, head.length) > 0) continue;
    // "for 2 hours" is a duration, not a list of signs.
    if (/^\d/u.test(tail)) continue;
    const parts = tail.split(/,\s+/u);
    const last = parts.pop() ?? '';
    const conj =
      /^(?:(?:and|or|y|o|e|u)\s+)(.+)$/iu.exec(last) ??
      /^(.+?)\s+(?:and|or|y|o)\s+(.+)$/iu.exec(last) ??
      (intro.colon ? [last, last] : null);
    if (!conj) continue;
    const tailItems = conj.length === 3 ? [conj[1] ?? '', conj[2] ?? ''] : [conj[1] ?? ''];
    const items = [...parts, ...tailItems].map((s) => s.trim()).filter((s) => s.length > 0);
    const longest = intro.colon ? 8 : 12;
    if (items.length < 3 || items.some((s) => wordCount(s) > longest || !balanced(s))) continue;
    return { lead: intro.colon ? `${head}:` : `${head} ${intro.lead ?? `${keyword}:`}`, items };
  }
  return undefined;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const firstWords = (s: string, n: number): string => s.split(/\s+/u).slice(0, n).join(' ');

/** A finite verb: an auxiliary of the language's list, or (English) a past tense in -ed. */
function hasVerb(s: string, rules: CompiledSplitRules): boolean {
  return s
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .some((w) => rules.verbs.has(w) || (rules.pastTense && w.length > 4 && w.endsWith('ed')));
}

/**
 * Splits a long sentence at a safe joint: a semicolon, or a conjunction followed by a new clause (a subject or an
 * instruction verb), never inside brackets, leaving at least five words on the left and four on the right.
 */
export function splitClauses(sentence: string, rules: CompiledSplitRules, maxWords: number): string[] {
  const long = wordCount(sentence) > maxWords;
  for (const joint of rules.joints) {
    // A semicolon always ends a clause; the other joints only shorten sentences that are too long.
    if (!long && !joint.always) continue;
    for (const m of sentence.matchAll(joint.regex)) {
      const left = sentence.slice(0, m.index).trim();
      const right = sentence.slice(m.index + m[0].length).trim();
      if (wordCount(left) < 5 || wordCount(right) < 4 || parenDepthAt(sentence, m.index) > 0) continue;
      const next = (right.match(/^[\p{L}']+/u)?.[0] ?? '').toLowerCase();
      // A new clause: it starts with a subject or an instruction verb, or both sides have a verb of their own.
      const clause =
        rules.starters.has(next) || (hasVerb(left, rules) && hasVerb(firstWords(right, 8), rules));
      if (!joint.always && !clause) continue;
      // "a, b, and the c" is a list, not two clauses.
      if (!joint.always && left.includes(',')) continue;
      const end = rules.sentenceEnd;
      const first = /[.!?。]$/u.test(left) ? left : `${left.replace(/[,;:，；]$/u, '')}${end}`;
      const rest = joint.start
        ? `${joint.start}${right.charAt(0).toLowerCase()}${right.slice(1)}`
        : capitalise(right);
      return [first, ...splitClauses(rest, rules, maxWords)];
    }
  }
  return [sentence];
}
