import type { Lang } from '../../client/shared/languages.js';
import { LANG_BIT, type CompiledLexicons } from './compile.js';
import type { CueKind } from './lexiconSchema.js';
import type { Hit } from './match.js';
import type { Token } from './tokenize.js';

/**
 * Where a red-flag word sits decides whether it counts: "no chest pain since surgery" (negation),
 * "I had a stroke in 2019" (history), "what are the signs of a stroke?" (education) must not raise
 * an alarm. Cues come from each language's lexicon; their reach is a few tokens, bounded by the
 * clause or sentence (NegEx's idea, with per-language windows). A cue's reach also stops at a
 * "present" cue ("now", "right now"), so "I had a heart attack in 2019 and now my chest hurts"
 * still fires. A negation inside a red-flag phrase ("can't breathe", "no reason to live",
 * "숨을 못 쉬겠어요") is part of the phrase, not a negation.
 */
/** A hit's status bits: negated ("no chest pain"), history ("in 2019"), education ("signs of"). */
export const NEGATED = 1;
export const HISTORY = 2;
export const EDUCATION = 4;

export interface ScopedHits {
  hits: Hit[];
  /** `NEGATED | HISTORY | EDUCATION` bits per hit, by index. */
  status: Uint8Array;
}

interface CueHit {
  hit: Hit;
  kind: CueKind;
  bit: number;
  window: Record<string, number>;
}

/** Marks bits on the tokens a hit covers. */
function mark(marks: Uint8Array, hit: Hit, bit: number): void {
  for (let t = hit.start; t < hit.end && t < marks.length; t += 1) marks[t] = (marks[t] ?? 0) | bit;
}

function anyMarked(marks: Uint8Array, hit: Hit, bits: number): boolean {
  for (let t = hit.start; t < hit.end && t < marks.length; t += 1)
    if (((marks[t] ?? 0) & bits) !== 0) return true;
  return false;
}

const ALL = 0xff;

/**
 * Per-screener buffers for scope resolution, reused from message to message. A typed array the
 * size of a long message lives outside the JavaScript heap, and allocating and freeing about twenty
 * of them per message showed in profiles. A buffer may be longer than the message; only its first
 * `n` entries are zeroed and read.
 */
export class ScopeBuffers {
  private readonly bytes: Uint8Array[] = [];
  private readonly ints: Int32Array[] = [];
  private nextBytes = 0;
  private nextInts = 0;

  /** Starts a message: every buffer handed out before may be handed out again. */
  reset(): void {
    this.nextBytes = 0;
    this.nextInts = 0;
  }

  /** A byte buffer whose first `n` entries are 0. */
  bytesOf(n: number): Uint8Array {
    let buffer = this.bytes[this.nextBytes];
    if (buffer === undefined || buffer.length < n) {
      buffer = new Uint8Array(Math.max(n, 2 * (buffer?.length ?? 32)));
      this.bytes[this.nextBytes] = buffer;
    } else buffer.fill(0, 0, n);
    this.nextBytes += 1;
    return buffer;
  }

  /** An integer buffer whose first `n` entries are `value`. */
  intsOf(n: number, value = 0): Int32Array {
    let buffer = this.ints[this.nextInts];
    if (buffer === undefined || buffer.length < n)
      buffer = this.ints[this.nextInts] = new Int32Array(Math.max(n, 2 * (buffer?.length ?? 32)));
    buffer.fill(value, 0, n);
    this.nextInts += 1;
    return buffer;
  }
}

/**
 * Hits in order of start, then end. They arrive almost in that order (by start), so an insertion
 * sort does little work; it also keeps hits with the same place in arrival order.
 */
function sortByPlace(hits: Hit[]): void {
  for (let i = 1; i < hits.length; i += 1) {
    const hit = hits[i];
    if (hit === undefined) continue;
    let j = i - 1;
    for (; j >= 0; j -= 1) {
      const before = hits[j];
      if (
        before === undefined ||
        before.start < hit.start ||
        (before.start === hit.start && before.end <= hit.end)
      )
        break;
      hits[j + 1] = before;
    }
    hits[j + 1] = hit;
  }
}

export function resolveScopes(
  tokens: readonly Token[],
  hits: readonly Hit[],
  lex: CompiledLexicons,
  messageLang: Lang,
  buffers: ScopeBuffers = new ScopeBuffers(),
): ScopedHits {
  const n = tokens.length;
  buffers.reset();
  const messageBit = LANG_BIT.get(messageLang) ?? 0;
  const cues: CueHit[] = [];
  for (const hit of hits) {
    if (lex.termTable.cue[hit.termId] !== 1) continue;
    for (const cue of hit.term.cues) {
      const { window } = cue;
      if (window !== undefined) cues.push({ hit, kind: cue.kind, bit: cue.bit, window });
    }
  }

  // Per-token bit sets, one bit per language (a Vietnamese "nó", him, must not swallow an English "no").
  const ignored = buffers.bytesOf(n);
  const pseudo = buffers.bytesOf(n);
  const pseudoPhrase = buffers.bytesOf(n);
  const pseudoStart = buffers.bytesOf(n);
  const scopeBreak = buffers.bytesOf(n);
  const present = buffers.bytesOf(n);
  const generic = buffers.bytesOf(n);
  const breaksAt = buffers.intsOf(n + 1);
  for (const cue of cues) {
    switch (cue.kind) {
      case 'ignore':
        mark(ignored, cue.hit, ALL);
        break;
      case 'pseudo_negation':
        mark(pseudo, cue.hit, cue.bit);
        if (cue.hit.end - cue.hit.start > 1) {
          mark(pseudoPhrase, cue.hit, ALL);
          if (cue.hit.start < n) pseudoStart[cue.hit.start] = 1;
        }
        break;
      case 'clause_break':
        breaksAt[cue.hit.start] = (breaksAt[cue.hit.start] ?? 0) + 1;
        break;
      case 'scope_break':
        if (cue.hit.start < n) scopeBreak[cue.hit.start] = (scopeBreak[cue.hit.start] ?? 0) | cue.bit;
        break;
      case 'present':
        mark(present, cue.hit, ALL);
        break;
      case 'generic':
        mark(generic, cue.hit, ALL);
        break;
      default:
        break;
    }
  }
  // An ignore phrase removes the red-flag words inside it or overlapping it ("blood pressure" is not
  // bleeding), but not a flag phrase that holds the whole ignore phrase: the longer phrase says more
  // ("high blood pressure" in pregnancy, "커피 찌꺼기" coffee grounds around the ignored "커피"). A flag
  // over exactly the ignored words stays when it is a phrase of its own ("#<=12 year old" against
  // "#>=0 year old") or the same words ("painkillers" listed as a medicine), not when it is a word
  // inside them ("pain*" in "painkillers").
  const ignoreFrom = buffers.intsOf(n, n);
  const ignoreTo = buffers.intsOf(n);
  const ignoredSpans = new Set<number>();
  const ignoredPhrases = new Set<string>();
  for (const cue of cues) {
    if (cue.kind !== 'ignore') continue;
    for (let t = cue.hit.start; t < cue.hit.end && t < n; t += 1) {
      ignoreFrom[t] = Math.min(ignoreFrom[t] ?? n, cue.hit.start);
      ignoreTo[t] = Math.max(ignoreTo[t] ?? 0, cue.hit.end);
    }
    ignoredSpans.add(cue.hit.start * (n + 1) + cue.hit.end);
    ignoredPhrases.add(`${cue.hit.start}:${cue.hit.term.words}`);
  }
  const survivesIgnore = (hit: Hit): boolean => {
    if (!anyMarked(ignored, hit, ALL)) return true;
    for (let t = hit.start; t < hit.end && t < n; t += 1)
      if (ignored[t] !== 0 && ((ignoreFrom[t] ?? 0) < hit.start || (ignoreTo[t] ?? 0) > hit.end))
        return false;
    if (!ignoredSpans.has(hit.start * (n + 1) + hit.end)) return true;
    return hit.words > 1 || ignoredPhrases.has(`${hit.start}:${hit.term.words}`);
  };
  const flagHits = hits.filter((hit) => lex.termTable.flag[hit.termId] === 1 && survivesIgnore(hit));
  sortByPlace(flagHits);

  // A negation word inside a red-flag phrase is part of the phrase: any language's phrase of two or
  // more words ("no puedo respirar" also holds English "no"), but a one-word flag only in its own
  // language or the message's. A word bent by typo tolerance is too weak to swallow anything.
  // A flag that is itself a negation cue ("no" or "no more" listed in a concept) is the negation,
  // not a phrase holding one: only a flag reaching past the cue's words swallows it.
  const negationSpans = new Map<number, number>();
  for (const cue of cues) {
    if (cue.kind !== 'negation' && cue.kind !== 'negation_after') continue;
    const key = cue.hit.start * (n + 1) + cue.hit.end;
    negationSpans.set(key, (negationSpans.get(key) ?? 0) | cue.bit);
  }
  const inFlag = buffers.bytesOf(n);
  const negationStart = buffers.bytesOf(n);
  for (const cue of cues)
    if ((cue.kind === 'negation' || cue.kind === 'negation_after') && cue.hit.start < n)
      negationStart[cue.hit.start] = 1;
  // A flag phrase that opens with a negation ("no despertar", "no quiero seguir viviendo") also
  // holds a longer negation cue that ends on its first word: "ya no" in "ya no quiero seguir
  // viviendo" is the phrase's own "no", not a negation of it.
  const negatedPhraseAt = buffers.bytesOf(n);
  for (const hit of flagHits) {
    if (hit.exact < hit.words) continue;
    const bit = lex.termTable.flagLangs[hit.termId] ?? 0;
    if (((negationSpans.get(hit.start * (n + 1) + hit.end) ?? 0) & bit) !== 0) continue;
    const phrase = hit.end - hit.start > 1;
    if (hit.end - hit.start > hit.words) {
      // A phrase that passed over a word ("ya tengo" over "ya no tengo") holds its first and last
      // words, not the one it skipped: a negation there is not part of the phrase.
      inFlag[hit.start] = ALL;
      inFlag[hit.end - 1] = ALL;
    } else mark(inFlag, hit, phrase ? ALL : bit);
    if (phrase && negationStart[hit.start] !== 0) negatedPhraseAt[hit.start] = 1;
  }
  const holdsNegatedPhrase = (hit: Hit): boolean => {
    for (let t = hit.start + 1; t < hit.end && t < n; t += 1) if (negatedPhraseAt[t] !== 0) return true;
    return false;
  };

  const clause = buffers.intsOf(n);
  // How many clause-break words ("but", "pero", "但是") come before each token.
  const contrast = buffers.intsOf(n);
  let extra = 0;
  for (let t = 0; t < n; t += 1) {
    extra += breaksAt[t] ?? 0;
    contrast[t] = extra;
    clause[t] = (tokens[t]?.clause ?? 0) + extra * 100_000;
  }
  // "what should I do when someone is having a seizure": the present tense is about anyone, so it
  // does not turn the question into a report. A generic person in the clause keeps it a question.
  const genericClauses = new Set<number>();
  for (let t = 0; t < n; t += 1) if (generic[t] !== 0) genericClauses.add(clause[t] ?? -1);
  const reported = buffers.bytesOf(n);
  const presentClauses = new Set<number>();
  for (let t = 0; t < n; t += 1) {
    if (present[t] === 0 || genericClauses.has(clause[t] ?? -1)) continue;
    reported[t] = 1;
    presentClauses.add(clause[t] ?? -1);
  }

  const negated = buffers.bytesOf(n);
  const history = buffers.bytesOf(n);
  const education = buffers.bytesOf(n);

  for (const cue of cues) {
    const { hit, kind, window } = cue;
    const cueClause = clause[hit.start] ?? -1;
    const cueSentence = tokens[hit.start]?.sentence ?? -1;
    const own = cue.bit | messageBit;
    switch (kind) {
      case 'negation':
      case 'negation_after': {
        // A red-flag word swallows a cue only at the cue's first word ("had", a flag word, inside
        // "never had a" leaves the negation whole); a pseudo-negation anywhere in it cancels it.
        if (
          ((inFlag[hit.start] ?? 0) & own) !== 0 ||
          holdsNegatedPhrase(hit) ||
          anyMarked(pseudoPhrase, hit, ALL) ||
          anyMarked(pseudo, hit, own)
        )
          break;
        const forward = kind === 'negation';
        const width = forward ? (window.negation ?? 5) : (window.negation_after ?? 4);
        for (
          let k = 0, t = forward ? hit.end : hit.start - 1;
          k < width && t >= 0 && t < n;
          k += 1, t += forward ? 1 : -1
        ) {
          if (clause[t] !== cueClause || ((scopeBreak[t] ?? 0) & cue.bit) !== 0) break;
          // "she isn't making sense and won't wake up": a phrase that carries its own negation starts a
          // new statement, so an earlier negation does not reach into it.
          if (forward && pseudoStart[t] !== 0) break;
          negated[t] = 1;
        }
        break;
      }
      case 'history': {
        const width = window.history ?? 10;
        mark(history, hit, 1);
        for (let k = 0, t = hit.end; k < width && t < n; k += 1, t += 1) {
          if (clause[t] !== cueClause || present[t] !== 0) break;
          history[t] = 1;
        }
        for (let k = 0, t = hit.start - 1; k < width && t >= 0; k += 1, t -= 1) {
          if (clause[t] !== cueClause || present[t] !== 0) break;
          history[t] = 1;
        }
        break;
      }
      case 'education': {
        mark(education, hit, 1);
        const width = window.education ?? 6;
        // A question reaches over commas ("what are the signs of a stroke, like a drooping face") but
        // not past "but": "he says it is indigestion but he is sweating" goes on to a report.
        const cueContrast = contrast[hit.start] ?? 0;
        for (let k = 0, t = hit.end; k < width && t < n; k += 1, t += 1) {
          if (tokens[t]?.sentence !== cueSentence || reported[t] !== 0 || contrast[t] !== cueContrast) break;
          education[t] = 1;
        }
        break;
      }
      case 'education_after': {
        const width = window.education_after ?? 3;
        for (let k = 0, t = hit.start - 1; k < width && t >= 0; k += 1, t -= 1) {
          if (clause[t] !== cueClause || reported[t] !== 0) break;
          education[t] = 1;
        }
        break;
      }
      default:
        break;
    }
  }

  // A view of exactly one entry per hit (a view allocates no new buffer).
  const status = buffers.bytesOf(flagHits.length).subarray(0, flagHits.length);
  flagHits.forEach((hit, index) => {
    let bits = 0;
    if (anyMarked(negated, hit, 1)) bits |= NEGATED;
    if (anyMarked(history, hit, 1)) bits |= HISTORY;
    if (anyMarked(education, hit, 1) && !presentClauses.has(clause[hit.start] ?? -1)) bits |= EDUCATION;
    status[index] = bits;
  });
  // A word inside a negated, past or education phrase shares its status: "没再说胸闷气短" negates
  // "胸闷气短" (chest tightness and short breath) and so the "气短" it holds, though the negation's
  // reach ends before it.
  for (let index = 0; index < flagHits.length; index += 1) {
    const outer = flagHits[index];
    const bits = status[index] ?? 0;
    if (outer === undefined || bits === 0 || outer.end - outer.start < 2 || outer.exact < outer.words)
      continue;
    // Hits come by start then end, so shorter ones at the same start sit just before.
    for (let j = index - 1; j >= 0 && flagHits[j]?.start === outer.start; j -= 1)
      status[j] = (status[j] ?? 0) | bits;
    for (let j = index + 1; j < flagHits.length; j += 1) {
      const inner = flagHits[j];
      if (inner === undefined || inner.start >= outer.end) break;
      if (inner.end <= outer.end) status[j] = (status[j] ?? 0) | bits;
    }
  }
  return { hits: flagHits, status };
}
