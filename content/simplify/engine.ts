import type { Lang } from '../../client/shared/languages.js';
import type { Lexicon, LexiconEntry } from '../lexicon/types.js';
import type { TermIndex } from '../lexicon/termIndex.js';
import { buildTermIndex } from '../lexicon/termIndex.js';
import { scoreText, scoreWithPart, splitSentences } from '../readability/index.js';
import type { SyllableMemo } from '../readability/index.js';
import type { KeyedFact, OutputCheck, OutputChecker } from '../../safety/output/index.js';
import {
  compareFacts,
  createOutputChecker,
  createOutputCheckers,
  isMedicineWord,
  toOutputCheck,
} from '../../safety/output/index.js';
import type { Line } from './document.js';
import { parseDocument } from './document.js';
import { buildMedicationIndex } from './medicationIndex.js';
import { LANGUAGE_RULES, WORDS_TO_KNOW } from './languages.js';
import { capitaliseSentences, headingCase, unshout } from './rules/casing.js';
import type { LexiconContext, RewriteState } from './rules/lexicon.js';
import {
  fallbackRegex,
  flagUnknownTerms,
  replaceFallbackAbbreviations,
  replaceTerms,
  sharesWord,
} from './rules/lexicon.js';
import type { CompiledPlainWords, CompiledRules } from './rules/patternRules.js';
import { applyPlainWords, applyRules, compilePlainWords, compileRules } from './rules/patternRules.js';
import type { CompiledSchedule } from './rules/schedule.js';
import { compileSchedule, toSchedule } from './rules/schedule.js';
import type { CompiledPerson, PatientContext } from './rules/person.js';
import { compilePerson, patientContext, toSecondPerson } from './rules/person.js';
import type { CompiledSplitRules } from './rules/split.js';
import { compileSplitRules, splitClauses, splitSubjects, toList } from './rules/split.js';
import type { GlossaryItem, ReviewFlag, SimplifyOptions, SimplifyResult } from './types.js';

/**
 * How far a line is rewritten. A line whose facts do not survive its rewrite is done again one level lower,
 * down to the original words.
 */
export const Level = {
  Original: 0,
  /** Prescription shorthand and lexicon abbreviations written out. */
  Abbreviations: 1,
  /** Also lexicon terms and medicine lines as schedules. */
  Terms: 2,
  /** Also plain words and constructions, and "you" for the patient, with the sentence kept whole. */
  Plain: 3,
  /** Also lists and shorter sentences. */
  Full: 4,
} as const;
export type Level = (typeof Level)[keyof typeof Level];

const LOWER: Readonly<Record<Level, Level>> = { 0: 0, 1: 0, 2: 1, 3: 2, 4: 3 };
const DEFAULT_TARGET_GRADE = 7;
/** A capitalised label ("HOSPITAL COURSE:") over a body of this many words or more gets a line of its own. */
const LABEL_OWN_LINE_WORDS = 8;
const wordsIn = (s: string): number => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
/** Prescription shorthand always has a digit, "daily" or "w/"; the rules need not run on other sentences. */
/** "a skin infection (skin infection)": a bracket that only repeats the words before it goes. */
function withoutEchoes(s: string): string {
  if (!s.includes('(')) return s;
  return s.replace(/(\p{L}[\p{L}' -]{2,60}?) \(([^()]{3,60})\)/gu, (whole, before: string, inside: string) =>
    before.toLowerCase().endsWith(inside.toLowerCase()) ? before : whole,
  );
}

const MAY_BE_THIRD_PERSON = /patient|paciente|\bpt\b/iu;
const MAX_GLOSSARY = 8;

/** Everything one language needs, compiled once per simplifier. */
interface LanguageKit {
  lang: Lang;
  index: TermIndex;
  medicines: TermIndex;
  sig: CompiledRules;
  plainWords: CompiledPlainWords;
  voice: CompiledRules;
  person: CompiledPerson | undefined;
  constructions: CompiledRules;
  split: CompiledSplitRules;
  schedule: CompiledSchedule | undefined;
  fallbackAbbreviations: Readonly<Record<string, string>>;
  fallbackRegex: RegExp | undefined;
  /** Facts the plain words of an entry would add (cached per entry). */
  addsFactsCache: Map<LexiconEntry, boolean>;
  factChecker: OutputChecker;
  /** Checkers for this language with the patterns compiled once; each document adds its glossary. */
  checkers: ReturnType<typeof createOutputCheckers>;
  /** Words this simplifier has counted (syllables, letters), across documents; emptied when it grows large. */
  syllableMemo: SyllableMemo;
}

const MAX_MEMO_WORDS = 50_000;

function emptyLexicon(lang: Lang): Lexicon {
  return { lang, sources: ['none'], entries: [] };
}

export function buildKit(lang: Lang, lexicon: Lexicon | undefined): LanguageKit {
  const lex = lexicon ?? emptyLexicon(lang);
  const rules = LANGUAGE_RULES[lang];
  const index = buildTermIndex(lex);
  const medicines = buildMedicationIndex(lex);
  return {
    lang,
    index,
    medicines,
    sig: compileRules(rules.sig),
    plainWords: compilePlainWords(rules.plainWords),
    voice: compileRules(rules.voice),
    person: compilePerson(rules.person),
    constructions: compileRules(rules.constructions ?? []),
    split: compileSplitRules(rules),
    schedule: compileSchedule(rules),
    fallbackAbbreviations: rules.fallbackAbbreviations,
    fallbackRegex: fallbackRegex(rules.fallbackAbbreviations, index),
    addsFactsCache: new Map(),
    factChecker: createOutputChecker({ lang, medicines, sentences: false }),
    checkers: createOutputCheckers({ lang, medicines }),
    syllableMemo: new Map(),
  };
}

interface Rewriter {
  kit: LanguageKit;
  state: RewriteState;
  lexicon: LexiconContext;
  /** Whether the document is a note about the patient, and their name: "he" and "Mr. Okafor" become "you". */
  patient: PatientContext;
  maxWords: number;
  /** False under a heading or label that stops or holds medicines ("STOPPED:"): no line there becomes "Take …". */
  schedules?: boolean;
  /** When set, each sentence is rewritten at the highest level whose facts hold for that sentence. */
  careful?: (sentence: string, rewrite: (level: Level) => string) => string;
}

/** Units a dose is taken in: only a sentence holding one can have a dose paired with a medicine. */
const DOSE_UNIT =
  /\d\s*(?:mg|mcg|µg|g|grams?|ml|mL|l|liters?|litres?|units?|iu|meq|mEq|tabs?|tablets?|caps?|capsules?|puffs?|drops?|sprays?|patch(?:es)?|doses?|comprimidos?|gotas?)\b/iu;

/** The doses of a sentence are still paired with the same medicines after it was cut or listed. */
function keepsPairs(kit: LanguageKit, before: string, after: string): boolean {
  if (!DOSE_UNIT.test(before)) return true;
  const pairs = (t: string): string[] =>
    kit.factChecker
      .facts(t)
      .filter((f) => f.key.startsWith('pair:'))
      .map((f) => f.key)
      .sort();
  return pairs(before).join('\n') === pairs(after).join('\n');
}

function isMedicine(kit: LanguageKit, word: string): boolean {
  return isMedicineWord(word) || kit.medicines.lookup(word) !== undefined;
}

/** One sentence at one level; may come back as several sentences or as a lead-in and list items ("\n- "). */
function rewriteSentence(
  sentence: string,
  level: Level,
  r: Rewriter,
  layout: { itemIndent: string; continuation: string; previous: string; bare: boolean },
): string {
  if (level === Level.Original) return sentence;
  const { kit, state } = r;
  // Prescription shorthand was written out for the whole document before the lines were read (see shorthandLines).
  let s = sentence;
  if (level >= Level.Plain) {
    s = unshout(s, kit.index);
    // Said to the patient, then in plain constructions, before the lexicon sees the words.
    if (kit.person) s = toSecondPerson(s, layout.previous, kit.person, r.patient, state.pairs);
    if (MAY_BE_THIRD_PERSON.test(s)) s = applyRules(s, kit.voice, state.pairs);
    s = applyRules(s, kit.constructions, state.pairs);
  }
  s = replaceFallbackAbbreviations(s, r.lexicon, state);
  s = replaceTerms(s, r.lexicon, state, level === Level.Abbreviations ? 'abbreviation' : undefined);
  if (level >= Level.Terms && kit.schedule && r.schedules !== false) {
    const schedule = toSchedule(s, kit.schedule, (w) => isMedicine(kit, w));
    // Word order changes, words do not: nothing for the glossary.
    if (schedule) s = schedule;
  }
  if (level < Level.Plain) return capitaliseSentences(s);
  s = withoutEchoes(s);
  s = applyPlainWords(s, kit.plainWords, state.pairs);
  s = capitaliseSentences(s);
  if (level < Level.Full) return s;
  // A construction may have made two sentences of one ("…, with resolution of fever" → "… Your fever went away").
  const parts = /[.!?]\s+\p{Lu}/u.test(s) ? splitSentences(s, kit.lang).map((p) => p.text) : [s];
  let out = '';
  let afterList = false;
  for (const part of parts) {
    const text = shorten(
      part,
      kit.split,
      r.maxWords,
      layout.itemIndent,
      layout.continuation,
      (before, after) => keepsPairs(kit, before, after),
      layout.bare && parts.length === 1,
    );
    out += out === '' ? text : (afterList ? `\n${layout.continuation}` : kit.split.joiner) + text;
    afterList = text.includes('\n');
  }
  return out;
}

/** A lead-in and its items, each said in sentences short enough. */
function listed(
  lead: string,
  items: readonly string[],
  rules: CompiledSplitRules,
  maxWords: number,
  indent: string,
): string {
  const head = splitClauses(lead, rules, maxWords).join(rules.joiner);
  return `${head}\n${items.map((item) => `${indent}- ${splitClauses(item, rules, maxWords).join(rules.joiner)}`).join('\n')}`;
}

/**
 * A sentence cut where the patient becomes the subject again, then each part as a list when it is one ("Call 911
 * for a, b, or c"), or else as shorter sentences, each of which may be a list of its own ("You have a history of a,
 * b, c and d").
 */
function shorten(
  s: string,
  rules: CompiledSplitRules,
  maxWords: number,
  indent: string,
  continuation: string,
  keepsPairs: (before: string, after: string) => boolean,
  bare = false,
): string {
  // Nothing to list or cut: no commas, semicolons or colons, short, and no joint where the patient is the subject.
  if (!/[,;:，；：、،؛]/u.test(s) && !/ (?:who|with|and) /u.test(s) && s.split(' ').length <= maxWords)
    return s;
  const pieces: string[] = [];
  const parts = splitSubjects(s, rules);
  for (const part of parts) {
    const list = toList(part, rules, bare && parts.length === 1);
    if (list) pieces.push(listed(list.lead, list.items, rules, maxWords, indent));
    else
      for (const piece of splitClauses(part, rules, maxWords)) {
        const inner = toList(piece, rules);
        pieces.push(inner ? listed(inner.lead, inner.items, rules, maxWords, indent) : piece);
      }
  }
  let out = '';
  let afterList = false;
  for (const text of pieces) {
    out += out === '' ? text : (afterList ? `\n${continuation}` : rules.joiner) + text;
    afterList = text.includes('\n');
  }
  // A dose is paired with the medicine of its sentence: a cut that parts them keeps the sentence whole.
  return pieces.length > 1 && !keepsPairs(s, out) ? s : out;
}

/** `bare`: the body of a label, which may be a list with no lead-in of its own ("Risks: a; b; c"). */
function rewriteBody(
  body: string,
  level: Level,
  r: Rewriter,
  itemIndent: string,
  continuation = '',
  bare = false,
): string {
  if (level === Level.Original) return body;
  flagUnknownTerms(body, r.lexicon, r.state);
  const sentences = splitSentences(body, r.kit.lang);
  if (sentences.length === 0) return body;
  let out = '';
  let at = 0;
  let afterList = false;
  let previous = '';
  for (const s of sentences) {
    const gap = body.slice(at, s.start);
    // The body's first sentence may be a bare list ("Common side effects: a, b, and c. Paclitaxel often causes …").
    const layout = { itemIndent, continuation, previous, bare: bare && at === 0 };
    const rewritten = r.careful
      ? r.careful(s.text, (l) => rewriteSentence(s.text, l, r, layout))
      : rewriteSentence(s.text, level, r, layout);
    out += (afterList ? `\n${continuation}` : gap) + rewritten;
    afterList = /\n\s*- [^\n]*$/u.test(rewritten);
    at = s.end;
    previous = s.text;
  }
  return out + body.slice(at);
}

function rewriteHeading(text: string, level: Level, r: Rewriter): string {
  if (level === Level.Original) return text;
  let s = headingCase(text, r.kit.index);
  s = replaceTerms(s, r.lexicon, r.state, level === Level.Abbreviations ? 'abbreviation' : undefined);
  if (level >= Level.Plain) s = applyPlainWords(s, r.kit.plainWords, r.state.pairs);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A heading or label about medicines to stop or hold ("STOPPED:", "Do not take these medicines:"). */
const STOP_CONTEXT =
  /\b(?:stop|stopped|discontinue|discontinued|hold|held|do not take|don't take|no longer take|avoid|suspend|suspenda|suspender|suspendido|deje de|no tome)\b/iu;

/**
 * For each line, whether it stands under a heading or label that stops or holds medicines: from such a heading or
 * label to the next heading, label or blank line.
 */
function stopContexts(lines: readonly Line[]): boolean[] {
  let context = false;
  return lines.map((line) => {
    if (line.kind === 'blank') context = false;
    else if (line.kind === 'heading') context = STOP_CONTEXT.test(line.text);
    else if (line.kind === 'labelled') context = STOP_CONTEXT.test(line.label);
    return context;
  });
}

/** A label whose body is the official name of a study or protocol, which identifies it and is quoted as written. */
const TITLE_LABEL =
  /^(?:(?:study|protocol|trial|research)\s+)?(?:title|name)$|^t[íi]tulo(?:\s+del\s+estudio)?$/iu;

function rewriteLine(line: Line, level: Level, r: Rewriter): string {
  switch (line.kind) {
    case 'blank':
      return '';
    case 'heading':
      return rewriteHeading(line.text, level, r);
    case 'labelled': {
      if (TITLE_LABEL.test(line.label.trim())) return `${rewriteHeading(line.label, level, r)}: ${line.body}`;
      // A label over a long body goes on a line of its own, like a heading; a short one stays in front ("Diet: …").
      const body = rewriteBody(line.body, level, r, '  ', '', true);
      const own =
        level >= Level.Full &&
        line.label === line.label.toUpperCase() &&
        wordsIn(line.body) >= LABEL_OWN_LINE_WORDS;
      // A body that became a list starts on the next line already.
      const gap = body.startsWith('\n') ? '' : own ? '\n' : ' ';
      return `${rewriteHeading(line.label, level, r)}:${gap}${body}`;
    }
    case 'item': {
      const indent = ' '.repeat(line.marker.length);
      return `${line.marker}${rewriteBody(line.body, level, r, indent, indent)}`;
    }
    case 'table':
      // A cell keeps the case it had ("PO" → "by mouth", "daily" stays "daily").
      return line.cells
        .map((c) => {
          const out = rewriteBody(c, level >= Level.Plain ? Level.Terms : level, r, '');
          const lower = c === c.toUpperCase() || /^\p{Ll}/u.test(c);
          return lower && /^\p{Lu}\p{Ll}/u.test(out) ? out.charAt(0).toLowerCase() + out.slice(1) : out;
        })
        .join(line.separator);
    case 'text':
      return rewriteBody(line.body, level, r, '');
  }
}

function sourceOf(line: Line): string {
  switch (line.kind) {
    case 'blank':
      return '';
    case 'heading':
      return line.text;
    case 'labelled':
      return `${line.label}: ${line.body}`;
    case 'item':
      return `${line.marker}${line.body}`;
    case 'table':
      return line.cells.join(line.separator);
    case 'text':
      return line.body;
  }
}

/** "Words to know": the terms left in the text, each with its plain meaning, if that meaning adds no fact. */
function wordsToKnow(state: RewriteState, kit: LanguageKit, sourceKeys: ReadonlySet<string>): GlossaryItem[] {
  const items: GlossaryItem[] = [];
  for (const entry of state.kept.values()) {
    if (items.length >= MAX_GLOSSARY) break;
    const line = `${entry.term}: ${entry.plain}`;
    if (sharesWord(entry.term, entry.plain) || entry.term.toLowerCase() === entry.plain.toLowerCase())
      continue;
    if (kit.factChecker.facts(line).every((f) => sourceKeys.has(f.key)))
      items.push({ term: entry.term, plain: entry.plain });
  }
  return items;
}

function renderGlossary(items: readonly GlossaryItem[], lang: Lang): string {
  if (items.length === 0) return '';
  const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  return `\n\n${WORDS_TO_KNOW[lang]}\n${items.map((i) => `- ${capital(i.term)}: ${i.plain}`).join('\n')}`;
}

/**
 * The lines that may have lost or gained the facts: those whose source holds a missing fact's words or whose
 * rewrite holds an added fact's words. A fact found in no line (a sentence split across lines) makes every line a
 * suspect.
 */
function suspectLines(
  sources: readonly string[],
  outputs: readonly string[],
  check: OutputCheck,
): Set<number> {
  const suspects = new Set<number>();
  const locate = (texts: readonly string[], fact: string): boolean => {
    const needle = fact.toLowerCase().replace(/…$/u, '').slice(0, 40).trim();
    // A pair ("oxycodone 4 tablets") is found where all of its words are.
    const words = needle.split(/\s+/u).filter(Boolean);
    let found = false;
    texts.forEach((t, i) => {
      const lower = t.toLowerCase();
      if (needle && (lower.includes(needle) || words.every((w) => lower.includes(w)))) {
        suspects.add(i);
        found = true;
      }
    });
    return found;
  };
  const all = [
    ...check.missing.map((m) => locate(sources, m)),
    ...check.added.map((a) => locate(outputs, a)),
  ].every(Boolean);
  if (!all) sources.forEach((_, i) => suspects.add(i));
  return suspects;
}

export interface EngineOptions extends SimplifyOptions {
  /** Milliseconds from a clock the caller trusts; defaults to performance.now(). */
  now?: () => number;
}

/** Typographic quotes, dashes and bullets that word processors put in, as the plain characters people type. */
const TYPOGRAPHY: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201B\u2032]/gu, "'"],
  [/[\u201C\u201D\u201F\u2033]/gu, '"'],
  [/[\u2010-\u2015\u2212]/gu, '-'],
  [/\u2026/gu, '...'],
  [/^([ \t]*)[\u2022\u25CF\u25AA\u25E6\u2023\u2043](?=[ \t])/gmu, '$1-'],
];

const BEYOND_LATIN1 = /[\u0100-\u{10FFFF}]/u;

export function plainTypography(text: string): string {
  if (!BEYOND_LATIN1.test(text)) return text;
  const plain = TYPOGRAPHY.reduce((t, [regex, replacement]) => t.replace(regex, replacement), text);
  // A string once stored two bytes a character stays so after its wide characters are replaced; a copy made by
  // JSON.parse is stored one byte a character when it can be.
  return BEYOND_LATIN1.test(plain) ? plain : (JSON.parse(JSON.stringify(plain)) as string);
}

/** The embedded simplifier's whole run on one document. */
export function simplifyDocument(text: string, kit: LanguageKit, options: EngineOptions): SimplifyResult {
  const now = options.now ?? (() => performance.now());
  const started = now();
  // Curly quotes and dashes as plain ones: the validator reads them the same, and a text of Latin-1 letters only is
  // kept by the JavaScript engine one byte a character, which halves the time of every regular expression below.
  const source = plainTypography(text);
  const target = options.targetGrade ?? DEFAULT_TARGET_GRADE;
  const state: RewriteState = {
    pairs: [],
    kept: new Map(),
    introduced: new Set(),
    explained: new Set(),
    flags: new Map(),
  };
  const lexicon: LexiconContext = {
    lang: kit.lang,
    index: kit.index,
    fallbackAbbreviations: kit.fallbackAbbreviations,
    fallbackRegex: kit.fallbackRegex,
    addsFacts: (entry, matched) => {
      const cached = kit.addsFactsCache.get(entry);
      if (cached !== undefined) return cached;
      // Warnings and instructions in plain words are matched through the glossary; the rest must be the same.
      const literal = (t: string): KeyedFact[] =>
        kit.factChecker.facts(t).filter((f) => f.kind !== 'warning' && f.kind !== 'instruction');
      const check = compareFacts(literal(matched), literal(entry.plain));
      const adds = check.addedFacts.length > 0 || check.missingFacts.length > 0;
      kit.addsFactsCache.set(entry, adds);
      return adds;
    },
  };
  // Shorter sentences for a lower target: 15 words at grade 7, 11 at grade 5.
  const r: Rewriter = {
    kit,
    state,
    lexicon,
    patient: patientContext(source, kit.person),
    maxWords: Math.max(8, Math.round(target * 1.5 + 2)),
  };

  const original = parseDocument(source);
  // Shorthand rules keep line breaks, so the written-out document has the same lines as the original.
  const expanded = parseDocument(applyRules(source, kit.sig, state.pairs));
  const lines = expanded.length === original.length ? expanded : original;
  const stopped = stopContexts(lines);
  const under = (i: number, rewriter: Rewriter): Rewriter =>
    stopped[i] ? { ...rewriter, schedules: false } : rewriter;
  let outputs = lines.map((line, i) => rewriteLine(line, Level.Full, under(i, r)));
  const docChecker = kit.checkers.withGlossary(state.pairs);
  const sourceFacts = docChecker.facts(source);
  let facts = docChecker.check(source, outputs.join('\n'), sourceFacts);

  if (!facts.preserved) {
    // Rewrite the lines whose facts did not survive more carefully, down to the original words.
    const lineChecker = kit.checkers.withGlossary([...state.pairs]);
    const holds = (source: string, out: string): boolean =>
      source === out || lineChecker.check(source, out).preserved;
    // First sentence by sentence, so one sentence that loses a fact does not cost its whole paragraph.
    const careful: Rewriter = {
      ...r,
      careful: (sentence, rewrite) => {
        for (let level: Level = Level.Full; level > Level.Original; level = LOWER[level]) {
          const out = rewrite(level);
          if (holds(sentence, out)) return out;
        }
        return sentence;
      },
    };
    const suspects = suspectLines(original.map(sourceOf), outputs, facts);
    outputs = lines.map((line, i) => {
      if (!suspects.has(i)) return outputs[i] ?? '';
      const source = sourceOf(original[i] ?? line);
      let out = rewriteLine(line, Level.Full, under(i, careful));
      // Then the line as a whole, one level lower each time, down to its original words.
      let level: Level = Level.Full;
      while (level > Level.Original && !holds(source, out)) {
        level = LOWER[level];
        out = level === Level.Original ? source : rewriteLine(line, level, under(i, r));
      }
      return out;
    });
    // The careful rewrites added glossary pairs of their own: check with all of them.
    facts = kit.checkers.withGlossary(state.pairs).check(source, outputs.join('\n'));
  }

  const flags: ReviewFlag[] = [...state.flags.values()];
  let body = outputs.join('\n');
  if (!facts.preserved) {
    // Some fact depends on more than one line: the plain version is not trusted, the source is shown instead.
    body = text;
    flags.push({
      code: 'facts_not_preserved',
      message: `The rewrite lost or changed: ${[...facts.missing, ...facts.added].join('; ')}. The original text is shown.`,
    });
    facts = toOutputCheck([], []);
  }
  const sourceKeys = new Set(sourceFacts.map((f) => f.key));
  const glossary = wordsToKnow(state, kit, sourceKeys);
  const plain = body.replace(/\s+$/u, '') + renderGlossary(glossary, kit.lang);

  // The grade is the plain text's; "Words to know" is a list of medical words by design, so it is scored
  // apart (measures.gradeWithWordsToKnow) and does not hide how plain the text itself is.
  if (kit.syllableMemo.size > MAX_MEMO_WORDS) kit.syllableMemo.clear();
  const memo = kit.syllableMemo;
  const before = scoreText(source, kit.lang, memo);
  const {
    part: bodyScores,
    whole,
    sentences,
  } = scoreWithPart(plain, kit.lang, body.replace(/\s+$/u, '').length, memo);
  const after = { ...bodyScores, measures: { ...bodyScores.measures, gradeWithWordsToKnow: whole.grade } };
  if (Math.round(after.grade) > target) {
    flags.push({
      code: 'grade_above_target',
      message: `Reads at grade ${after.grade.toFixed(1)}; the target is ${target}.`,
    });
  }
  return {
    text: plain,
    engine: 'embedded',
    lang: kit.lang,
    readability: { before, after },
    facts,
    glossary,
    flags,
    sentences,
    elapsedMs: Math.round((now() - started) * 100) / 100,
  };
}
