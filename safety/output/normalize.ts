/**
 * Text as the validator compares it: Unicode compatibility forms folded (full-width digits, "½" stays a fraction),
 * Arabic-Indic and Persian digits as ASCII digits, every dash as "-", curly quotes as straight ones. The length of
 * the text may change, so offsets are never carried from here back to the original.
 */
export function normalizeForFacts(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06f0-\u06f9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/[\u2010-\u2015\u2212]/gu, '-')
      .replace(/[\u2018\u2019]/gu, "'")
      .replace(/[\u201c\u201d]/gu, '"')
      .replace(/\u2044/gu, '/')
      .replace(/(?<!\d)9-1-1(?!\d)/gu, '911')
      // "x5d", "x 3": the "x" of a count or a duration ("for 5 days", "3 times") is not part of the number.
      .replace(/(?<![\p{L}\p{N}])x(?=\s?\d)/gu, ' ')
  );
}

/** A number as one canonical string: "1,000" → "1000", "0.50" → "0.5", ".5" → "0.5", "5.0" → "5". */
export function canonicalNumber(raw: string, decimalComma: boolean): string {
  let s = raw.trim();
  if (decimalComma) {
    if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(s)) s = s.replace(/\./gu, '');
    s = s.replace(',', '.');
  } else {
    s = s.replace(/,(?=\d{3}(?!\d))/gu, '');
    if (/^\d+,\d+$/u.test(s)) s = s.replace(',', '.');
  }
  const n = Number(s);
  return Number.isFinite(n) ? String(n) : raw;
}

/** Replaces the spans with spaces, so a later pass does not find the same words again. */
export function mask(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}
