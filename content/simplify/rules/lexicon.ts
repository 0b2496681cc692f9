import type { Lang } from '../../../client/shared/languages.js';
import type { LexiconEntry } from '../../lexicon/types.js';
import type { TermIndex } from '../../lexicon/termIndex.js';
import type { GlossaryPair } from '../../../safety/output/index.js';
import { isMedicineWord } from '../../../safety/output/index.js';
import type { ReviewFlag } from '../types.js';
import { keepCapital } from './patternRules.js';

/** What the rewrite of one document has gathered so far: glossary pairs for the check, terms kept, flags. */
export interface RewriteState {
  pairs: GlossaryPair[];
  /** Terms left in the text that a patient may not know, in order of first appearance. */
  kept: Map<string, LexiconEntry>;
  /** Terms listed for "Words to know" because their plain words replaced them. */
  introduced: Set<string>;
  /** Terms whose plain words explain them in brackets, already explained once. */
  explained: Set<string>;
  flags: Map<string, ReviewFlag>;
}

export interface LexiconContext {
  lang: Lang;
  index: TermIndex;
  /** The fallback abbreviations the lexicon lacks, as one regular expression (undefined when there are none). */
  fallbackRegex: RegExp | undefined;
  /** Would the entry's plain words add a fact its term does not have ("right away", a number)? Cached by caller. */
  addsFacts: (entry: LexiconEntry, matched: string) => boolean;
  fallbackAbbreviations: Readonly<Record<string, string>>;
}

/** Units stay as written: "mg" on a pill bottle is what the patient will see. */
const UNIT_TERMS = new Set([
  'mg',
  'mcg',
  'g',
  'ml',
  'kg',
  'l',
  'cc',
  'units',
  'unit',
  'meq',
  'mmhg',
  'mg/dl',
  'iu',
]);
/** Kinds of terms a patient will hear again: replaced in the text and listed in "Words to know". */
const TEACH_CATEGORIES = new Set(['condition', 'procedure', 'test']);

type Resolution = { replace: string } | 'keep' | undefined;

/** Context that settles an ambiguous abbreviation; anything else is left as written and flagged. */
function resolveAmbiguous(term: string, before: string, after: string, lang: Lang): Resolution {
  if (lang !== 'en') return undefined;
  const t = term.toLowerCase();
  if (t === 'discharge') {
    if (
      /^\s+(?:instructions?|medications?|medicines?|summary|date|diagnos[ie]s|plan|planning|home|paperwork|papers|follow|weight|vital|condition|exam|disposition|criteria|to|from|order)/iu.test(
        after,
      )
    )
      return 'keep';
    if (/^\s*:/u.test(after)) return 'keep';
    if (/\b(?:on|at|upon|after|before|your|of|since|for|until|prior to|day of|time of)\s+$/iu.test(before))
      return 'keep';
    return undefined;
  }
  if ((t === 'er' || t === 'ed') && /\b(?:the|to|an|nearest|in|at|local)\s+$/iu.test(before))
    return { replace: 'emergency room' };
  if (t === 'hr' && /^\s*(?:of\s+)?\d/u.test(after)) return { replace: 'heart rate' };
  // An oxygen reading: "89% on RA", "sats 93% RA".
  if (t === 'ra' && /(?:\d\s*%|\bsats?|\bspo2|\bsaturation)[^.;]{0,16}$/iu.test(before))
    return { replace: 'room air' };
  // "Pt reports…", "the pt was…": the patient, never physical therapy or a clotting test in that place.
  if (
    t === 'pt' &&
    term !== 'PT' &&
    /^\.?\s+(?:is|was|has|had|reports?|reported|states?|stated|denies|denied|walk\w*|ambulat\w*|tolerat\w*|presented|came|underwent|received|will|verbalized|understands|agrees|agreed|declined|requests?)\b/iu.test(
      after,
    )
  )
    return { replace: 'the patient' };
  // "2 L NC": oxygen through a nasal cannula.
  if (t === 'nc' && /\d\s*(?:l|lpm|l\/min)\s*(?:by\s+|via\s+)?$/iu.test(before))
    return { replace: 'through a nose tube' };
  // "HD 2", "HD#3": a hospital day.
  if (t === 'hd' && /^\s*#?\s*\d/u.test(after)) return { replace: 'hospital day' };
  return undefined;
}

/** Plain words that repeat the term ("type 2 diabetes" for "type 2 diabetes mellitus") teach nothing. */
export function sharesWord(a: string, b: string): boolean {
  const words = (s: string): string[] => s.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  const inB = new Set(words(b));
  return words(a).some((w) => inB.has(w));
}

const SAME_WORDS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['medicine', 'medicines', 'medication', 'medications', 'drug', 'drugs']),
];
const stemOf = (w: string): string => w.toLowerCase().replace(/(?:es|s)$/u, '');
const sameWord = (a: string, b: string): boolean =>
  stemOf(a) === stemOf(b) || SAME_WORDS.some((set) => set.has(a.toLowerCase()) && set.has(b.toLowerCase()));

/**
 * Plain words that repeat the word next to them ("a thin catheter" → "a thin thin tube", "antiplatelet
 * medications" → "anti-clotting medicine medications"): the repeated word is said once.
 */
function withoutRepeats(
  before: string,
  replacement: string,
  after: string,
): { before: string; replacement: string } {
  let b = before;
  let rep = replacement;
  const previous = /(\p{L}+)(\s+)$/u.exec(b);
  const first = /^\p{L}+/u.exec(rep)?.[0];
  if (previous?.[1] && first && previous[1].toLowerCase() === first.toLowerCase())
    b = b.slice(0, previous.index);
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1];
  const last = /(\p{L}+)$/u.exec(rep);
  if (next && last?.[1] && rep.includes(' ') && sameWord(last[1], next))
    rep = rep.slice(0, last.index).trimEnd();
  return { before: b, replacement: rep };
}

const VOWEL_SOUND = /^(?:[aeio]|u(?!n[iy]|s[eu]|ti|r[aeiou]))/iu;

/** "a" or "an" before the replacement, as it now sounds. */
function fixArticle(before: string, replacement: string): string {
  const m = /(^|\s)(a|an|A|An)\s+$/u.exec(before);
  if (!m) return before;
  const wantAn = VOWEL_SOUND.test(replacement) && !/^one\b/iu.test(replacement);
  const article = m[2] ?? 'a';
  const fixed = wantAn ? (article.startsWith('A') ? 'An' : 'an') : article.startsWith('A') ? 'A' : 'a';
  return before.slice(0, before.length - m[0].length) + (m[1] ?? '') + fixed + ' ';
}

/** The plural of one English noun ("shot" → "shots", "artery" → "arteries", "lens" → "lenses"). */
function pluralOf(word: string): string {
  const irregular: Readonly<Record<string, string>> = {
    foot: 'feet',
    tooth: 'teeth',
    child: 'children',
    person: 'people',
  };
  const known = irregular[word.toLowerCase()];
  if (known) return known;
  if (/[^aeiou]y$/iu.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/iu.test(word)) return `${word}es`;
  return `${word}s`;
}

const HEAD_ENDS =
  /\s(?:of|in|on|with|into|from|for|to|that|when|around|after|before|at|by|under|over|without|while|inside|near|\p{L}+ed)\s|\s\(|,/u;

/**
 * A term matched in the plural ("injections", "NSAIDs") takes plain words in the plural: the head noun, the last
 * word before "of"/"in"/a bracket, gets its plural ("shot" → "shots", "small growth in the colon" → "small growths in
 * the colon"). A head in -ing ("swelling") or already plural is left.
 */
export function pluralPlain(matched: string, entry: LexiconEntry): string | undefined {
  const m = matched.toLowerCase();
  const t = entry.term.toLowerCase();
  if (m === t || !m.endsWith('s') || t.endsWith('s') || entry.category === 'medication') return undefined;
  const singulars = [
    m.slice(0, -1),
    m.endsWith('es') ? m.slice(0, -2) : '',
    m.endsWith('ies') ? `${m.slice(0, -3)}y` : '',
  ];
  const forms = new Set([t, ...(entry.aliases ?? []).map((a) => a.toLowerCase())]);
  if (!singulars.some((x) => x && forms.has(x))) return undefined;
  const cut = HEAD_ENDS.exec(entry.plain);
  const head = cut ? entry.plain.slice(0, cut.index) : entry.plain;
  const last = /(\p{L}+)$/u.exec(head);
  if (!last?.[1] || /(?:ing|[^s]s|ss)$/iu.test(last[1]) || last[1].length < 3) return undefined;
  return head.slice(0, last.index) + pluralOf(last[1]) + entry.plain.slice(head.length);
}

/** Plain words that only fit after a noun ("on both sides", "from poor blood flow"), for an adjective term. */
const POSTPOSITIVE =
  /^(?:on|in|of|from|without|with|at|by|under|near|after|inside|outside|around|through|caused by|starved of)\s/iu;
const ADJECTIVE = /(?:al|ic|ous|ive|ary|ory|ar|ile|ent|ant|oid)$/iu;
/** Words that end a noun phrase (or show there is none: "was bilateral."), for placing such plain words after it. */
const PHRASE_END =
  'of|in|on|at|to|for|with|without|from|by|into|over|under|and|or|but|nor|was|were|is|are|be|been|has|have|had|that|which|who|after|before|since|during|because|as|than|if|when|while|due|per|then|this|these|those|the|a|an|his|her|your|their|its|not|no|may|can|could|will|would|should|must|also|only|both|each|every|very|more|less|most|than';
const PHRASE_ENDS: ReadonlySet<string> = new Set(PHRASE_END.split('|'));
const TOKEN = `(?:\u0082[^\u0083]*\u0083|(?!(?:${PHRASE_END})(?![\\p{L}]))(?![\\p{L}]+ed(?![\\p{L}]))\\p{L}[\\p{L}'’-]*)`;
/** A moved phrase (between \u0081 marks) and the noun phrase after it: up to four words, replaced terms as one. */
const MOVE = new RegExp(
  `(\\b[Aa]n? )?\\u0081([^\\u0081]*)\\u0081 (${TOKEN}(?: ${TOKEN}){0,3})(?=[\\s,.;:)!?]|$)`,
  'giu',
);

/**
 * "bilateral lower extremity edema" → "swelling in the legs on both sides": plain words that fit only after a noun go
 * after the noun phrase that follows the term; without one ("the pain was bilateral") they stay where the term was.
 */
function placeAfterNouns(text: string): string {
  const moved = text.includes('\u0081')
    ? text
        .replace(MOVE, (_, article: string | undefined, plain: string, phrase: string) => {
          const bare = phrase.replace(/[\u0082\u0083]/gu, '');
          const a = article ? `${fixArticle(article, bare).trimEnd()} ` : '';
          // At a sentence's start the capital goes with the words that now come first.
          if (!article && /^\p{Lu}\p{Ll}/u.test(plain))
            return `${bare.charAt(0).toUpperCase()}${bare.slice(1)} ${plain.charAt(0).toLowerCase()}${plain.slice(1)}`;
          return `${a}${bare} ${plain}`;
        })
        .replace(/\u0081/gu, '')
    : text;
  return moved.replace(/[\u0082\u0083]/gu, '');
}

/** The next word is a medicine's name ("PO torsemide"), so a route before it can go after it. */
function medicineNext(after: string, ctx: LexiconContext): boolean {
  const next = /^ (\p{L}[\p{L}-]*)/u.exec(after)?.[1];
  if (!next) return false;
  return ctx.index.lookup(next)?.category === 'medication' || isMedicineWord(next.toLowerCase());
}

/** Kinds of terms that name what was found at a place: "<place> <finding>" is said "<finding> in <place>". */
const FINDINGS: ReadonlySet<string> = new Set(['condition', 'symptom', 'result', 'test', 'wound']);

/**
 * "was with low blood pressure" → "had low blood pressure": plain words in "with" after a form of "be". `listed` is
 * the verb said for the term before, when this one follows it in a list ("was hypotensive and tachycardic").
 */
function afterBe(
  before: string,
  plain: string,
  listed: string | undefined,
): { before: string; plain: string; verb: string | undefined } {
  const m = /^(with|without)\s+(.+)$/iu.exec(plain);
  if (!m?.[2]) return { before, plain, verb: undefined };
  const be = /\b(was|were|is|are|remained|became)\s+$/iu.exec(before);
  const inList = listed !== undefined && /(?:,|\band|\bor)\s+$/iu.test(before);
  if (!be?.[1] && !inList) return { before, plain, verb: undefined };
  const verb = be?.[1]?.toLowerCase();
  const had =
    verb === undefined
      ? (listed ?? 'had')
      : verb === 'is'
        ? 'has'
        : verb === 'are'
          ? 'have'
          : verb === 'remained'
            ? 'still had'
            : verb === 'became'
              ? 'got'
              : 'had';
  const said =
    (m[1] ?? '').toLowerCase() === 'without'
      ? `${had} no ${m[2].replace(/^(?:a|an|any)\s+/iu, '')}`
      : `${had} ${m[2]}`;
  const capital = /^\p{Lu}/u.test(be?.[1] ?? '');
  return {
    before: be ? before.slice(0, be.index) : before,
    plain: capital ? said.charAt(0).toUpperCase() + said.slice(1) : said,
    verb: had,
  };
}

/** Nouns that end the name of a hospital service or place ("Acute Care Surgery", "Cardiac Intensive Care Unit"). */
const PLACE_NOUN =
  /^(?:Care|Clinic|Clinics|Unit|Department|Dept|Center|Centre|Service|Services|Team|Program|Programme|Hospital|Institute|Ward|Office|Pharmacy|Foundation|Society|Association|Group|Line)$/u;

/**
 * Is the matched term part of a capitalised name that ends in a service or place noun? Patients look
 * for that name on signs, letters and phone menus, so its words stay as written ("the Acute Care
 * Surgery clinic" must not become "the Sudden Care Surgery clinic").
 */
function inServiceName(matched: string, before: string, after: string): boolean {
  if (!/^\p{Lu}/u.test(matched)) return false;
  const words = [
    ...(/((?:\p{Lu}[\p{L}'’-]*\s+)*)$/u.exec(before)?.[1] ?? '').split(/\s+/u),
    ...matched.split(/\s+/u),
    ...(/^((?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(after)?.[1] ?? '').split(/\s+/u),
  ].filter(Boolean);
  return words.length >= 2 && words.some((word) => PLACE_NOUN.test(word));
}

function flag(state: RewriteState, subject: string, code: ReviewFlag['code'], message: string): void {
  const key = `${code}:${subject.toLowerCase()}`;
  if (!state.flags.has(key)) state.flags.set(key, { code, message, subject });
}

/**
 * Replaces lexicon terms with their plain words. `only` limits it to abbreviations (the most careful level).
 * Ambiguous abbreviations are resolved by context or left and flagged; a plain phrase that would add a fact is
 * not used (the term stays and goes to "Words to know"); units stay.
 */
export function replaceTerms(
  text: string,
  ctx: LexiconContext,
  state: RewriteState,
  only?: 'abbreviation',
): string {
  let out = '';
  let at = 0;
  // The last term replaced by a place in several words ("lower part of the right lung"), while nothing follows it.
  let last: { end: number; outStart: number; plain: string } | undefined;
  // The verb "was hypotensive" became ("had"), for a next term in the same list ("and tachycardic").
  let lastVerb: string | undefined;
  let lastVerbAt = 0;
  // A phrase was put aside to be placed after the noun phrase that follows it.
  let moving = false;
  for (const match of ctx.index.find(text)) {
    const entry = match.entry;
    const before = out + text.slice(at, match.start);
    const after = text.slice(match.end);
    const lower = match.text.toLowerCase();
    if (UNIT_TERMS.has(lower) || (only && entry.kind !== only)) continue;
    // The index matches words across punctuation ("DEXA) scan"); replacing that would drop the bracket.
    if (/[()[\],;:!?]/u.test(match.text)) continue;
    // An abbreviation joined by a hyphen to a letter is part of a name ("AC-T" is a chemotherapy plan, not "before
    // meals"); a word in capitals is not a word of its own there.
    if (entry.kind === 'abbreviation' && (/\p{L}-$/u.test(before) || /^-\p{L}/u.test(after))) continue;
    if (!/^[\p{Lu}\d]+$/u.test(match.text) && inServiceName(match.text, before, after)) continue;
    let replacement: string | undefined;
    let resolvedPlain: string | undefined;
    if (entry.ambiguous) {
      const resolved = resolveAmbiguous(match.text, before, after, ctx.lang);
      if (resolved === undefined) {
        flag(
          state,
          match.text,
          'ambiguous_abbreviation',
          `"${match.text}" can mean ${entry.plain}: check which one is meant.`,
        );
        continue;
      }
      if (resolved === 'keep') continue;
      replacement = resolved.replace;
      resolvedPlain = resolved.replace;
    } else {
      // Nothing to gain from the same word, or its singular ("puffs" → "puff"), or an explanation already given
      // in brackets. Brackets holding a number give a reading ("hypoxemia (oxygen 89%)"), not an explanation.
      if (stemOf(lower) === stemOf(entry.plain) || /^\s*\([^)\d]*\)/u.test(after)) continue;
      if (ctx.addsFacts(entry, match.text)) {
        if (!state.kept.has(entry.term.toLowerCase())) state.kept.set(entry.term.toLowerCase(), entry);
        continue;
      }
      replacement = entry.plain;
      // Plain words that keep the term and explain it ("migraine (bad headache)") explain it once.
      if (entry.plain.toLowerCase().includes(lower)) {
        if (state.explained.has(lower)) continue;
        state.explained.add(lower);
      }
      // A term a patient will hear again goes to "Words to know" with its plain words.
      if (
        !only &&
        entry.kind === 'term' &&
        TEACH_CATEGORIES.has(entry.category ?? '') &&
        !sharesWord(entry.plain, match.text)
      ) {
        state.introduced.add(entry.term.toLowerCase());
        if (!state.kept.has(entry.term.toLowerCase())) state.kept.set(entry.term.toLowerCase(), entry);
      }
    }
    if (!resolvedPlain) replacement = pluralPlain(match.text, entry) ?? replacement;
    const atStart = /(^|[.!?:]\s+)$/u.test(before);
    // A plain phrase written with a capital ("Anti-inflammatory…") takes a small letter inside a sentence.
    const inline =
      !atStart && /^\p{Lu}\p{Ll}/u.test(replacement)
        ? replacement.charAt(0).toLowerCase() + replacement.slice(1)
        : replacement;
    const capitalised = atStart
      ? keepCapital(match.text.charAt(0).toUpperCase() + match.text.slice(1).toLowerCase(), inline)
      : keepCapital(match.text, inline);
    // The pair is the term and its plain words, also when the term is kept in brackets after them.
    state.pairs.push({ term: match.text, plain: keepCapital(match.text, resolvedPlain ?? replacement) });
    const { before: trimmed, replacement: joined } = withoutRepeats(before, capitalised, after);
    // An adjective ("bilateral") or a route before a medicine ("PO torsemide") whose plain words fit only after.
    const postpositive =
      !/\s/u.test(entry.term) &&
      (ADJECTIVE.test(match.text) || (entry.category === 'route' && medicineNext(after, ctx))) &&
      POSTPOSITIVE.test(joined);
    const place = last && last.end + 1 === match.start && text.charAt(last.end) === ' ' ? last : undefined;
    const next = /^ (\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
    if (postpositive && next !== undefined && !PHRASE_ENDS.has(next)) {
      out = `${trimmed}\u0081${joined}\u0081`;
      moving = true;
      last = undefined;
    } else if (place && FINDINGS.has(entry.category ?? '') && !atStart) {
      // "right lower lobe consolidation" → "fluid-filled area in the lower part of the right lung": a place said in
      // many words goes after the finding it names, not before it.
      const head = out.slice(0, place.outStart);
      const where = /^(?:the|a|an|your)\s/iu.test(place.plain) ? place.plain : `the ${place.plain}`;
      const said = `${joined.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())} in ${where}`;
      const capital = /^\p{Lu}/u.test(place.plain) ? said.charAt(0).toUpperCase() + said.slice(1) : said;
      out = moving
        ? `${fixArticle(head, capital)}\u0082${capital}\u0083`
        : fixArticle(head, capital) + capital;
      last = undefined;
    } else {
      // "she was febrile, tachycardic, and hypotensive": an adjective listed after "was" takes "had" too.
      // (Only plain words in "with" can take "had": the rest need no look back.)
      const withPlain = /^with(?:out)?\s/iu.test(joined);
      const listedAfterWas =
        withPlain && ADJECTIVE.test(match.text) && /\b(?:was|were)\b(?:(?![.!?]\s).)*$/iu.test(trimmed)
          ? 'had'
          : undefined;
      const sameSentence = withPlain && !/[.!?]\s/u.test(text.slice(lastVerbAt, match.start));
      const be = withPlain
        ? afterBe(trimmed, joined, (sameSentence ? lastVerb : undefined) ?? listedAfterWas)
        : { before: trimmed, plain: joined, verb: undefined };
      if (be.verb) {
        lastVerb = be.verb;
        lastVerbAt = match.end;
      }
      const start = fixArticle(be.before, be.plain);
      // Replaced words are marked only while a phrase waits to be placed after them (see placeAfterNouns).
      out = moving ? `${start}\u0082${be.plain}\u0083` : start + be.plain;
      last =
        entry.category === 'anatomy' && /\s/u.test(be.plain) && be.plain === joined
          ? { end: match.end, outStart: start.length, plain: be.plain }
          : undefined;
    }
    at = match.end;
  }
  if (at === 0) return text;
  return moving ? placeAfterNouns(out + text.slice(at)) : out + text.slice(at);
}

/** Core abbreviations the lexicon lacks, written out ("po" → "by mouth"), so a thin lexicon still gets them. */
/** The regular expression for the fallback abbreviations the lexicon does not have (built once per language). */
export function fallbackRegex(table: Readonly<Record<string, string>>, index: TermIndex): RegExp | undefined {
  const keys = Object.keys(table).filter((k) => index.lookup(k) === undefined);
  return keys.length === 0
    ? undefined
    : // Not joined by a hyphen to a letter: "AC-T" is a name, not "before meals".
      new RegExp(`(?<![\\p{L}\\p{N}.]|\\p{L}-)(${keys.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu');
}

export function replaceFallbackAbbreviations(text: string, ctx: LexiconContext, state: RewriteState): string {
  const table = ctx.fallbackAbbreviations;
  if (!ctx.fallbackRegex) return text;
  const out = text.replace(ctx.fallbackRegex, (m: string, _g: string, offset: number) => {
    const plain = table[m.toLowerCase()];
    if (plain === undefined || (m !== m.toUpperCase() && m !== m.toLowerCase())) return m;
    state.pairs.push({ term: m, plain });
    // "PO torsemide" → "torsemide by mouth", as for the lexicon's routes.
    const before = POSTPOSITIVE.test(plain) && medicineNext(text.slice(offset + m.length), ctx);
    return before ? `\u0081${plain}\u0081` : plain;
  });
  return out === text ? text : placeAfterNouns(out);
}

const MEDICAL_WORD =
  /^(?:\p{L}{4,})(?:itis|ectomy|otomy|ostomy|plasty|scopy|emia|osis|algia|pathy|ologist|megaly|penia|plegia|trophy|centesis|graphy|rrhea|rrhage|oma)$/u;

/** Medical-looking words the lexicon does not know: the clinician sees them, and the lexicon can grow. */
export function flagUnknownTerms(text: string, ctx: LexiconContext, state: RewriteState): void {
  if (ctx.lang !== 'en') return;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (word.length >= 8 && MEDICAL_WORD.test(word) && ctx.index.lookup(word) === undefined) {
      flag(state, m[0], 'unknown_term', `"${m[0]}" is not in the lexicon, so it was left as written.`);
    }
  }
}
