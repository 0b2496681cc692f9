/**
 * PHI redaction before anything leaves for a model, and restoration after: names, phone numbers,
 * emails, US SSNs, medical record numbers, dates of birth, street addresses and ZIP codes.
 */
export type { RedactionMap, Redaction, Redactor, PhiKind, PhiSpan } from './types.js';
export { PHI_KINDS } from './types.js';
export { createRedactor, type RedactorOptions } from './redactor.js';
export { PHI_PATTERNS } from './patterns.js';
