import type { Lang } from '../../client/shared/languages.js';
import type { ReadabilityScores } from '../../content/readability/types.js';
import type { OutputCheck } from '../../safety/output/types.js';

/**
 * What is wrong with one rewritten section, in sentences the model is given back on its retry.
 * Fact problems (something dropped, added, or a placeholder lost) make a version unusable; a
 * grade above the target only makes it worse than it should be.
 */
export interface SectionProblems {
  facts: string[];
  grade: string[];
  /** The output validator's report on the section (PHI restored on both sides). */
  check: OutputCheck;
}

/** A version this far above the target grade counts as too hard (formulas are not that precise). */
export const GRADE_TOLERANCE = 1;

const PLACEHOLDER = /\[[A-Z][A-Z_]*_\d+\]/g;

function placeholders(text: string): Set<string> {
  return new Set(text.match(PLACEHOLDER) ?? []);
}

const quoteList = (items: readonly string[]): string => items.map((item) => `"${item}"`).join(', ');

export interface SectionVersion {
  /** The section as sent (placeholders in place of PHI). */
  redactedSource: string;
  /** The model's reply, cleaned (placeholders still in). */
  redactedOutput: string;
  /** Both with the PHI put back: what the fact check compares. */
  source: string;
  output: string;
  lang: Lang;
  targetGrade: number;
  /** The output validator (safety/output), set up for the document's language and glossary. */
  checkFacts: (source: string, output: string) => OutputCheck;
  /** Readability in the document's language (shares a syllable memo across the document). */
  score: (text: string) => ReadabilityScores;
  /** Puts placeholders back over PHI in a message, so feedback to the model carries none. */
  hide: (text: string) => string;
}

export function findProblems(version: SectionVersion): SectionProblems {
  const facts: string[] = [];
  const sent = placeholders(version.redactedSource);
  const got = placeholders(version.redactedOutput);
  const dropped = [...sent].filter((token) => !got.has(token));
  const invented = [...got].filter((token) => !sent.has(token));
  if (dropped.length > 0)
    facts.push(`It drops ${dropped.join(', ')}. Copy every bracketed placeholder exactly as it is.`);
  if (invented.length > 0)
    facts.push(`It has ${invented.join(', ')}, which the original does not have. Remove it.`);

  const check = version.checkFacts(version.source, version.output);
  if (check.missing.length > 0) {
    facts.push(
      `It leaves out ${version.hide(quoteList(check.missing))}. Keep each exactly as the original has it.`,
    );
  }
  if (check.added.length > 0) {
    facts.push(
      `It adds ${version.hide(quoteList(check.added))}, which the original does not say. Remove it.`,
    );
  }

  const grade: string[] = [];
  const scores = version.score(version.output);
  if (!scores.tooShort && scores.grade > version.targetGrade + GRADE_TOLERANCE) {
    grade.push(
      `It reads at about grade ${scores.grade.toFixed(1)}; aim for grade ${version.targetGrade} or lower with shorter sentences and everyday words.`,
    );
  }
  return { facts, grade, check };
}

export function hasProblems(problems: SectionProblems): boolean {
  return problems.facts.length > 0 || problems.grade.length > 0;
}

/** Replaces each PHI value with its placeholder, longest first so a name inside another stays hidden. */
export function hiderFor(map: Record<string, string>): (text: string) => string {
  const pairs = Object.entries(map)
    .filter(([, value]) => value.trim() !== '')
    .sort((a, b) => b[1].length - a[1].length);
  return (text) => pairs.reduce((hidden, [token, value]) => hidden.split(value).join(token), text);
}
