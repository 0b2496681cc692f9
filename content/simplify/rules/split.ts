import type { LanguageRules } from '../data/types.js';
import { unicodeBoundaries } from './patternRules.js';

export interface CompiledSplitRules {
  intros: Array<{
    regex: RegExp;
    lead: string | undefined;
    requires: RegExp | undefined;
    colon: boolean;
    maxItemWords: number;
    /** Items must be things, not clauses. */
    things: boolean;
  }>;
  joints: Array<{
    regex: RegExp;
    start: string;
    always: boolean;
    before: RegExp | undefined;
    notAfter: RegExp | undefined;
  }>;
  /** Joints after which the patient is the subject again, for sentences whose subject is the patient. */
  subjectJoints: Array<{ regex: RegExp; start: string; when: RegExp; always: boolean }>;
  starters: ReadonlySet<string>;
  sentenceEnd: string;
  /** What goes between two sentences: a space, or nothing in Chinese. */
  joiner: string;
  /** Finite verbs (auxiliaries) that show a clause has its own verb. */
  verbs: ReadonlySet<string>;
  /** English: a word in -ed is a verb in the past tense. */
  pastTense: boolean;
  /** "… if a, if b, or if c": the lead-in with its "if" and the joints between the conditions. */
  conditions: { lead: RegExp; joint: RegExp; last: RegExp } | undefined;
}

/** Lead-ins of a warning list ("call 911 for a, b, or c") need a call to action before them. */
const CALL_TO_ACTION =
  /\b(?:call|return|go|come back|seek|contact|tell|let|ask|talk to|notify|inform|report|get (?:medical |emergency )?(?:help|care)|911|emergency|llame|regrese|vuelva|acuda|vaya|avise|informe|urgencias)\b/iu;
/** A joint's start with a subject and a verb of its own ("This can cause ", "This is because "). */
const SUBJECT_AND_VERB = /^(?:this|these|they|it)\s+(?!is because)\p{L}+/iu;
/** After "and", a subject pronoun starts a clause, not the last item of a list ("… with my surgeon and I request …"). */
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'he', 'she', 'they']);
/** A joint's start that holds a subject ("This ", "These ", "They "). */
const START_SUBJECT = /\b(?:this|these|they|it|you|we|I)\s*$/iu;
/** Words that start a clause inside a sentence; a verb after one is that clause's, not the patient's. */
const SUBORDINATE =
  /\b(?:because|that|which|when|while|if|after|before|since|until|whose|whom|where|although|though)\b/iu;
/** A verb in the past tense after an item's first word ("Cr peaked at 1.9"; not "increased pain"). */
const PAST_AFTER_FIRST = /^\S+\s+(?:.*\s)?\p{Ll}{3,}ed\b/u;
const CLAUSE_IN_ITEM =
  /^(?:then|and|or|but|so|until|while|which|who|after|before)\b|\b(?:until|while|because|when)\b/iu;
/** A word after "have" that makes it a helping verb ("have eaten", "have had", "have been"). */
const PARTICIPLE_FIRST = /^(?:\p{Ll}+ed|been|had|eaten|taken|given|seen|done|gone|drunk|fallen|become)\b/u;
/** A time or condition at the end of a list's last item, which may be about every item. */
const TRAILING_CONDITION = /\s(?:for|until|unless|while|during|before|after|because|when|if|every|daily)\s/iu;
const RELATIVE = /(?:^|\s)(?:who|which|whom|whose)\s/iu;
/** Words of an item, not counting what brackets explain ("anesthesia (medicine to block pain…)"). */
const itemWords = (s: string): number => wordCount(s.replace(/\s*\([^()]*\)/gu, ''));
/** Items of a list in a sentence are short: a longer one means the commas were not a list's. */
const MAX_ITEM_WORDS = 12;
const MAX_COLON_ITEM_WORDS = 8;
/** A lead-in with its own subject ("You came to the emergency room with") calls to action only with a verb. */
const SUBJECT_FIRST = /^(?:you|your|I|we)\b/iu;
const CALL_VERB =
  /\b(?:call|return|go|come back|seek|contact|get|tell|let|ask|talk to|notify|inform|report|llame|regrese|vuelva|acuda|vaya|avise|informe)\b/iu;
/** "I will call the clinic if …": the lead-in's "you" is "I" when the sentence speaks as the patient. */
const FIRST_PERSON_HEAD =
  /(?:^|\s)I\s+(?:(?:also|will|would|should|must|can|may|agree|promise)\s+)*(?:call|contact|tell|let|ask|go|return|seek|get|notify|report|come)\b/u;
/** "You were treated with a, b and c": a short statement about the patient lists after its own word ("with:"). */
const NARRATIVE_HEAD = /^you (?:were|are|came|have|had|went)\b/iu;
const MAX_NARRATIVE_HEAD_WORDS = 8;

export function compileSplitRules(rules: LanguageRules): CompiledSplitRules {
  return {
    intros: [
      ...rules.listIntros.map((i) => {
        const named = (i.lead.endsWith(':') && !i.lead.includes(' ')) || i.anywhere === true;
        return {
          regex: new RegExp(
            `^(.{3,}?)(${unicodeBoundaries(i.pattern)})(?:,?\\s+but\\s+(?:are|is)\\s+not\\s+limited\\s+to[,:]?)?:?\\s+(.+)$`,
            'iu',
          ),
          lead: named ? undefined : i.lead,
          requires: named ? undefined : CALL_TO_ACTION,
          colon: false,
          maxItemWords: i.maxItemWords ?? MAX_ITEM_WORDS,
          things: i.anywhere === true,
        };
      }),
      // "Risks: a, b, c": a colon inside a sentence starts a list too (three items or more, "and" not needed).
      {
        regex: /^(.{3,}?)(:)\s+(.+)$/u,
        lead: ':',
        requires: undefined,
        colon: true,
        maxItemWords: MAX_COLON_ITEM_WORDS,
        things: false,
      },
    ],
    joints: rules.clauseJoints.map((j) => ({
      regex: new RegExp(unicodeBoundaries(j.pattern), 'giu'),
      start: j.start,
      always: j.pattern.startsWith(';') || j.pattern.startsWith('[;'),
      before: j.before === undefined ? undefined : new RegExp(unicodeBoundaries(j.before), 'iu'),
      notAfter: j.notAfter === undefined ? undefined : new RegExp(unicodeBoundaries(j.notAfter), 'iu'),
    })),
    subjectJoints: (rules.subjectJoints ?? []).map((j) => ({
      regex: new RegExp(unicodeBoundaries(j.pattern), 'giu'),
      start: j.start,
      when: new RegExp(unicodeBoundaries(j.when ?? '^you\\b'), 'iu'),
      always: j.always ?? false,
    })),
    starters: new Set(rules.clauseStarters),
    sentenceEnd: rules.sentenceEnd,
    joiner: rules.sentenceEnd === '。' ? '' : ' ',
    verbs: new Set(rules.finiteVerbs),
    pastTense: rules.clauseStarters.includes('you'),
    conditions: rules.conditions && {
      lead: new RegExp(`^(.{3,}?\\s${rules.conditions.if})\\s+(.+)$`, 'iu'),
      joint: new RegExp(`,\\s+(?:${rules.conditions.or}\\s+)?${rules.conditions.if}\\s+`, 'giu'),
      last: new RegExp(`,\\s+${rules.conditions.or}\\s+${rules.conditions.if}\\s+`, 'iu'),
    },
  };
}

/** Conditions in one list have at most this many words each. */
const MAX_CONDITION_WORDS = 16;

/**
 * "Call your doctor if you need …, if your mucus changes color, or if your ankles swell" → "Call your doctor if:"
 * and one condition per line. Needs three conditions or more, each with its own "if", the last after "or": any one
 * of them is enough. ("…, and if …" may mean all of them together, and stays a sentence.)
 */
function conditionList(
  body: string,
  rules: CompiledSplitRules,
): { lead: string; items: string[] } | undefined {
  const c = rules.conditions;
  if (!c) return undefined;
  const m = c.lead.exec(body);
  if (!m) return undefined;
  const head = m[1] ?? '';
  const tail = m[2] ?? '';
  if (parenDepthAt(body, head.length) > 0) return undefined;
  const joints = [...tail.matchAll(c.joint)].filter((j) => parenDepthAt(tail, j.index) === 0);
  const last = joints.at(-1);
  if (joints.length < 2 || !last || !c.last.test(last[0])) return undefined;
  // Only the last joint may have "or": "if a, or if b, if c" is not one list.
  if (joints.slice(0, -1).some((j) => c.last.test(j[0]))) return undefined;
  const items: string[] = [];
  let at = 0;
  for (const j of joints) {
    items.push(tail.slice(at, j.index).trim());
    at = j.index + j[0].length;
  }
  items.push(tail.slice(at).trim());
  if (items.some((s) => s.length === 0 || wordCount(s) > MAX_CONDITION_WORDS || !balanced(s)))
    return undefined;
  return { lead: `${head}:`, items };
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

/** The parts of a text between separators that are not inside brackets. */
function topLevelParts(s: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const m of s.matchAll(separator)) {
    if (parenDepthAt(s, m.index) > 0) continue;
    parts.push(s.slice(at, m.index));
    at = m.index + m[0].length;
  }
  parts.push(s.slice(at));
  return parts;
}

/** An item of a list between semicolons may be a long risk with its own clauses ("bleeding, which may …"). */
const MAX_LONG_ITEM_WORDS = 60;

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
  bare = false,
): { lead: string; items: string[] } | undefined {
  const body = sentence.replace(/[.;]\s*$/u, '');
  if (!body.includes(', ') && !body.includes('; ')) return undefined;
  if (wordCount(body) < 8) return bare ? bareList(body, rules) : undefined;
  const conditions = conditionList(body, rules);
  if (conditions) return conditions;
  // The lead-in that starts earliest wins ("if you have heavy bleeding for 2 hours, …" is led by "if you have").
  const found = rules.intros
    .map((intro) => ({ intro, m: intro.regex.exec(body) }))
    .filter((x): x is { intro: (typeof rules.intros)[number]; m: RegExpExecArray } => x.m !== null)
    .sort((a, b) => (a.m[1] ?? '').length - (b.m[1] ?? '').length);
  for (const { intro, m } of found) {
    const head = (m[1] ?? '').trimEnd();
    const keyword = m[2] ?? '';
    const tail = m[3] ?? '';
    let lead = intro.colon ? `${head}:` : `${head} ${intro.lead ?? `${keyword}:`}`;
    // A list in a statement ("You came in with a, b and c") holds things, not clauses ("then adjusted…", "… was added").
    let plainList = intro.things || intro.maxItemWords !== MAX_ITEM_WORDS;
    if (intro.requires) {
      const calls = SUBJECT_FIRST.test(head) ? CALL_VERB.test(head) : intro.requires.test(head);
      const narrative =
        NARRATIVE_HEAD.test(head) &&
        wordCount(head) <= MAX_NARRATIVE_HEAD_WORDS &&
        /^(?:with|for)$/iu.test(keyword);
      if (!calls && !narrative) continue;
      if (!calls) lead = `${head} ${keyword}:`;
      else if (FIRST_PERSON_HEAD.test(head)) lead = `${head} ${(intro.lead ?? '').replace(/\byou\b/u, 'I')}`;
      plainList = !calls;
    }
    if (parenDepthAt(body, head.length) > 0) continue;
    // "for 2 hours" is a duration, not a list of signs.
    if (/^\d/u.test(tail)) continue;
    // "if I have eaten, …": "have" is a helping verb there, not "have" a sign.
    if (/\bhave$/iu.test(keyword) && PARTICIPLE_FIRST.test(tail)) continue;
    if (
      /\bif (?:you|I)$/iu.test(keyword) &&
      /^(?:have|has)\s/iu.test(tail) &&
      PARTICIPLE_FIRST.test(tail.replace(/^\S+\s+/u, ''))
    )
      continue;
    // "Risks include: a, which may …; b; and c": items between semicolons may be long, and are said in sentences.
    const semicolonParts = topLevelParts(tail, /;\s+/gu);
    if (semicolonParts.length >= 3) {
      const items = semicolonParts.map((x, i) =>
        (i === semicolonParts.length - 1 ? x.replace(/^(?:and|or|y|o)\s+/iu, '') : x).trim(),
      );
      if (items.every((x) => x.length > 0 && itemWords(x) <= MAX_LONG_ITEM_WORDS && balanced(x)))
        return { lead, items };
      continue;
    }
    const parts = tail.split(/,\s+/u);
    const last = parts.pop() ?? '';
    const conj =
      /^(?:(?:and|or|y|o|e|u)\s+)(.+)$/iu.exec(last) ??
      /^(.+?)\s+(?:and|or|y|o)\s+(.+)$/iu.exec(last) ??
      (intro.colon ? [last, last] : null);
    if (!conj) continue;
    const tailItems = conj.length === 3 ? [conj[1] ?? '', conj[2] ?? ''] : [conj[1] ?? ''];
    const items = [...parts, ...tailItems].map((s) => s.trim()).filter((s) => s.length > 0);
    if (items.length < 3 || items.some((s) => itemWords(s) > intro.maxItemWords || !balanced(s))) continue;
    // "a, b, and c who came in with d, e, and f": two lists run together, or a clause inside an item.
    if (parts.slice(1).some((p) => /^(?:and|or|y|o)\s/iu.test(p)) || items.some((s) => RELATIVE.test(s)))
      continue;
    // "if I have eaten, if I have pauses …, or if I have had …": conditions side by side, not a list of things.
    if (items.some((s) => /^(?:if|si)\b/iu.test(s))) continue;
    // "medicines such as aspirin and clopidogrel, ticagrelor or prasugrel for up to 12 months": an item that pairs
    // two things, or a last item with a time or condition that may belong to them all, is not said as a list.
    if (
      intro.things &&
      (parts.some((p) => /\s(?:and|or|y|o)\s/iu.test(p)) || TRAILING_CONDITION.test(tailItems.at(-1) ?? ''))
    )
      continue;
    if (plainList && items.some((s) => CLAUSE_IN_ITEM.test(s) || hasAuxiliary(s, rules))) continue;
    // "AKI: Cr peaked at 1.9, likely cardiorenal, improved to 1.5": after a colon, clauses are not a list.
    if (
      intro.colon &&
      items.some((s) => hasAuxiliary(s, rules) || (rules.pastTense && PAST_AFTER_FIRST.test(s)))
    )
      continue;
    return { lead, items };
  }
  return bare ? bareList(body, rules) : undefined;
}

/**
 * The whole body of a label is a list ("Risks: a, which …; b; and c", "Symptoms: cough, fever, and chills"): items
 * between semicolons, or three or more short things between commas with a final "and"/"or", none a clause.
 */
function bareList(body: string, rules: CompiledSplitRules): { lead: string; items: string[] } | undefined {
  const semicolonParts = topLevelParts(body, /;\s+/gu);
  const commaParts = semicolonParts.length >= 3 ? [] : topLevelParts(body, /,\s+/gu);
  const parts = semicolonParts.length >= 3 ? semicolonParts : commaParts;
  if (parts.length < 3 || (semicolonParts.length < 3 && !/^(?:and|or|y|o)\s/iu.test(parts.at(-1) ?? '')))
    return undefined;
  const items = parts.map((x, i) =>
    (i === parts.length - 1 ? x.replace(/^(?:and|or|y|o)\s+/iu, '') : x).trim(),
  );
  const longest = semicolonParts.length >= 3 ? MAX_LONG_ITEM_WORDS : MAX_COLON_ITEM_WORDS;
  if (items.some((x) => x.length === 0 || itemWords(x) > longest || !balanced(x))) return undefined;
  if (
    semicolonParts.length < 3 &&
    items.some(
      (x) => hasAuxiliary(x, rules) || (rules.pastTense && PAST_AFTER_FIRST.test(x)) || RELATIVE.test(x),
    )
  )
    return undefined;
  // "Cough" took its capital as the first word of the sentence; as the first of a list of small letters it has none.
  const first = items[0] ?? '';
  if (/^\p{Lu}\p{Ll}/u.test(first) && items.slice(1).every((x) => /^\p{Ll}/u.test(x)))
    items[0] = first.charAt(0).toLowerCase() + first.slice(1);
  return { lead: '', items };
}

/** In a joint's start, the sentence's own lead-in ("I understand that") said again. */
const LEAD = '{lead}';
const LEAD_IN =
  /^(?:I|we|you)\s+(?:(?:also|fully|further)\s+)?(?:understand|know|agree|acknowledge|accept|confirm|certify)\s+that\s+/iu;

/** "I understand that a, and that b" → "I understand that b": the lead-in of the sentence, or undefined if none. */
function leadOf(sentence: string, start: string): string | undefined {
  const lead = LEAD_IN.exec(sentence)?.[0];
  return lead ? start.replace(LEAD, lead) : undefined;
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

function ended(left: string, rules: CompiledSplitRules): string {
  return /[.!?。]$/u.test(left) ? left : `${left.replace(/[,;:，；]$/u, '')}${rules.sentenceEnd}`;
}

/**
 * The patient stays the subject: "You are a 71-year-old man with …, who presented with …" → "You are a 71-year-old
 * man. You have … You came in with …". Joints marked `always` split any sentence, the others only a long one.
 */
function splitAtSubject(
  sentence: string,
  rules: CompiledSplitRules,
  long: boolean,
): { first: string; rest: string } | undefined {
  for (const joint of rules.subjectJoints) {
    if ((!long && !joint.always) || !joint.when.test(sentence)) continue;
    for (const m of sentence.matchAll(joint.regex)) {
      const left = sentence.slice(0, m.index).trim();
      const right = sentence.slice(m.index + m[0].length).trim();
      if (wordCount(left) < 4 || wordCount(right) < 2 || parenDepthAt(sentence, m.index) > 0) continue;
      // "You were admitted because your sodium was low and was corrected": the verb belongs to the inner clause.
      // (Only a second verb after "and" can belong to it; "who presented" after a history always is the patient.)
      if (/^\s*,?\s*and\b/iu.test(m[0]) && SUBORDINATE.test(left)) continue;
      return { first: ended(left, rules), rest: `${joint.start}${right}` };
    }
  }
  return undefined;
}

/** A sentence cut at the joints that always apply after the patient as subject (see splitAtSubject). */
export function splitSubjects(sentence: string, rules: CompiledSplitRules): string[] {
  const subject = splitAtSubject(sentence, rules, false);
  return subject ? [subject.first, ...splitSubjects(subject.rest, rules)] : [sentence];
}

/** An auxiliary or finite verb of the language's list ("were", "showed"), not a word in -ed that may be an adjective. */
function hasAuxiliary(s: string, rules: CompiledSplitRules): boolean {
  return s
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .some((w) => rules.verbs.has(w));
}

/**
 * Splits a long sentence at a safe joint: a semicolon, or a conjunction followed by a new clause (a subject or an
 * instruction verb), never inside brackets, leaving at least five words on the left and four on the right.
 */
export function splitClauses(sentence: string, rules: CompiledSplitRules, maxWords: number): string[] {
  const long = wordCount(sentence) > maxWords;
  const subject = splitAtSubject(sentence, rules, long);
  if (subject) return [subject.first, ...splitClauses(subject.rest, rules, maxWords)];
  for (const joint of rules.joints) {
    // A semicolon always ends a clause; the other joints only shorten sentences that are too long.
    if (!long && !joint.always) continue;
    for (const m of sentence.matchAll(joint.regex)) {
      const left = sentence.slice(0, m.index).trim();
      const right = sentence.slice(m.index + m[0].length).trim();
      if (wordCount(left) < 5 || wordCount(right) < 4 || parenDepthAt(sentence, m.index) > 0) continue;
      if (joint.before?.test(left) === false || joint.notAfter?.test(right.split(/[.;]/u)[0] ?? '')) continue;
      const next = (right.match(/^[\p{L}']+/u)?.[0] ?? '').toLowerCase();
      // "…, although very rare, may cause …": a few words between commas with no verb are an aside, not a clause.
      const aside = /^([^,]{1,40}),\s/u.exec(right)?.[1];
      if (
        !joint.always &&
        aside !== undefined &&
        wordCount(aside) <= 4 &&
        !rules.starters.has(next) &&
        !hasVerb(aside, rules)
      )
        continue;
      // "…, and should not be resumed", "…, then adjusted to": a verb with no subject of its own is not a sentence,
      // unless the joint gives it one ("…, which may need" → "This may need").
      const subjectGiven = joint.start.includes(LEAD) || START_SUBJECT.test(joint.start);
      // A start with its own subject and verb ("This can cause ") makes a sentence of what follows.
      const startIsClause = SUBJECT_AND_VERB.test(joint.start);
      if (!subjectGiven && (rules.verbs.has(next) || (rules.pastTense && /^\p{Ll}{3,}ed$/u.test(next))))
        continue;
      // A new clause: it starts with a subject or an instruction verb, or both sides have a verb of their own.
      const clause =
        joint.start.includes(LEAD) ||
        startIsClause ||
        rules.starters.has(next) ||
        (hasVerb(left, rules) && hasVerb(firstWords(right, 8), rules));
      if (!joint.always && !clause) continue;
      // "a, b, and the c" is a list, not two clauses; unless both sides have a verb of their own ("You were a, b,
      // and c, and the tests showed d").
      if (
        !joint.always &&
        !startIsClause &&
        !(PRONOUN_SUBJECTS.has(next) && (hasVerb(left, rules) || joint.start !== '')) &&
        left.includes(',') &&
        !(hasAuxiliary(left, rules) && hasVerb(firstWords(right, 6), rules))
      )
        continue;
      const first = ended(left, rules);
      const start = joint.start.includes(LEAD) ? leadOf(sentence, joint.start) : joint.start;
      if (start === undefined) continue;
      const rest = start
        ? `${start}${/^I\b/u.test(right) ? right : right.charAt(0).toLowerCase() + right.slice(1)}`
        : capitalise(right);
      // Joints are tried in the order of the list, not of the sentence: the part before may hold a later joint.
      return [...splitClauses(first, rules, maxWords), ...splitClauses(rest, rules, maxWords)];
    }
  }
  return [sentence];
}
