import { assertLinearPattern } from '../screen/regexSafety.js';
import {
  findAddresses,
  findBirthDates,
  findEmails,
  findLabelledMrns,
  findLongDigitRuns,
  findNames,
  findPatternMrns,
  findPhones,
  findSsns,
  findZips,
} from './detect.js';
import { DEFAULT_MRN, PLACEHOLDER } from './patterns.js';
import type { PhiKind, PhiSpan, Redaction, RedactionMap, Redactor } from './types.js';

export interface RedactorOptions {
  /** The shape of this hospital's medical record numbers (a labelled MRN is always caught). */
  mrnPattern?: RegExp;
}

function globalCopy(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('g')
    ? pattern.flags.replace('y', '')
    : `${pattern.flags.replace('y', '')}g`;
  return new RegExp(pattern.source, flags);
}

function normalisedPlaceholder(kind: string, number: string): string {
  return `[${kind.toUpperCase()}_${Number(number)}]`;
}

/** Spans in order of trust: where two overlap, the earlier detector wins. */
function detect(text: string, mrn: RegExp): PhiSpan[] {
  const ordered: PhiSpan[][] = [
    findEmails(text),
    findSsns(text),
    findBirthDates(text),
    findLabelledMrns(text),
    findPhones(text),
    findAddresses(text),
    findZips(text),
    findNames(text),
    findPatternMrns(text, mrn),
  ];
  const taken: PhiSpan[] = [];
  for (const group of ordered) {
    for (const span of group.sort((a, b) => b.end - b.start - (a.end - a.start))) {
      if (span.end <= span.start) continue;
      if (taken.some((other) => span.start < other.end && other.start < span.end)) continue;
      taken.push(span);
    }
  }
  // Last, any run of 7+ digits still showing, even the part of a run another span cut short
  // ("1/2/19801000000"): no long number leaves for a model.
  const covered = new Uint8Array(text.length);
  for (const span of taken) covered.fill(1, span.start, span.end);
  let masked = '';
  for (let i = 0; i < text.length; i += 1) masked += covered[i] === 1 ? ' ' : text.charAt(i);
  taken.push(...findLongDigitRuns(masked));
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Redaction replaces PHI with stable placeholders such as `[NAME_1]` that survive a model's
 * rewrite, and restore puts the originals back. The same original gets the same placeholder, and
 * placeholders the patient happened to type themselves are never reused, so
 * `restore(redact(x).text, map) === x` for every x.
 */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  const mrn = options.mrnPattern ? globalCopy(options.mrnPattern) : DEFAULT_MRN;
  if (options.mrnPattern) assertLinearPattern(options.mrnPattern, 'The MRN pattern');
  return {
    redact(text: string): Redaction {
      const reserved = new Set<string>();
      for (const match of text.matchAll(PLACEHOLDER))
        reserved.add(normalisedPlaceholder(match[1] ?? '', match[2] ?? '0'));
      const counters = new Map<PhiKind, number>();
      const byOriginal = new Map<string, string>();
      const map: RedactionMap = {};
      let out = '';
      let cursor = 0;
      for (const span of detect(text, mrn)) {
        const original = text.slice(span.start, span.end);
        const key = `${span.kind}\u0000${original}`;
        let placeholder = byOriginal.get(key);
        if (placeholder === undefined) {
          let n = counters.get(span.kind) ?? 0;
          do {
            n += 1;
            placeholder = `[${span.kind}_${n}]`;
          } while (reserved.has(placeholder));
          counters.set(span.kind, n);
          byOriginal.set(key, placeholder);
          map[placeholder] = original;
        }
        out += text.slice(cursor, span.start) + placeholder;
        cursor = span.end;
      }
      out += text.slice(cursor);
      return { text: out, map };
    },

    restore(text: string, map: RedactionMap): string {
      // One pass, so restored text is never scanned again; a model's "[ name_1 ]" still counts.
      return text.replace(PLACEHOLDER, (whole: string, kind: string, number: string) => {
        const original = map[normalisedPlaceholder(kind, number)];
        return original ?? whole;
      });
    },
  };
}
