/**
 * How often, by which route and on what condition a medicine is taken, as a prescription writes it and as a plain
 * version says it: "BID", "b.i.d.", "twice daily", "twice a day", "2 times a day" are one fact (`freq:2/day`).
 * Each row is a canonical key and the regular expressions (whole words, case-insensitive unless `exactCase`) that
 * mean it. `{n}` in a pattern is a number written in digits or words; the key's `{1}`, `{2}` take the captured
 * numbers. Rows are tried in order and a matched span is not matched again, so longer phrasings come first.
 */
export interface SigRow {
  key: string;
  patterns: readonly string[];
  exactCase?: boolean;
}

const N =
  '(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|uno|una|dos|tres|cuatro|seis|ocho|doce)';
const RANGE = `${N}\\s*(?:-|–|to|or|a|o)\\s*${N}`;
const HOURS = '(?:h|hr|hrs|hours?|horas?)';
const DAYS = '(?:d|days?|días?|dias?)';
const A_DAY = '(?:a\\s+day|per\\s+day|each\\s+day|every\\s+day|daily|/\\s*day|al\\s+día|por\\s+día|diarias?)';

export const SIG_ROWS: readonly SigRow[] = [
  // Every N to M hours: q4-6h, q 4-6 h, q4-6hr, every 4 to 6 hours, cada 4 a 6 horas, c/4-6h.
  {
    key: 'freq:every {1}-{2} hour',
    patterns: [
      `q\\.?\\s?${RANGE}\\s?${HOURS}\\.?`,
      `every\\s+${RANGE}\\s+${HOURS}`,
      `cada\\s+${RANGE}\\s+${HOURS}`,
      `c/\\s?${RANGE}\\s?${HOURS}`,
    ],
  },
  {
    key: 'freq:every {1} hour',
    patterns: [
      `q\\.?\\s?${N}\\s?${HOURS}\\.?`,
      `every\\s+${N}\\s+${HOURS}`,
      `cada\\s+${N}\\s+${HOURS}`,
      `c/\\s?${N}\\s?${HOURS}`,
    ],
  },
  {
    key: 'freq:every {1} minute',
    patterns: [
      `q\\.?\\s?${N}\\s?(?:min|mins|minutes?)`,
      `every\\s+${N}\\s+(?:min|mins|minutes?)`,
      `cada\\s+${N}\\s+(?:min|minutos?)`,
    ],
  },
  {
    key: 'freq:every {1} day',
    patterns: [`q\\.?\\s?${N}\\s?${DAYS}\\.?`, `every\\s+${N}\\s+${DAYS}`, `cada\\s+${N}\\s+${DAYS}`],
  },
  {
    key: 'freq:every 2 day',
    patterns: [
      'q\\.?o\\.?d\\.?',
      'every\\s+other\\s+day',
      'a\\s+days?\\s+alternos',
      'cada\\s+dos\\s+días',
      'un\\s+día\\s+sí\\s+y\\s+otro\\s+no',
    ],
  },
  {
    key: 'freq:{1}/hour',
    patterns: [`${N}\\s+times\\s+(?:an|a|per|each|every)\\s+hour`, `${N}\\s+veces\\s+(?:por|cada)\\s+hora`],
  },
  {
    key: 'freq:4/day',
    patterns: ['q\\.?i\\.?d\\.?', `(?:four|4)\\s+times\\s+${A_DAY}`, `(?:cuatro|4)\\s+veces\\s+${A_DAY}`],
  },
  {
    key: 'freq:3/day',
    patterns: ['t\\.?i\\.?d\\.?', `(?:three|3)\\s+times\\s+${A_DAY}`, `(?:tres|3)\\s+veces\\s+${A_DAY}`],
  },
  {
    key: 'freq:2/day',
    patterns: [
      'b\\.?i\\.?d\\.?',
      `twice\\s+${A_DAY}`,
      `(?:two|2)\\s+times\\s+${A_DAY}`,
      `(?:dos|2)\\s+veces\\s+${A_DAY}`,
    ],
  },
  { key: 'freq:{1}/day', patterns: [`${N}\\s+times\\s+${A_DAY}`, `${N}\\s+veces\\s+${A_DAY}`] },
  {
    key: 'freq:bedtime',
    // "Every night at bedtime", "nightly" and "at night" are all one bedtime dose (QHS), not two.
    patterns: [
      '(?:every\\s+night|nightly)\\s+(?:at|before)\\s+bed(?:time)?',
      'q\\.?h\\.?s\\.?',
      'at\\s+bedtime',
      'at\\s+night',
      'nightly',
      'every\\s+night',
      'cada\\s+noche\\s+al\\s+acostarse',
      'before\\s+bed',
      'al\\s+acostarse',
      'antes\\s+de\\s+dormir',
    ],
  },
  { key: 'freq:bedtime', patterns: ['h\\.s\\.', 'HS'], exactCase: true },
  {
    key: 'freq:morning',
    patterns: [
      'q\\.?a\\.?m\\.?',
      'every\\s+morning',
      'each\\s+morning',
      'in\\s+the\\s+morning',
      'por\\s+la\\s+mañana',
      'cada\\s+mañana',
    ],
  },
  {
    key: 'freq:evening',
    patterns: [
      'q\\.?p\\.?m\\.?',
      'every\\s+evening',
      'each\\s+evening',
      'in\\s+the\\s+evening',
      'por\\s+la\\s+noche',
      'cada\\s+noche',
    ],
  },
  {
    key: 'freq:1/week',
    patterns: [
      'q\\.?\\s?wk',
      'weekly',
      'once\\s+a\\s+week',
      'every\\s+week',
      'once\\s+weekly',
      'una\\s+vez\\s+(?:a\\s+la|por)\\s+semana',
      'semanal(?:mente)?',
    ],
  },
  {
    key: 'freq:1/day',
    patterns: [
      'q\\.?d\\.?',
      'once\\s+(?:a|per|each)\\s+day',
      'once\\s+daily',
      '(?:one|1)\\s+times?\\s+' + A_DAY,
      'daily',
      'every\\s+day',
      'each\\s+day',
      'a\\s+day',
      'una\\s+vez\\s+al\\s+día',
      'una\\s+vez\\s+por\\s+día',
      'diariamente',
      'cada\\s+día',
      'todos\\s+los\\s+días',
      'al\\s+día',
    ],
  },
  {
    key: 'when:before meals',
    patterns: ['a\\.c\\.', 'before\\s+(?:meals|eating|food)', 'antes\\s+de\\s+(?:las\\s+)?comidas'],
  },
  { key: 'when:before meals', patterns: ['AC', 'ac'], exactCase: true },
  {
    key: 'when:after meals',
    patterns: ['p\\.c\\.', 'after\\s+(?:meals|eating)', 'después\\s+de\\s+(?:las\\s+)?comidas'],
  },
  { key: 'when:after meals', patterns: ['PC', 'pc'], exactCase: true },
  {
    key: 'when:with meals',
    patterns: ['with\\s+(?:meals|food)', 'con\\s+(?:las\\s+)?comidas', 'con\\s+alimentos'],
  },
  {
    key: 'when:needed',
    patterns: [
      'p\\.?r\\.?n\\.?',
      '(?:only\\s+)?(?:as|when|if)\\s+needed',
      'as\\s+necessary',
      'when\\s+you\\s+need\\s+it',
      '(?:solo\\s+)?(?:cuando|si)\\s+(?:lo\\s+)?(?:necesite|sea\\s+necesario)',
      'según\\s+(?:sea\\s+)?necesario',
      'en\\s+caso\\s+necesario',
    ],
  },
  {
    key: 'when:now',
    patterns: [
      'stat',
      'right\\s+away',
      'at\\s+once',
      'immediately',
      'de\\s+inmediato',
      'inmediatamente',
      'enseguida',
    ],
  },
  {
    key: 'route:mouth',
    patterns: [
      'p\\.o\\.?',
      'per\\s+os',
      'by\\s+mouth',
      'orally',
      'por\\s+(?:la\\s+)?boca',
      'v[íi]a\\s+oral',
      'vo',
    ],
  },
  { key: 'route:mouth', patterns: ['PO', 'po'], exactCase: true },
  {
    key: 'route:under tongue',
    patterns: [
      's\\.l\\.',
      'sublingual(?:ly)?',
      'under\\s+(?:the|your)\\s+tongue',
      'debajo\\s+de\\s+la\\s+lengua',
      'sublingual',
    ],
  },
  { key: 'route:under tongue', patterns: ['SL'], exactCase: true },
  {
    key: 'route:vein',
    patterns: [
      'intravenous(?:ly)?',
      'i\\.v\\.',
      '(?:into|in|through)\\s+(?:a|the|your)\\s+vein',
      'por\\s+(?:la\\s+)?vena',
      'intravenos[oa]',
    ],
  },
  { key: 'route:vein', patterns: ['IV'], exactCase: true },
  {
    key: 'route:muscle',
    patterns: ['intramuscular(?:ly)?', '(?:into|in)\\s+(?:a|the|your)\\s+muscle', 'intramuscular'],
  },
  { key: 'route:muscle', patterns: ['IM'], exactCase: true },
  {
    key: 'route:skin',
    patterns: [
      'subcutaneous(?:ly)?',
      'sub-?q',
      'subcut',
      's\\.c\\.',
      'under\\s+the\\s+skin',
      'debajo\\s+de\\s+la\\s+piel',
      'subcutáne[oa]',
    ],
  },
  { key: 'route:skin', patterns: ['SC', 'SQ'], exactCase: true },
  {
    key: 'route:rectum',
    patterns: [
      'rectally',
      'per\\s+rectum',
      '(?:into|in)\\s+(?:the|your)\\s+rectum',
      'por\\s+el\\s+recto',
      'vía\\s+rectal',
    ],
  },
  { key: 'route:rectum', patterns: ['PR'], exactCase: true },
];

/** The number words the sig patterns accept, as digits. */
export const SIG_NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  twelve: '12',
  uno: '1',
  una: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  seis: '6',
  ocho: '8',
  doce: '12',
};
