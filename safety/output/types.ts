/**
 * What the output validator reports when a rewrite or an answer is compared with its source:
 * every number, unit, dose, medicine name, date and warning sign of the source must survive,
 * and none may be added.
 */
export type FactKind = 'number' | 'dose' | 'unit' | 'medicine' | 'date' | 'warning' | 'instruction';

export interface Fact {
  kind: FactKind;
  /** The fact as it reads in the source (or the output, for an added one). */
  text: string;
}

export interface OutputCheck {
  /** True when nothing is missing and nothing is added. */
  preserved: boolean;
  missing: string[];
  added: string[];
  /** The same, with kinds, for the clinician view. */
  missingFacts: Fact[];
  addedFacts: Fact[];
}
