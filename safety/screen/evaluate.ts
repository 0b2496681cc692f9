import type { CompiledLexicons, CompiledRule } from './compile.js';
import type { Hit } from './match.js';
import type { HitStatus, ScopedHits } from './scopes.js';
import type { Token } from './tokenize.js';
import type { Finding } from './types.js';

/**
 * Rules over hits: every slot of a rule must be filled by a hit of one of its concepts, all within
 * the rule's window (tokens between the words). The search is bounded: a few candidates per slot
 * near each anchor, so a message full of repeated words stays linear.
 */
const MAX_CANDIDATES_PER_SLOT = 12;

type Allowed = (status: HitStatus) => boolean;

function lowerBound(list: readonly number[], hits: readonly Hit[], start: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[list[mid] ?? 0]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function search(
  rule: CompiledRule,
  slotHits: number[][],
  scoped: ScopedHits,
  allowed: Allowed,
): number[] | undefined {
  const { hits, status } = scoped;
  const usable = (index: number) => {
    const st = status[index];
    return st !== undefined && allowed(st);
  };
  const anchors = slotHits[0] ?? [];
  const chosen: number[] = [];

  const fits = (): boolean => {
    let minEnd = Infinity;
    let maxStart = -Infinity;
    let strong = false;
    let previousStart = -1;
    for (const index of chosen) {
      const hit = hits[index];
      if (hit === undefined) return false;
      minEnd = Math.min(minEnd, hit.end);
      maxStart = Math.max(maxStart, hit.start);
      if (hit.strong) strong = true;
      if (rule.ordered) {
        if (hit.start <= previousStart) return false;
        previousStart = hit.start;
      }
    }
    if (!strong || maxStart - minEnd > rule.window) return false;
    for (let a = 0; a < chosen.length; a += 1)
      for (let b = a + 1; b < chosen.length; b += 1) if (chosen[a] === chosen[b]) return false;
    return true;
  };

  const fill = (slot: number, anchor: Hit): boolean => {
    if (slot === slotHits.length) return fits();
    const list = slotHits[slot] ?? [];
    let taken = 0;
    for (let k = lowerBound(list, hits, anchor.start - rule.window - 12); k < list.length; k += 1) {
      const index = list[k] ?? -1;
      const hit = hits[index];
      if (hit === undefined || hit.start > anchor.end + rule.window) break;
      if (!usable(index)) continue;
      chosen.push(index);
      const ok = fill(slot + 1, anchor);
      if (ok) return true;
      chosen.pop();
      taken += 1;
      if (taken >= MAX_CANDIDATES_PER_SLOT) break;
    }
    return false;
  };

  for (const index of anchors) {
    const anchor = hits[index];
    if (anchor === undefined || !usable(index)) continue;
    chosen.length = 0;
    chosen.push(index);
    if (fill(1, anchor)) return [...chosen];
  }
  return undefined;
}

function toFinding(
  rule: CompiledRule,
  chosen: number[],
  scoped: ScopedHits,
  tokens: readonly Token[],
  hint: boolean,
): Finding {
  let first = Infinity;
  let last = -Infinity;
  let exact = 0;
  let words = 0;
  for (const index of chosen) {
    const hit = scoped.hits[index];
    if (hit === undefined) continue;
    first = Math.min(first, hit.start);
    last = Math.max(last, hit.end - 1);
    exact += hit.exact;
    words += hit.words;
  }
  return {
    ruleId: rule.id,
    category: rule.category,
    lang: rule.lang,
    span: [tokens[first]?.start ?? 0, tokens[last]?.end ?? 0],
    reason: rule.reason,
    score: words === 0 ? 1 : Math.round((exact / words) * 100) / 100,
    action: rule.action,
    ...(rule.guidance !== undefined ? { guidance: rule.guidance } : {}),
    ...(hint ? { hint: true } : {}),
  };
}

export function evaluateRules(
  tokens: readonly Token[],
  scoped: ScopedHits,
  lex: CompiledLexicons,
): Finding[] {
  const byConcept = new Map<number, number[]>();
  scoped.hits.forEach((hit, index) => {
    for (const id of hit.term.concepts) {
      const list = byConcept.get(id);
      if (list === undefined) byConcept.set(id, [index]);
      else list.push(index);
    }
  });
  const candidates: number[] = [];
  for (const id of byConcept.keys())
    for (const rule of lex.rulesByConcept.get(id) ?? []) candidates.push(rule);
  candidates.sort((a, b) => a - b);

  const findings: Finding[] = [];
  let previous = -1;
  for (const ruleIndex of candidates) {
    if (ruleIndex === previous) continue;
    previous = ruleIndex;
    const rule = lex.rules[ruleIndex];
    if (rule === undefined) continue;
    const slotHits: number[][] = [];
    let complete = true;
    for (const alternatives of rule.slots) {
      let merged: number[] = [];
      for (const id of alternatives) {
        const list = byConcept.get(id);
        if (list !== undefined) merged = merged.length === 0 ? list : [...merged, ...list];
      }
      if (merged.length === 0) {
        complete = false;
        break;
      }
      if (alternatives.length > 1) merged = [...new Set(merged)].sort((a, b) => a - b);
      slotHits.push(merged);
    }
    if (!complete) continue;
    const s = rule.suppressedBy;
    const blocked = (st: HitStatus) => (st.negated && s.has('negation')) || (st.history && s.has('history'));
    const active = search(
      rule,
      slotHits,
      scoped,
      (st) => !blocked(st) && !(st.education && s.has('education')),
    );
    if (active !== undefined) {
      findings.push(toFinding(rule, active, scoped, tokens, false));
      continue;
    }
    if (!s.has('education')) continue;
    const hinted = search(rule, slotHits, scoped, (st) => !blocked(st));
    if (hinted !== undefined) findings.push(toFinding(rule, hinted, scoped, tokens, true));
  }
  return findings;
}
