import type { Lang } from '../../client/shared/languages.js';

/** A date or time found in text, as a canonical key: "date:2026-11-02", "date:11-02", "time:14:30", "date:weekday:1". */
export interface DateHit {
  key: string;
  start: number;
  end: number;
  text: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  enero: 1,
  ene: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  abr: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  ago: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  dic: 12,
};
const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  lunes: 1,
  martes: 2,
  miércoles: 3,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sábado: 6,
  sabado: 6,
  domingo: 7,
};

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|º|°)?';
const YEAR = '(\\d{4})';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const pad = (n: number): string => String(n).padStart(2, '0');
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

function dateKey(year: number | undefined, month: number, day: number | undefined): string | undefined {
  if (month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  return `date:${year !== undefined ? `${year}-` : ''}${pad(month)}${day !== undefined ? `-${pad(day)}` : ''}`;
}

interface Rule {
  regex: RegExp;
  key: (m: RegExpExecArray, lang: Lang) => string | undefined;
}

const monthOf = (s: string | undefined): number => MONTHS[(s ?? '').toLowerCase()] ?? 0;

/** Month first in US English, day first elsewhere; a part above 12 settles it either way. */
function numericDate(a: number, b: number, lang: Lang, year?: number): string | undefined {
  const monthFirst = lang === 'en' ? !(a > 12 && b <= 12) : b > 12 && a <= 12;
  return monthFirst ? dateKey(year, a, b) : dateKey(year, b, a);
}

const RULES: readonly Rule[] = [
  {
    regex: new RegExp(`${B}${YEAR}-(\\d{1,2})-(\\d{1,2})${E}`, 'gu'),
    key: (m) => dateKey(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    regex: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]?/gu,
    key: (m) => dateKey(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    regex: /(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]/gu,
    key: (m) => dateKey(undefined, Number(m[1]), Number(m[2])),
  },
  {
    regex: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu,
    key: (m) => dateKey(m[3] ? Number(m[3]) : undefined, Number(m[2]), Number(m[1])),
  },
  {
    regex: new RegExp(`${B}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${E}`, 'gu'),
    key: (m, lang) => numericDate(Number(m[1]), Number(m[3]), lang, fullYear(m[4] ?? '')),
  },
  {
    regex: new RegExp(
      `${B}(\\d{1,2})/(\\d{1,2})${E}(?!\\s*(?:tab|cap|cup|tsp|tea|pill|of\\b|-))(?![/.]\\d)`,
      'gu',
    ),
    key: (m, lang) => numericDate(Number(m[1]), Number(m[2]), lang),
  },
  {
    regex: new RegExp(`${B}${DAY}-${MONTH}-(\\d{4}|\\d{2})${E}`, 'giu'),
    key: (m) => dateKey(fullYear(m[3] ?? ''), monthOf(m[2]), Number(m[1])),
  },
  {
    regex: new RegExp(`${B}${MONTH}\\s+${DAY}(?:,?\\s+(?:de\\s+|del\\s+)?${YEAR})?${E}`, 'giu'),
    key: (m) => dateKey(m[3] ? Number(m[3]) : undefined, monthOf(m[1]), Number(m[2])),
  },
  {
    regex: new RegExp(
      `${B}${DAY}\\s+(?:of\\s+|de\\s+)?${MONTH}(?:,?\\s+(?:de\\s+|del\\s+)?${YEAR})?${E}`,
      'giu',
    ),
    // "2 may be repeated" is not the 2nd of May: without a year, "may" after a number is the verb.
    key: (m) =>
      (m[2] ?? '').toLowerCase() === 'may' && !m[3]
        ? undefined
        : dateKey(m[3] ? Number(m[3]) : undefined, monthOf(m[2]), Number(m[1])),
  },
  {
    regex: new RegExp(`${B}${MONTH}\\s+(?:de\\s+|del\\s+)?${YEAR}${E}`, 'giu'),
    key: (m) => dateKey(Number(m[2]), monthOf(m[1]), undefined),
  },
];

const TIME_AMPM = new RegExp(`${B}(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?\\s?m\\.?(?![\\p{L}])`, 'giu');
const TIME_24 = new RegExp(`${B}(\\d{1,2}):(\\d{2})${E}(?!\\s*[ap]\\.?m)`, 'giu');
const WEEKDAY = new RegExp(`${B}(${Object.keys(WEEKDAYS).join('|')})${E}`, 'giu');

/** Dates, times and weekdays in reading order. Each span is reported once (earlier rules win). */
export function findDates(text: string, lang: Lang): DateHit[] {
  const hits: DateHit[] = [];
  const taken = (start: number, end: number): boolean => hits.some((h) => start < h.end && end > h.start);
  const add = (key: string | undefined, m: RegExpExecArray): void => {
    const start = m.index;
    const end = start + m[0].length;
    if (key && !taken(start, end)) hits.push({ key, start, end, text: m[0] });
  };
  for (const rule of RULES) for (const m of text.matchAll(rule.regex)) add(rule.key(m, lang), m);
  for (const m of text.matchAll(TIME_AMPM)) {
    let h = Number(m[1]) % 12;
    if ((m[3] ?? '').toLowerCase() === 'p') h += 12;
    add(Number(m[1]) <= 12 ? `time:${pad(h)}:${m[2] ?? '00'}` : undefined, m);
  }
  for (const m of text.matchAll(TIME_24))
    add(Number(m[1]) < 24 && Number(m[2]) < 60 ? `time:${pad(Number(m[1]))}:${m[2]}` : undefined, m);
  for (const m of text.matchAll(WEEKDAY)) add(`date:weekday:${WEEKDAYS[(m[1] ?? '').toLowerCase()] ?? 0}`, m);
  return hits.sort((a, b) => a.start - b.start);
}
