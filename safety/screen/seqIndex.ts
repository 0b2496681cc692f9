import type { CompiledTerm, FirstNode, SeqEdge, SeqNode } from './compile.js';

/**
 * The tries of multi-word terms (see `SeqNode`) numbered and laid out in arrays, for the matcher's
 * inner loop. A profile of long messages showed the walk waiting on memory: each step touched a
 * node, its maps, an edge and its matcher, scattered over a large lexicon. Here a step reads a few
 * typed arrays, and what a word matches at each node is worked out once per distinct word
 * (`WordEdges`), so a message does no map lookups in the walk.
 */
export interface SeqIndex {
  /** Per node: bits of its edges' first letters (`letterBit`); 0 for a node with no edges. */
  nodeMask: Int32Array;
  /** Per node: the terms ending there are `termList[termStart[n]]` up to `termList[termStart[n + 1]]`. */
  termStart: Int32Array;
  termList: CompiledTerm[];
  /** Words and id of each `termList` entry (read without touching the term). */
  termWords: Int32Array;
  termIds: Int32Array;
  /** Per edge: the node it leads to. */
  edgeNext: Int32Array;
  /** Per edge: 1 when its word must begin a word (`^안`). */
  edgeWordStart: Uint8Array;
  /** Per edge: the node it leaves. */
  edgeFrom: Int32Array;
  /** Edges by id, for their matchers. */
  edges: SeqEdge[];
  /** Edges of every node by the text of their word (exact words), in each node's own order. */
  exactEdges: Map<string, number[]>;
  /** Edges of every node for stems (`breath*`), walked one UTF-16 unit at a time. */
  prefixEdges: StemTrie;
  /** Edges for number words (`#>=10`), in each node's own order. */
  numberEdges: number[];
}

export interface StemTrie {
  children: Map<string, StemTrie>;
  /** Edges whose stem ends here. */
  edges: number[];
}

function newStemTrie(): StemTrie {
  return { children: new Map(), edges: [] };
}

function appendTo(table: Map<string, number[]>, key: string, ids: readonly number[]): void {
  const list = table.get(key);
  if (list === undefined) table.set(key, [...ids]);
  else list.push(...ids);
}

/** Numbers every node and edge of the tries below `firstNodes` (setting their `id`) and lays them out. */
export function buildSeqIndex(firstNodes: Iterable<FirstNode>): SeqIndex {
  const nodes: SeqNode[] = [];
  const edges: SeqEdge[] = [];
  const number = (node: SeqNode): void => {
    node.id = nodes.length;
    nodes.push(node);
    for (const list of [...node.exact.values(), ...node.prefix.values(), node.num])
      for (const edge of list) {
        edge.id = edges.length;
        edges.push(edge);
        number(edge.next);
      }
  };
  for (const first of firstNodes)
    for (const group of first.groups) for (const trie of group.tries) number(trie.root);

  const nodeMask = new Int32Array(nodes.length);
  const termStart = new Int32Array(nodes.length + 1);
  const termList: CompiledTerm[] = [];
  const exactEdges = new Map<string, number[]>();
  const prefixEdges = newStemTrie();
  const numberEdges: number[] = [];
  const ids = (list: readonly SeqEdge[]) => list.map((edge) => edge.id);
  for (const node of nodes) {
    nodeMask[node.id] = node.mask;
    termStart[node.id] = termList.length;
    termList.push(...node.terms);
    for (const [text, list] of node.exact) appendTo(exactEdges, text, ids(list));
    for (const [stem, list] of node.prefix) {
      let at = prefixEdges;
      for (let c = 0; c < stem.length; c += 1) {
        const ch = stem.charAt(c);
        let next = at.children.get(ch);
        if (next === undefined) {
          next = newStemTrie();
          at.children.set(ch, next);
        }
        at = next;
      }
      at.edges.push(...ids(list));
    }
    numberEdges.push(...ids(node.num));
  }
  termStart[nodes.length] = termList.length;
  const termWords = Int32Array.from(termList, (term) => term.matchers.length);
  const termIds = Int32Array.from(termList, (term) => term.id);

  const edgeNext = new Int32Array(edges.length);
  const edgeWordStart = new Uint8Array(edges.length);
  const edgeFrom = new Int32Array(edges.length);
  for (const node of nodes)
    for (const list of [...node.exact.values(), ...node.prefix.values(), node.num])
      for (const edge of list) edgeFrom[edge.id] = node.id;
  for (const edge of edges) {
    edgeNext[edge.id] = edge.next.id;
    edgeWordStart[edge.id] = edge.m.wordStart ? 1 : 0;
  }
  return {
    nodeMask,
    termStart,
    termList,
    termWords,
    termIds,
    edgeNext,
    edgeWordStart,
    edgeFrom,
    edges,
    exactEdges,
    prefixEdges,
    numberEdges,
  };
}

/**
 * The edges one distinct word matches, grouped by node, in one array (one object to reach per word
 * in the walk, where separate arrays cost a cache miss each):
 *
 *   [K, node_0 … node_K-1 (ascending), start_0 … start_K, edge, score, edge, score, …]
 *
 * The matches at `node_k` are the (edge, score) pairs from index `start_k` up to `start_k+1`, in the
 * order the walk tries them; a score is 2 for an exact match, 1 within a typo. Read it with
 * `nodeSlot`, `matchesFrom` and `matchesTo`.
 */
export type WordEdges = Int32Array;

export const NO_WORD_EDGES: WordEdges = Int32Array.of(0);

/** Groups a word's edge matches (in the order found) by node, keeping that order within a node. */
export function groupByNode(
  index: SeqIndex,
  edgeIds: readonly number[],
  scores: readonly number[],
): WordEdges {
  if (edgeIds.length === 0) return NO_WORD_EDGES;
  const order = edgeIds.map((_, k) => k);
  // Array.prototype.sort is stable: matches at one node stay in the order they were found.
  order.sort((a, b) => (index.edgeFrom[edgeIds[a] ?? 0] ?? 0) - (index.edgeFrom[edgeIds[b] ?? 0] ?? 0));
  const nodes: number[] = [];
  const firsts: number[] = [];
  order.forEach((k, position) => {
    const node = index.edgeFrom[edgeIds[k] ?? 0] ?? 0;
    if (nodes[nodes.length - 1] !== node) {
      nodes.push(node);
      firsts.push(position);
    }
  });
  firsts.push(order.length);
  const count = nodes.length;
  const pairsAt = 1 + count + count + 1;
  const word = new Int32Array(pairsAt + 2 * order.length);
  word[0] = count;
  nodes.forEach((node, k) => (word[1 + k] = node));
  firsts.forEach((position, k) => (word[1 + count + k] = pairsAt + 2 * position));
  order.forEach((k, position) => {
    word[pairsAt + 2 * position] = edgeIds[k] ?? 0;
    word[pairsAt + 2 * position + 1] = scores[k] ?? 0;
  });
  return word;
}

/** Which of the word's nodes `node` is, or -1 (a binary search: common words match edges at many nodes). */
export function nodeSlot(word: WordEdges, node: number): number {
  let lo = 1;
  let hi = word[0] ?? 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = word[mid] ?? 0;
    if (value < node) lo = mid + 1;
    else if (value > node) hi = mid - 1;
    else return mid - 1;
  }
  return -1;
}

/** Index of the first (edge, score) pair at the word's node `slot`. */
export function matchesFrom(word: WordEdges, slot: number): number {
  return word[1 + (word[0] ?? 0) + slot] ?? 0;
}

/** Index just past the last (edge, score) pair at the word's node `slot`. */
export function matchesTo(word: WordEdges, slot: number): number {
  return word[2 + (word[0] ?? 0) + slot] ?? 0;
}
