/**
 * Typo tolerance: one edit (a letter added, dropped, changed, or two neighbours swapped) between
 * what the patient typed and a lexicon word, so "pian", "cehst", "breth" and "bleding" still match.
 * The first letter must be right (people rarely get it wrong, and it keeps false matches down),
 * and both words must have at least four letters.
 */
export const MIN_FUZZY_LENGTH = 4;

/** True when a and b are at most one edit apart (optimal string alignment distance ≤ 1). */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (i === la && i === lb) return true;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** True when some beginning of `word` is within one edit of `prefix` ("brething" and "breath*"). */
export function prefixWithinOneEdit(word: string, prefix: string): boolean {
  const length = prefix.length;
  for (const cut of [length, length - 1, length + 1]) {
    if (cut < 1 || cut > word.length) continue;
    if (withinOneEdit(word.slice(0, cut), prefix)) return true;
  }
  return false;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A whole lexicon word ends here. */
  word?: string;
  /** A lexicon prefix (`breath*`) ends here. */
  prefix?: string;
}

export interface FuzzyMatch {
  key: string;
  kind: 'exact' | 'prefix';
}

/**
 * The lexicon words and prefixes that typo tolerance may reach, in a trie walked with a budget of
 * one edit: the walk is bounded by the word's length times the trie's branching, never exponential.
 */
export class FuzzyIndex {
  private readonly root: TrieNode = { children: new Map() };

  add(key: string, kind: 'exact' | 'prefix'): void {
    let node = this.root;
    for (const ch of key) {
      let next = node.children.get(ch);
      if (next === undefined) {
        next = { children: new Map() };
        node.children.set(ch, next);
      }
      node = next;
    }
    if (kind === 'exact') node.word = key;
    else node.prefix = key;
  }

  /** Lexicon words and prefixes within one edit of `word` (excluding exact equality, which the caller has). */
  search(word: string): FuzzyMatch[] {
    const found = new Map<string, FuzzyMatch>();
    const first = this.root.children.get(word.charAt(0));
    if (first === undefined) return [];
    const record = (node: TrieNode, atEnd: boolean) => {
      if (node.prefix !== undefined && node.prefix.length >= MIN_FUZZY_LENGTH) {
        found.set(`p:${node.prefix}`, { key: node.prefix, kind: 'prefix' });
      }
      if (atEnd && node.word !== undefined && node.word.length >= MIN_FUZZY_LENGTH) {
        found.set(`w:${node.word}`, { key: node.word, kind: 'exact' });
      }
    };
    // Walks with no edit left: the rest must match exactly.
    const exactWalk = (start: TrieNode, from: number) => {
      let node: TrieNode | undefined = start;
      let i = from;
      for (;;) {
        record(node, i === word.length);
        if (i === word.length) return;
        node = node.children.get(word.charAt(i));
        if (node === undefined) return;
        i += 1;
      }
    };
    const walk = (node: TrieNode, i: number) => {
      // Still exact so far: a prefix ending here matches without any edit (the caller has those).
      if (i === word.length) {
        for (const child of node.children.values()) record(child, true); // one letter missing at the end
        return;
      }
      const ch = word.charAt(i);
      exactWalk(node, i + 1); // an extra letter typed
      const next = word.charAt(i + 1);
      for (const [letter, child] of node.children) {
        if (letter !== ch) exactWalk(child, i + 1); // a wrong letter
        exactWalk(child, i); // a letter left out
        if (letter === next && next !== ch) {
          const swapped = child.children.get(ch);
          if (swapped !== undefined) exactWalk(swapped, i + 2); // two letters swapped
        }
      }
      const same = node.children.get(ch);
      if (same !== undefined) walk(same, i + 1);
    };
    walk(first, 1);
    return [...found.values()];
  }
}
