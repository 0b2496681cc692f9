import type { Lang } from '../../client/shared/languages.js';
import type { CompiledLexicons } from './compile.js';
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
export interface HitStatus {
  negated: boolean;
  history: boolean;
  education: boolean;
}

export interface ScopedHits {
  hits: Hit[];
  status: HitStatus[];
}

interface CueHit {
  hit: Hit;
  kind: CueKind;
  lang: Lang;
  window: Record<string, number>;
}

function cover(marks: Uint8Array, hit: Hit): void {
  for (let t = hit.start; t < hit.end && t < marks.length; t += 1) marks[t] = 1;
}

function covered(marks: Uint8Array, hit: Hit): boolean {
  for (let t = hit.start; t < hit.end && t < marks.length; t += 1) if (marks[t] === 1) return true;
  return false;
}

export function resolveScopes(
  tokens: readonly Token[],
  hits: readonly Hit[],
  lex: CompiledLexicons,
  messageLang: Lang,
): ScopedHits {
  const n = tokens.length;
  const cues: CueHit[] = [];
  for (const hit of hits) {
    for (const id of hit.term.concepts) {
      const concept = lex.concepts[id];
      if (concept?.cue === undefined) continue;
      const window = lex.windows.get(concept.lang);
      if (window !== undefined) cues.push({ hit, kind: concept.cue, lang: concept.lang, window });
    }
  }

  // Per language: a Vietnamese "nó" (him) must not swallow an English "no".
  const marksFor = (table: Map<Lang, Uint8Array>, lang: Lang): Uint8Array => {
    let marks = table.get(lang);
    if (marks === undefined) {
      marks = new Uint8Array(n);
      table.set(lang, marks);
    }
    return marks;
  };
  const ignored = new Uint8Array(n);
  const pseudo = new Map<Lang, Uint8Array>();
  const pseudoPhrase = new Uint8Array(n);
  for (const cue of cues) {
    if (cue.kind === 'ignore') cover(ignored, cue.hit);
    else if (cue.kind === 'pseudo_negation') {
      cover(marksFor(pseudo, cue.lang), cue.hit);
      if (cue.hit.end - cue.hit.start > 1) cover(pseudoPhrase, cue.hit);
    }
  }
  const flagHits = hits.filter((hit) => hit.term.flag && !covered(ignored, hit)).sort((a, b) => a.start - b.start || a.end - b.end);
  // A negation word inside a red-flag phrase is part of the phrase: any language's phrase of two or
  // more words ("no puedo respirar" also holds English "no"), but a one-word flag only in its own
  // language or the message's (a Vietnamese "nó", him, swallows "no" in a Vietnamese message, not in
  // an English one).
  const inFlag = new Map<Lang, Uint8Array>();
  const inPhrase = new Uint8Array(n);
  for (const hit of flagHits) {
    // A word bent by typo tolerance ("dont" read as "dent") is too weak to swallow a negation.
    if (hit.exact < hit.words) continue;
    cover(marksFor(inFlag, hit.term.lang), hit);
    if (hit.end - hit.start > 1) cover(inPhrase, hit);
  }
  // A red-flag word swallows a cue only at the cue's first word ("had", a flag word, inside "never
  // had a" leaves the negation whole); a pseudo-negation anywhere in it cancels it ("ya no siento").
  const consumed = (cue: CueHit) => {
    const first = cue.hit.start;
    return (
      inPhrase[first] === 1 ||
      marksFor(inFlag, cue.lang)[first] === 1 ||
      marksFor(inFlag, messageLang)[first] === 1 ||
      covered(pseudoPhrase, cue.hit) ||
      covered(marksFor(pseudo, cue.lang), cue.hit) ||
      covered(marksFor(pseudo, messageLang), cue.hit)
    );
  };

  // Clause numbers, with the lexicons' clause-breaking words ("but", "pero", "但是") added to punctuation.
  const breaksAt = new Int32Array(n + 1);
  // Scope breaks belong to their language: English "me" ends an English negation, not a Spanish one.
  const scopeBreak = new Map<Lang, Uint8Array>();
  const present = new Uint8Array(n);
  for (const cue of cues) {
    if (cue.kind === 'clause_break') breaksAt[cue.hit.start] = (breaksAt[cue.hit.start] ?? 0) + 1;
    else if (cue.kind === 'scope_break' && cue.hit.start < n) marksFor(scopeBreak, cue.lang)[cue.hit.start] = 1;
    else if (cue.kind === 'present') cover(present, cue.hit);
  }
  const clause = new Int32Array(n);
  let extra = 0;
  for (let t = 0; t < n; t += 1) {
    extra += breaksAt[t] ?? 0;
    clause[t] = (tokens[t]?.clause ?? 0) + extra * 100_000;
  }
  const presentClauses = new Set<number>();
  for (let t = 0; t < n; t += 1) if (present[t] === 1) presentClauses.add(clause[t] ?? -1);

  const negated = new Uint8Array(n);
  const history = new Uint8Array(n);
  const education = new Uint8Array(n);

  const reach = (
    marks: Uint8Array,
    from: number,
    step: 1 | -1,
    width: number,
    same: (t: number) => boolean,
    stop: (t: number) => boolean,
  ) => {
    for (let k = 0, t = from; k < width && t >= 0 && t < n; k += 1, t += step) {
      if (!same(t) || stop(t)) return;
      marks[t] = 1;
    }
  };

  for (const cue of cues) {
    const { hit, kind, window } = cue;
    const cueClause = clause[hit.start] ?? -1;
    const cueSentence = tokens[hit.start]?.sentence ?? -1;
    const sameClause = (t: number) => clause[t] === cueClause;
    const sameSentence = (t: number) => tokens[t]?.sentence === cueSentence;
    const breaks = marksFor(scopeBreak, cue.lang);
    const atBreak = (t: number) => breaks[t] === 1;
    const atPresent = (t: number) => present[t] === 1;
    switch (kind) {
      case 'negation':
        if (!consumed(cue)) reach(negated, hit.end, 1, window.negation ?? 5, sameClause, atBreak);
        break;
      case 'negation_after':
        if (!consumed(cue)) reach(negated, hit.start - 1, -1, window.negation_after ?? 4, sameClause, atBreak);
        break;
      case 'history':
        cover(history, hit);
        reach(history, hit.end, 1, window.history ?? 10, sameClause, atPresent);
        reach(history, hit.start - 1, -1, window.history ?? 10, sameClause, atPresent);
        break;
      case 'education':
        cover(education, hit);
        reach(education, hit.end, 1, window.education ?? 6, sameSentence, atPresent);
        break;
      case 'education_after':
        reach(education, hit.start - 1, -1, window.education_after ?? 3, sameClause, atPresent);
        break;
      default:
        break;
    }
  }

  const status = flagHits.map((hit) => ({
    negated: covered(negated, hit),
    history: covered(history, hit),
    education: covered(education, hit) && !presentClauses.has(clause[hit.start] ?? -1),
  }));
  return { hits: flagHits, status };
}
