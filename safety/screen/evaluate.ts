import type { CompiledLexicons, CompiledRule } from './compile.js';
import type { Hit } from './match.js';
import { EDUCATION, HISTORY, NEGATED, type ScopedHits } from './scopes.js';
import type { Token } from './tokenize.js';
import type { Finding } from './types.js';

/**
 * Rules over hits: every slot of a rule must be filled by a hit of one of its concepts, all within
 * the rule's window (tokens between the words). The search is bounded: a few candidates per slot
 * near each anchor, so a message full of repeated words stays linear.
 */
const MAX_CANDIDATES_PER_SLOT = 12;

/** Which hits a search may use: all live ones, or (for a hint) also those inside an education question. */
const ACTIVE = 0;
const HINTED = 1;
type Mode = typeof ACTIVE | typeof HINTED;

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

/**
 * One rule's search for a combination of hits. A class rather than closures: it runs for every
 * candidate rule of every message, and methods cost no allocation per call.
 */
class RuleSearch {
  readonly chosen: number[] = [];
  private slotHits: number[][] = [];
  private mode: Mode = ACTIVE;

  constructor(private readonly scoped: ScopedHits) {}

  run(rule: CompiledRule, slotHits: number[][], mode: Mode): boolean {
    this.slotHits = slotHits;
    this.mode = mode;
    const { hits } = this.scoped;
    for (const index of slotHits[0] ?? []) {
      const anchor = hits[index];
      if (anchor === undefined || !this.usable(rule, index)) continue;
      this.chosen.length = 0;
      this.chosen.push(index);
      if (this.fill(rule, 1, anchor)) return true;
    }
    return false;
  }

  private usable(rule: CompiledRule, index: number): boolean {
    const status = this.scoped.status[index];
    if (status === undefined) return false;
    if ((status & NEGATED) !== 0 && rule.byNegation) return false;
    if ((status & HISTORY) !== 0 && rule.byHistory) return false;
    return this.mode === HINTED || !((status & EDUCATION) !== 0 && rule.byEducation);
  }

  private fill(rule: CompiledRule, slot: number, anchor: Hit): boolean {
    if (slot === this.slotHits.length) return this.fits(rule);
    const { hits } = this.scoped;
    const { window } = rule;
    const list = this.slotHits[slot] ?? [];
    let taken = 0;
    for (let k = lowerBound(list, hits, anchor.start - window - 12); k < list.length; k += 1) {
      const index = list[k] ?? -1;
      const hit = hits[index];
      if (hit === undefined || hit.start > anchor.end + window) break;
      if (!this.usable(rule, index)) continue;
      this.chosen.push(index);
      if (this.fill(rule, slot + 1, anchor)) return true;
      this.chosen.pop();
      taken += 1;
      if (taken >= MAX_CANDIDATES_PER_SLOT) break;
    }
    return false;
  }

  private fits(rule: CompiledRule): boolean {
    const { hits } = this.scoped;
    const { chosen } = this;
    let minEnd = Infinity;
    let maxStart = -Infinity;
    let strong = false;
    let previousStart = -1;
    for (const index of chosen) {
      const hit = hits[index];
      if (hit === undefined) return false;
      if (hit.end < minEnd) minEnd = hit.end;
      if (hit.start > maxStart) maxStart = hit.start;
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
  }
}

function toFinding(
  rule: CompiledRule,
  chosen: readonly number[],
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
  const finding: Finding = {
    ruleId: rule.id,
    category: rule.category,
    lang: rule.lang,
    span: [tokens[first]?.start ?? 0, tokens[last]?.end ?? 0],
    reason: rule.reason,
    score: words === 0 ? 1 : Math.round((exact / words) * 100) / 100,
    action: rule.action,
  };
  // Assigned rather than spread from temporary objects (garbage per finding); same keys, same order.
  if (rule.guidance !== undefined) finding.guidance = rule.guidance;
  if (hint) finding.hint = true;
  return finding;
}

/**
 * Per-screener scratch space for rule evaluation: hit lists by concept id and rule marks, reused
 * from message to message (a generation number tells this message's entries from older ones).
 */
export interface RuleScratch {
  lists: number[][];
  listGeneration: Int32Array;
  ruleGeneration: Int32Array;
  generation: number;
  slots: SlotTable;
  /** Rules to try in this message (a buffer that grows, kept so a message allocates none). */
  candidates: Int32Array;
}

export function createRuleScratch(lex: CompiledLexicons): RuleScratch {
  return {
    lists: lex.concepts.map(() => []),
    listGeneration: new Int32Array(lex.concepts.length),
    ruleGeneration: new Int32Array(lex.rules.length),
    generation: 0,
    candidates: new Int32Array(64),
    slots: slotTableOf(lex.rules, lex.rulesByConcept),
  };
}

const NO_HITS: number[] = [];

/** Hit indices (in start order) of one slot's concepts, merged when the slot lists several. */
function slotList(alternatives: readonly number[], scratch: RuleScratch): number[] {
  let merged: number[] | undefined;
  let several = false;
  for (const id of alternatives) {
    if (scratch.listGeneration[id] !== scratch.generation) continue;
    const list = scratch.lists[id] ?? NO_HITS;
    if (merged === undefined) merged = list;
    else {
      merged = merged.concat(list);
      several = true;
    }
  }
  if (merged === undefined) return NO_HITS;
  if (!several) return merged;
  merged.sort((a, b) => a - b);
  let out = 0;
  for (let k = 0; k < merged.length; k += 1) {
    const value = merged[k] ?? -1;
    if (out === 0 || merged[out - 1] !== value) merged[out++] = value;
  }
  merged.length = out;
  return merged;
}

const GENERATION_LIMIT = 2 ** 30;

/**
 * Every rule's slots and their concepts in flat arrays: rule r's slots are `slotStart[r]` up to
 * `slotStart[r + 1]`, slot s's concepts `concepts[conceptStart[s]]` up to `concepts[conceptStart[s + 1]]`.
 * Most candidate rules of a message lack a slot; this answers for them without touching the rule.
 */
interface SlotTable {
  slotStart: Int32Array;
  conceptStart: Int32Array;
  concepts: Int32Array;
  /** `rulesByConcept` flattened: concept c's rules are `rules[ruleStart[c]]` up to `rules[ruleStart[c + 1]]`. */
  ruleStart: Int32Array;
  rules: Int32Array;
}

function slotTableOf(rules: readonly CompiledRule[], rulesByConcept: readonly number[][]): SlotTable {
  const slotStart: number[] = [];
  const conceptStart: number[] = [];
  const concepts: number[] = [];
  for (const rule of rules) {
    slotStart.push(conceptStart.length);
    for (const alternatives of rule.slots) {
      conceptStart.push(concepts.length);
      concepts.push(...alternatives);
    }
  }
  slotStart.push(conceptStart.length);
  conceptStart.push(concepts.length);
  const ruleStart: number[] = [];
  const byConcept: number[] = [];
  for (const list of rulesByConcept) {
    ruleStart.push(byConcept.length);
    byConcept.push(...list);
  }
  ruleStart.push(byConcept.length);
  return {
    slotStart: Int32Array.from(slotStart),
    conceptStart: Int32Array.from(conceptStart),
    concepts: Int32Array.from(concepts),
    ruleStart: Int32Array.from(ruleStart),
    rules: Int32Array.from(byConcept),
  };
}

/** True when each slot of the rule has a hit of one of its concepts in this message (no lists built). */
function everySlotHit(ruleIndex: number, scratch: RuleScratch): boolean {
  const { slotStart, conceptStart, concepts } = scratch.slots;
  const { listGeneration, generation } = scratch;
  const slotEnd = slotStart[ruleIndex + 1] ?? 0;
  for (let slot = slotStart[ruleIndex] ?? 0; slot < slotEnd; slot += 1) {
    let any = false;
    const end = conceptStart[slot + 1] ?? 0;
    for (let k = conceptStart[slot] ?? 0; k < end; k += 1)
      if (listGeneration[concepts[k] ?? 0] === generation) {
        any = true;
        break;
      }
    if (!any) return false;
  }
  return true;
}

export function evaluateRules(
  tokens: readonly Token[],
  scoped: ScopedHits,
  lex: CompiledLexicons,
  scratch: RuleScratch = createRuleScratch(lex),
): Finding[] {
  if (scratch.generation >= GENERATION_LIMIT) {
    scratch.generation = 0;
    scratch.listGeneration.fill(0);
    scratch.ruleGeneration.fill(0);
  }
  scratch.generation += 1;
  const { generation, lists, listGeneration, ruleGeneration } = scratch;
  let { candidates } = scratch;
  let count = 0;
  const { termTable } = lex;
  const { slots } = scratch;
  for (let index = 0; index < scoped.hits.length; index += 1) {
    const hit = scoped.hits[index];
    if (hit === undefined) continue;
    const conceptEnd = termTable.ruleConceptStart[hit.termId + 1] ?? 0;
    for (let k = termTable.ruleConceptStart[hit.termId] ?? 0; k < conceptEnd; k += 1) {
      const id = termTable.ruleConcepts[k] ?? 0;
      if (listGeneration[id] !== generation) {
        listGeneration[id] = generation;
        lists[id] = [index];
        const ruleEnd = slots.ruleStart[id + 1] ?? 0;
        for (let r = slots.ruleStart[id] ?? 0; r < ruleEnd; r += 1) {
          const rule = slots.rules[r] ?? 0;
          if (ruleGeneration[rule] === generation) continue;
          ruleGeneration[rule] = generation;
          if (count === candidates.length) {
            const larger = new Int32Array(count * 2);
            larger.set(candidates);
            candidates = scratch.candidates = larger;
          }
          candidates[count] = rule;
          count += 1;
        }
      } else lists[id]?.push(index);
    }
  }
  // Rules are tried in lexicon order, so findings come out the same whatever order hits came in.
  const ordered = candidates.subarray(0, count).sort();

  const findings: Finding[] = [];
  let superseding: { span: readonly [number, number]; categories: ReadonlySet<string> }[] | undefined;
  const search = new RuleSearch(scoped);
  const slotHits: number[][] = [];
  for (const ruleIndex of ordered) {
    if (!everySlotHit(ruleIndex, scratch)) continue;
    const rule = lex.rules[ruleIndex];
    if (rule === undefined) continue;
    slotHits.length = 0;
    let complete = true;
    for (const alternatives of rule.slots) {
      const list = slotList(alternatives, scratch);
      if (list.length === 0) {
        complete = false;
        break;
      }
      slotHits.push(list);
    }
    if (!complete) continue;
    if (search.run(rule, slotHits, ACTIVE)) {
      const finding = toFinding(rule, search.chosen, scoped, tokens, false);
      findings.push(finding);
      if (rule.supersedes !== undefined)
        (superseding ??= []).push({ span: finding.span, categories: rule.supersedes });
      continue;
    }
    if (!rule.byEducation) continue;
    if (search.run(rule, slotHits, HINTED))
      findings.push(toFinding(rule, search.chosen, scoped, tokens, true));
  }
  return superseding === undefined ? findings : withoutSuperseded(findings, superseding);
}

/** Drops red-flag findings that start inside a block rule's match which outranks their category (one that starts before it, such as "kill myself", stays). */
function withoutSuperseded(
  findings: Finding[],
  superseding: readonly { span: readonly [number, number]; categories: ReadonlySet<string> }[],
): Finding[] {
  return findings.filter(
    (finding) =>
      !superseding.some(
        ({ span, categories }) =>
          categories.has(finding.category) && span[0] <= finding.span[0] && finding.span[0] < span[1],
      ),
  );
}
