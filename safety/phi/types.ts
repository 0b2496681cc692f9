/** Placeholder ("[NAME_1]") to the original text it stands for. */
export type RedactionMap = Record<string, string>;

export interface Redaction {
  text: string;
  map: RedactionMap;
}

export interface Redactor {
  redact(text: string): Redaction;
  restore(text: string, map: RedactionMap): string;
}

export const PHI_KINDS = ['NAME', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'DOB', 'ADDRESS', 'ZIP'] as const;

export type PhiKind = (typeof PHI_KINDS)[number];

/** A stretch of the message to hide, by UTF-16 offsets (end exclusive). */
export interface PhiSpan {
  kind: PhiKind;
  start: number;
  end: number;
}
