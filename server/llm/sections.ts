import { estimateTokens } from './tokens.js';

/**
 * Long documents go to the model in sections that fit its budget. Breaks fall, in order of
 * preference, before a heading, between paragraphs, between lines, between sentences; only a
 * single sentence longer than the budget is cut between words. Joining every section's text with
 * its `joiner` gives back the document with its line structure (runs of blank lines become one).
 */
export interface Section {
  text: string;
  /** What goes between this section and the next when the rewritten sections are put together. */
  joiner: string;
  tokens: number;
}

interface Atom {
  text: string;
  /** The separator that followed it in the document. */
  after: string;
  heading: boolean;
}

const HEADING_LINE = [
  /^#{1,6}\s+\S/, // Markdown
  /^[\p{Lu}\d][\p{Lu}\d\s,&/()'-]{2,60}:?$/u, // DISCHARGE MEDICATIONS
  /^[\p{Lu}][^.!?\n]{1,60}:$/u, // Warning signs:
];

function isHeading(text: string): boolean {
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  return HEADING_LINE.some((pattern) => pattern.test(firstLine));
}

const SENTENCE_END = /(?<=[.!?。！？؟])\s+|(?<=[。！？])/u;

function splitWords(text: string, maxTokens: number, estimate: (text: string) => number): string[] {
  const pieces: string[] = [];
  let current = '';
  const push = (): void => {
    if (current !== '') pieces.push(current);
    current = '';
  };
  // Words, or single characters for scripts written without spaces.
  const units = /\s/.test(text.trim()) ? text.split(/\s+/).filter((word) => word !== '') : Array.from(text);
  const spaced = /\s/.test(text.trim());
  for (const unit of units) {
    const candidate = current === '' ? unit : `${current}${spaced ? ' ' : ''}${unit}`;
    if (current !== '' && estimate(candidate) > maxTokens) {
      push();
      current = unit;
    } else {
      current = candidate;
    }
  }
  push();
  return pieces;
}

/** Cuts `text` into atoms that each fit, trying coarser separators first. */
function atomize(text: string, maxTokens: number, estimate: (text: string) => number): Atom[] {
  const spaceOrNothing = (piece: string): string => (/\s/.test(piece.trim()) ? ' ' : '');
  const levels: Array<{ split: (text: string) => string[]; joiner: (piece: string) => string }> = [
    { split: (t) => t.split(/\n[ \t]*\n\s*/), joiner: () => '\n\n' },
    { split: (t) => t.split('\n'), joiner: () => '\n' },
    { split: (t) => t.split(SENTENCE_END), joiner: spaceOrNothing },
    { split: (t) => splitWords(t, maxTokens, estimate), joiner: spaceOrNothing },
  ];
  const walk = (piece: string, level: number, after: string): Atom[] => {
    const step = levels[level];
    if (step === undefined || estimate(piece) <= maxTokens) {
      return [{ text: piece, after, heading: isHeading(piece) }];
    }
    const parts = step.split(piece).filter((part) => part.trim() !== '');
    if (parts.length <= 1) return walk(piece, level + 1, after);
    const joiner = step.joiner(piece);
    return parts.flatMap((part, index) => walk(part, level + 1, index === parts.length - 1 ? after : joiner));
  };
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  return normalized === '' ? [] : walk(normalized, 0, '');
}

/**
 * Packs atoms greedily. A heading starts a new section once the current one is half full, so a
 * heading and its text usually travel together.
 */
export function splitIntoSections(
  text: string,
  maxTokens: number,
  estimate: (text: string) => number = estimateTokens,
): Section[] {
  const atoms = atomize(text, maxTokens, estimate);
  const sections: Section[] = [];
  let current: Atom[] = [];
  let currentTokens = 0;

  const flush = (): void => {
    if (current.length === 0) return;
    const body = current
      .map((atom, index) => (index === current.length - 1 ? atom.text : atom.text + atom.after))
      .join('');
    const last = current[current.length - 1];
    sections.push({ text: body, joiner: last?.after ?? '', tokens: estimate(body) });
    current = [];
    currentTokens = 0;
  };

  for (const atom of atoms) {
    const tokens = estimate(atom.text);
    const overflows = currentTokens + tokens > maxTokens;
    const headingBreak = atom.heading && currentTokens >= maxTokens / 2;
    if (current.length > 0 && (overflows || headingBreak)) flush();
    current.push(atom);
    currentTokens += tokens;
  }
  flush();
  return sections;
}

/** Puts rewritten sections back together with the joiners of the originals. */
export function joinSections(sections: readonly Section[], texts: readonly string[]): string {
  return texts
    .map((text, index) => (index === texts.length - 1 ? text : text + (sections[index]?.joiner ?? '\n\n')))
    .join('');
}
