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

/** First place in `entries[from, to)` whose hit starts at or after `start` (hit indices, in start order). */
function lowerBound(
  entries: Int32Array,
  from: number,
  to: number,
  hits: readonly Hit[],
  start: number,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[entries[mid] ?? 0]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NO_SCOPED: ScopedHits = { hits: [], status: new Uint8Array(0) };

/**
 * One rule's search for a combination of hits. A class rather than closures: it runs for every
 * candidate rule of every message, and methods cost no allocation per call. One per screener; its
 * chosen hits and slot ranges are typed arrays, so a search makes no garbage.
 */
class RuleSearch {
  /** The hits chosen so far, `chosen[0, size)`. */
  chosen: Int32Array;
  size = 0;
  /** Slot s's hit indices are `scratch.entries[slotFrom[s], slotTo[s])`. */
  readonly slotFrom: Int32Array;
  readonly slotTo: Int32Array;
  slotCount = 0;
  private entries: Int32Array = new Int32Array(0);
  private scoped: ScopedHits = NO_SCOPED;
  private mode: Mode = ACTIVE;

  constructor(maxSlots: number) {
    this.chosen = new Int32Array(maxSlots);
    this.slotFrom = new Int32Array(maxSlots);
    this.slotTo = new Int32Array(maxSlots);
  }

  /** Forgets the last message's hits, so the screener does not keep them alive. */
  release(): void {
    this.scoped = NO_SCOPED;
  }

  run(rule: CompiledRule, scoped: ScopedHits, entries: Int32Array, mode: Mode): boolean {
    this.scoped = scoped;
    this.entries = entries;
    this.mode = mode;
    const { hits } = scoped;
    const to = this.slotTo[0] ?? 0;
    for (let k = this.slotFrom[0] ?? 0; k < to; k += 1) {
      const index = entries[k] ?? -1;
      const anchor = hits[index];
      if (anchor === undefined || !this.usable(rule, index)) continue;
      this.chosen[0] = index;
      this.size = 1;
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
    if (slot === this.slotCount) return this.fits(rule);
    const { hits } = this.scoped;
    const { window } = rule;
    const { entries } = this;
    const to = this.slotTo[slot] ?? 0;
    let taken = 0;
    for (
      let k = lowerBound(entries, this.slotFrom[slot] ?? 0, to, hits, anchor.start - window - 12);
      k < to;
      k += 1
    ) {
      const index = entries[k] ?? -1;
      const hit = hits[index];
      if (hit === undefined || hit.start > anchor.end + window) break;
      if (!this.usable(rule, index)) continue;
      this.chosen[this.size] = index;
      this.size += 1;
      if (this.fill(rule, slot + 1, anchor)) return true;
      this.size -= 1;
      taken += 1;
      if (taken >= MAX_CANDIDATES_PER_SLOT) break;
    }
    return false;
  }

  private fits(rule: CompiledRule): boolean {
    const { hits } = this.scoped;
    const { chosen, size } = this;
    let minEnd = Infinity;
    let maxStart = -Infinity;
    let strong = false;
    let previousStart = -1;
    for (let c = 0; c < size; c += 1) {
      const hit = hits[chosen[c] ?? -1];
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
    for (let a = 0; a < size; a += 1)
      for (let b = a + 1; b < size; b += 1) if (chosen[a] === chosen[b]) return false;
    return true;
  }
}

function toFinding(
  rule: CompiledRule,
  search: RuleSearch,
  scoped: ScopedHits,
  tokens: readonly Token[],
  hint: boolean,
): Finding {
  let first = Infinity;
  let last = -Infinity;
  let exact = 0;
  let words = 0;
  for (let c = 0; c < search.size; c += 1) {
    const hit = scoped.hits[search.chosen[c] ?? -1];
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
 * Per-screener scratch space for rule evaluation, reused from message to message (a generation
 * number tells this message's entries from older ones). Each concept's hits are a range of one
 * flat buffer (counted, then filled) rather than an array per concept per message: those arrays
 * were the largest share of a long message's young-generation garbage.
 */
export interface RuleScratch {
  listGeneration: Int32Array;
  /** This message's hits of concept c: `entries[listFrom[c], listFrom[c] + listCount[c])`, in hit order. */
  listCount: Int32Array;
  listFrom: Int32Array;
  /** Concepts with hits in this message, in the order first seen (`touched[0, touchedCount)`). */
  touched: Int32Array;
  /** Hit indices by concept, then merged slot lists of the rule being tried. */
  entries: Int32Array;
  ruleGeneration: Int32Array;
  generation: number;
  slots: SlotTable;
  /** Rules to try in this message (a buffer that grows, kept so a message allocates none). */
  candidates: Int32Array;
  search: RuleSearch;
}

export function createRuleScratch(lex: CompiledLexicons): RuleScratch {
  const maxSlots = Math.max(1, ...lex.rules.map((rule) => rule.slots.length));
  return {
    listGeneration: new Int32Array(lex.concepts.length),
    listCount: new Int32Array(lex.concepts.length),
    listFrom: new Int32Array(lex.concepts.length),
    touched: new Int32Array(64),
    entries: new Int32Array(1024),
    ruleGeneration: new Int32Array(lex.rules.length),
    generation: 0,
    candidates: new Int32Array(64),
    slots: slotTableOf(lex.rules, lex.rulesByConcept),
    search: new RuleSearch(maxSlots),
  };
}

/** `buffer` with room for `size` entries: itself, or a copy twice as large. */
function withRoom(buffer: Int32Array, size: number): Int32Array {
  if (size <= buffer.length) return buffer;
  const larger = new Int32Array(Math.max(size, buffer.length * 2));
  larger.set(buffer);
  return larger;
}

/**
 * Puts one slot's hit indices (in start order) into the search's range for `slot`: a concept's own
 * range when only one of the slot's concepts has hits, else the sorted union of their ranges, merged
 * at `scratch.entries[end...]`. Returns the new end of the merged area.
 */
function slotRange(alternatives: readonly number[], scratch: RuleScratch, slot: number, end: number): number {
  const { listGeneration, listCount, listFrom, generation, search } = scratch;
  let from = 0;
  let to = 0;
  let found = false;
  let mergedEnd = end;
  for (const id of alternatives) {
    if (listGeneration[id] !== generation) continue;
    const otherFrom = listFrom[id] ?? 0;
    const otherTo = otherFrom + (listCount[id] ?? 0);
    if (!found) {
      from = otherFrom;
      to = otherTo;
      found = true;
      continue;
    }
    // The sorted union without repeats, as sorting the concatenation and dropping repeats gave.
    scratch.entries = withRoom(scratch.entries, mergedEnd + (to - from) + (otherTo - otherFrom));
    const { entries } = scratch;
    const start = mergedEnd;
    let a = from;
    let b = otherFrom;
    while (a < to || b < otherTo) {
      const left = a < to ? (entries[a] ?? 0) : Infinity;
      const right = b < otherTo ? (entries[b] ?? 0) : Infinity;
      let value: number;
      if (left <= right) {
        value = left;
        a += 1;
      } else {
        value = right;
        b += 1;
      }
      if (mergedEnd === start || entries[mergedEnd - 1] !== value) {
        entries[mergedEnd] = value;
        mergedEnd += 1;
      }
    }
    from = start;
    to = mergedEnd;
  }
  search.slotFrom[slot] = from;
  search.slotTo[slot] = to;
  return mergedEnd;
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
  const { generation, listGeneration, listCount, listFrom, ruleGeneration } = scratch;
  let { candidates, touched } = scratch;
  let count = 0;
  let touchedCount = 0;
  const { termTable } = lex;
  const { slots } = scratch;
  // First pass: how many hits each concept has, and the rules those concepts can start.
  for (let index = 0; index < scoped.hits.length; index += 1) {
    const hit = scoped.hits[index];
    if (hit === undefined) continue;
    const conceptEnd = termTable.ruleConceptStart[hit.termId + 1] ?? 0;
    for (let k = termTable.ruleConceptStart[hit.termId] ?? 0; k < conceptEnd; k += 1) {
      const id = termTable.ruleConcepts[k] ?? 0;
      if (listGeneration[id] === generation) {
        listCount[id] = (listCount[id] ?? 0) + 1;
        continue;
      }
      listGeneration[id] = generation;
      listCount[id] = 1;
      touched = scratch.touched = withRoom(touched, touchedCount + 1);
      touched[touchedCount] = id;
      touchedCount += 1;
      const ruleEnd = slots.ruleStart[id + 1] ?? 0;
      for (let r = slots.ruleStart[id] ?? 0; r < ruleEnd; r += 1) {
        const rule = slots.rules[r] ?? 0;
        if (ruleGeneration[rule] === generation) continue;
        ruleGeneration[rule] = generation;
        candidates = scratch.candidates = withRoom(candidates, count + 1);
        candidates[count] = rule;
        count += 1;
      }
    }
  }
  // Second pass: each concept's hits into its range of `entries`, in hit order.
  let total = 0;
  for (let t = 0; t < touchedCount; t += 1) {
    const id = touched[t] ?? 0;
    listFrom[id] = total;
    total += listCount[id] ?? 0;
    listCount[id] = 0;
  }
  scratch.entries = withRoom(scratch.entries, total);
  const { entries } = scratch;
  for (let index = 0; index < scoped.hits.length; index += 1) {
    const hit = scoped.hits[index];
    if (hit === undefined) continue;
    const conceptEnd = termTable.ruleConceptStart[hit.termId + 1] ?? 0;
    for (let k = termTable.ruleConceptStart[hit.termId] ?? 0; k < conceptEnd; k += 1) {
      const id = termTable.ruleConcepts[k] ?? 0;
      const filled = listCount[id] ?? 0;
      entries[(listFrom[id] ?? 0) + filled] = index;
      listCount[id] = filled + 1;
    }
  }
  // Rules are tried in lexicon order, so findings come out the same whatever order hits came in.
  const ordered = candidates.subarray(0, count).sort();

  const findings: Finding[] = [];
  let superseding: { span: readonly [number, number]; categories: ReadonlySet<string> }[] | undefined;
  const { search } = scratch;
  for (const ruleIndex of ordered) {
    if (!everySlotHit(ruleIndex, scratch)) continue;
    const rule = lex.rules[ruleIndex];
    if (rule === undefined) continue;
    // Merged slot lists go after the concepts' ranges, from `total` again for each rule.
    let end = total;
    let complete = true;
    for (let slot = 0; slot < rule.slots.length; slot += 1) {
      end = slotRange(rule.slots[slot] ?? [], scratch, slot, end);
      if (search.slotTo[slot] === search.slotFrom[slot]) {
        complete = false;
        break;
      }
    }
    if (!complete) continue;
    search.slotCount = rule.slots.length;
    if (search.run(rule, scoped, scratch.entries, ACTIVE)) {
      const finding = toFinding(rule, search, scoped, tokens, false);
      findings.push(finding);
      if (rule.supersedes !== undefined)
        (superseding ??= []).push({ span: finding.span, categories: rule.supersedes });
      continue;
    }
    if (!rule.byEducation) continue;
    if (search.run(rule, scoped, scratch.entries, HINTED))
      findings.push(toFinding(rule, search, scoped, tokens, true));
  }
  // The search holds no hits between messages.
  search.release();
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
