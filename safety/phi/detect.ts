import * as P from './patterns.js';
import type { PhiKind, PhiSpan } from './types.js';
import { GIVEN_NAMES, NOT_NAMES } from './words.js';

/**
 * Finds PHI in a message by shape and by context: labels ("DOB:", "MRN", "fecha de nacimiento",
 * "생년월일"), phrases that introduce a name ("my name is", "me llamo", "我叫", "제 이름은", "اسمي",
 * "tên tôi là"), titles, capitalised name pairs, street-address shapes. Each detector returns spans;
 * the redactor decides which win where they overlap.
 */
const DIGIT = /^\p{Nd}$/u;

function isDigit(ch: string): boolean {
  return ch !== '' && DIGIT.test(ch);
}

function all(pattern: RegExp, text: string, kind: PhiKind, group = 0): PhiSpan[] {
  const spans: PhiSpan[] = [];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const whole = match[0];
    const part = match[group];
    if (part === undefined || part === '') continue;
    const offset = group === 0 ? 0 : whole.lastIndexOf(part);
    const start = match.index + offset;
    spans.push({ kind, start, end: start + part.length });
  }
  return spans;
}

/** Runs a sticky pattern at `position`; the end of its match, or undefined. */
function stickyAt(pattern: RegExp, text: string, position: number): number | undefined {
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  return match === null ? undefined : position + match[0].length;
}

export function findEmails(text: string): PhiSpan[] {
  return all(P.EMAIL, text, 'EMAIL');
}

export function findSsns(text: string): PhiSpan[] {
  return [...all(P.SSN_LABELLED, text, 'SSN', 1), ...all(P.SSN_SHAPE, text, 'SSN')];
}

/**
 * Phone numbers by scanning: digit groups joined by single separators (space, "-", ".", "(", ")"),
 * 7 to 15 digits, shaped like a phone ("+", "(", 10+ digits, or 3-4 like 555-1234), so dates and
 * decimals are left alone.
 */
export function findPhones(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const startsPlus = ch === '+' && isDigit(text.charAt(i + 1));
    const startsParen = ch === '(' && isDigit(text.charAt(i + 1));
    // "A1234567" is an identifier, not a phone; a number right after Chinese or Korean text still is one.
    const startsDigit = isDigit(ch) && !isDigit(text.charAt(i - 1)) && !/[A-Za-z]/.test(text.charAt(i - 1));
    if (!startsPlus && !startsParen && !startsDigit) {
      i += 1;
      continue;
    }
    const groups: number[] = [];
    let current = 0;
    let j = startsDigit ? i : i + 1;
    let end = j;
    while (j < text.length) {
      const c = text.charAt(j);
      if (isDigit(c)) {
        current += 1;
        j += 1;
        end = j;
        continue;
      }
      // Up to two separator characters, then a digit must follow.
      let k = j;
      while (k < text.length && k - j < 2 && ' -.()'.includes(text.charAt(k))) k += 1;
      if (k === j || !isDigit(text.charAt(k))) break;
      if (current > 0) groups.push(current);
      current = 0;
      j = k;
    }
    if (current > 0) groups.push(current);
    const digits = groups.reduce((sum, n) => sum + n, 0);
    const [first = 0] = groups;
    const last = groups[groups.length - 1] ?? 0;
    const shaped =
      startsPlus || startsParen || digits >= 10 || (groups.length >= 2 && first === 3 && last === 4);
    if (
      digits >= 7 &&
      digits <= 15 &&
      shaped &&
      !/[A-Za-z]/.test(text.charAt(end)) &&
      !isDigit(text.charAt(end))
    ) {
      const closesParen = text.charAt(end) === ')' && startsParen;
      spans.push({ kind: 'PHONE', start: i, end: closesParen ? end + 1 : end });
    }
    i = Math.max(end, i + 1);
  }
  return spans;
}

export function findLabelledMrns(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  P.MRN_LABEL.lastIndex = 0;
  for (const match of text.matchAll(P.MRN_LABEL)) {
    const at = match.index + match[0].length;
    const end = stickyAt(P.ID_TOKEN, text, at);
    if (end === undefined) continue;
    const token = text.slice(at, end);
    if (/\p{Nd}/u.test(token)) spans.push({ kind: 'MRN', start: at, end });
  }
  return spans;
}

export function findPatternMrns(text: string, pattern: RegExp): PhiSpan[] {
  return all(pattern, text, 'MRN');
}

const DATE_SHAPES = [P.DATE_NUMERIC, P.DATE_MONTH_FIRST, P.DATE_DAY_FIRST, P.DATE_VIETNAMESE];

/** A date right after a birth label ("DOB:", "born on", "fecha de nacimiento", "出生日期", "생년월일"). */
export function findBirthDates(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  P.DOB_LABEL.lastIndex = 0;
  for (const match of text.matchAll(P.DOB_LABEL)) {
    const at = match.index + match[0].length;
    for (const shape of DATE_SHAPES) {
      const end = stickyAt(shape, text, at);
      if (end !== undefined) {
        spans.push({ kind: 'DOB', start: at, end });
        break;
      }
    }
  }
  return spans;
}

export function findAddresses(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  for (const pattern of [P.ADDRESS_EN, P.ADDRESS_ES]) {
    for (const span of all(pattern, text, 'ADDRESS')) {
      let end = span.end;
      end = stickyAt(P.ADDRESS_UNIT, text, end) ?? end;
      end = stickyAt(P.ADDRESS_CITY_STATE, text, end) ?? end;
      spans.push({ ...span, end });
    }
  }
  for (const pattern of [P.ADDRESS_VI, P.ADDRESS_ZH, P.ADDRESS_KO, P.ADDRESS_AR])
    spans.push(...all(pattern, text, 'ADDRESS'));
  return spans;
}

export function findZips(text: string): PhiSpan[] {
  return [...all(P.ZIP_LABELLED, text, 'ZIP', 1), ...all(P.ZIP_AFTER_STATE, text, 'ZIP', 1)];
}

const HAN_STOP = new Set([...'是的我了在今年岁你他她们和也就都很有没不这那个吗呢吧啊呀请医院病']);
const HAN_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
]);
const HANGUL_SURNAMES = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용',
]);
const HANGUL_NOT_NAMES = new Set([
  '선생',
  '의사',
  '간호사',
  '환자',
  '여러분',
  '고객',
  '교수',
  '원장',
  '사장',
  '부장',
  '과장',
  '엄마',
  '아빠',
  '할머니',
  '할아버지',
  '아기',
  '아이',
  '남편',
  '아내',
  '보호자',
  '담당자',
  '기사',
  '선생님',
]);
const HANGUL_PARTICLES = [
  '이라고',
  '입니다',
  '이에요',
  '이예요',
  '예요',
  '이고',
  '라고',
  '이요',
  '이야',
  '은',
  '는',
  '이',
  '가',
  '요',
  '야',
];
const ARABIC_NOT_NAMES = new Set([
  'و',
  'عمري',
  'عمره',
  'عمرها',
  'عندي',
  'عنده',
  'عندها',
  'من',
  'في',
  'انا',
  'هو',
  'هي',
  'وانا',
  'ابي',
  'بدي',
  'عايز',
  'سنه',
  'سنين',
  'مريض',
  'مريضه',
]);
const VI_STOP = new Set([
  'va',
  'và',
  'nam',
  'năm',
  'tuoi',
  'tuổi',
  'bi',
  'bị',
  'o',
  'ở',
  'sinh',
  'la',
  'là',
  'toi',
  'tôi',
  'em',
  'dang',
  'đang',
  'muon',
  'muốn',
  'hoi',
  'hỏi',
]);

function isTitleCase(word: string): boolean {
  const first = word.charAt(0);
  return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase();
}

function notName(word: string): boolean {
  const plain = word.toLowerCase().replace(/['’.-]/g, '');
  return NOT_NAMES.has(plain) || plain.length < 2;
}

/**
 * Name words after an introducing phrase: up to three words that are not ordinary words (four for
 * Vietnamese names, read against Vietnamese function words only: "An" is a given name there).
 */
function wordsAfter(
  text: string,
  at: number,
  requireCapital: boolean,
  vietnamese = false,
): number | undefined {
  let position = at;
  let end: number | undefined;
  for (let count = 0; count < (vietnamese ? 4 : 3); count += 1) {
    const wordEnd = stickyAt(P.NAME_WORD, text, position);
    if (wordEnd === undefined) break;
    const word = text.slice(position, wordEnd).replace(/[.]+$/, '');
    if (vietnamese ? VI_STOP.has(word.toLowerCase()) : notName(word)) break;
    if (requireCapital && !isTitleCase(word)) break;
    end = position + word.length;
    position = wordEnd;
    let spaces = 0;
    while (text.charAt(position) === ' ' && spaces < 2) {
      position += 1;
      spaces += 1;
    }
    if (spaces === 0) break;
  }
  return end;
}

const LOOSE_TRIGGERS = [
  'my name is',
  "my name's",
  'my names',
  'name is',
  'name:',
  'patient name:',
  'patient:',
  'me llamo',
  'mi nombre es',
  'nombre:',
  'se llama',
];

function findLatinNames(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  P.LATIN_NAME_TRIGGER.lastIndex = 0;
  for (const match of text.matchAll(P.LATIN_NAME_TRIGGER)) {
    const trigger = match[0].trim().toLowerCase();
    // "my name is maria" may be typed in lower case; after "I'm" or "soy" only a capitalised word is a name.
    const vietnamese = trigger.includes('tên') || trigger.startsWith('họ');
    const loose = LOOSE_TRIGGERS.includes(trigger) || vietnamese;
    const at = match.index + match[0].length;
    const end = wordsAfter(text, at, !loose, vietnamese);
    if (end !== undefined) spans.push({ kind: 'NAME', start: at, end });
  }
  P.TITLE.lastIndex = 0;
  for (const match of text.matchAll(P.TITLE)) {
    const at = match.index + match[0].length;
    const end = wordsAfter(text, at, true);
    if (end !== undefined) spans.push({ kind: 'NAME', start: at, end });
  }
  P.CAPITALISED_RUN.lastIndex = 0;
  for (const match of text.matchAll(P.CAPITALISED_RUN)) {
    const words = match[0].split(/\s+/);
    if (words.some(notName)) continue;
    spans.push({ kind: 'NAME', start: match.index, end: match.index + match[0].length });
  }
  P.CAPITALISED_WORD.lastIndex = 0;
  for (const match of text.matchAll(P.CAPITALISED_WORD)) {
    const word = match[0].toLowerCase();
    if (GIVEN_NAMES.has(word) && !NOT_NAMES.has(word))
      spans.push({ kind: 'NAME', start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

function findHanNames(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  P.HAN_NAME_TRIGGER.lastIndex = 0;
  for (const match of text.matchAll(P.HAN_NAME_TRIGGER)) {
    const at = match.index + match[0].length;
    let end = at;
    while (
      end < text.length &&
      end - at < 4 &&
      /\p{Script=Han}/u.test(text.charAt(end)) &&
      !HAN_STOP.has(text.charAt(end))
    )
      end += 1;
    if (end - at >= 2) spans.push({ kind: 'NAME', start: at, end });
  }
  P.HAN_HONORIFIC.lastIndex = 0;
  for (const match of text.matchAll(P.HAN_HONORIFIC)) {
    // A surname and up to two given-name characters right before 先生, 女士...
    for (let length = 3; length >= 1; length -= 1) {
      const start = match.index - length;
      if (start < 0) continue;
      const candidate = text.slice(start, match.index);
      if (!/^\p{Script=Han}+$/u.test(candidate) || !HAN_SURNAMES.has(candidate.charAt(0))) continue;
      if ([...candidate].some((ch) => HAN_STOP.has(ch))) continue;
      spans.push({ kind: 'NAME', start, end: match.index });
      break;
    }
  }
  return spans;
}

function stripParticle(name: string): string {
  for (const particle of HANGUL_PARTICLES) {
    if (name.length - particle.length >= 2 && name.endsWith(particle)) return name.slice(0, -particle.length);
  }
  return name;
}

function findHangulNames(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  P.HANGUL_NAME_TRIGGER.lastIndex = 0;
  for (const match of text.matchAll(P.HANGUL_NAME_TRIGGER)) {
    const at = match.index + match[0].length;
    const end = stickyAt(P.HANGUL_RUN, text, at);
    if (end === undefined) continue;
    const name = stripParticle(text.slice(at, end));
    const isIntro = match[0].startsWith('저는');
    // After "저는" only a surname-led word followed by "입니다/이에요/예요" is a name ("저는 김민수입니다").
    if (
      isIntro &&
      !(
        HANGUL_SURNAMES.has(name.charAt(0)) &&
        /^(입니다|이에요|예요|이라고|라고)/u.test(text.slice(at + name.length))
      )
    )
      continue;
    if (name.length >= 2 && !HANGUL_NOT_NAMES.has(name))
      spans.push({ kind: 'NAME', start: at, end: at + name.length });
  }
  P.HANGUL_HONORIFIC.lastIndex = 0;
  for (const match of text.matchAll(P.HANGUL_HONORIFIC)) {
    const name = match[1] ?? '';
    if (!HANGUL_SURNAMES.has(name.charAt(0)) || HANGUL_NOT_NAMES.has(name)) continue;
    spans.push({ kind: 'NAME', start: match.index, end: match.index + name.length });
  }
  return spans;
}

function findArabicNames(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  P.ARABIC_NAME_TRIGGER.lastIndex = 0;
  for (const match of text.matchAll(P.ARABIC_NAME_TRIGGER)) {
    let position = match.index + match[0].length;
    let end: number | undefined;
    for (let count = 0; count < 3; count += 1) {
      const wordEnd = stickyAt(P.ARABIC_WORD, text, position);
      const word = text.slice(position, wordEnd ?? position);
      const bare = word.startsWith('و') ? word.slice(1) : word;
      if (wordEnd === undefined || ARABIC_NOT_NAMES.has(word) || ARABIC_NOT_NAMES.has(bare)) break;
      end = wordEnd;
      position = wordEnd;
      if (text.charAt(position) !== ' ') break;
      position += 1;
    }
    if (end !== undefined) spans.push({ kind: 'NAME', start: match.index + match[0].length, end });
  }
  return spans;
}

export function findNames(text: string): PhiSpan[] {
  return [...findLatinNames(text), ...findHanNames(text), ...findHangulNames(text), ...findArabicNames(text)];
}

/** Any run of 7 or more digits left over: an identifier of some kind, never passed on. */
export function findLongDigitRuns(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const digit = i < text.length && isDigit(text.charAt(i));
    if (digit && start < 0) start = i;
    if (!digit && start >= 0) {
      if (i - start >= 7) spans.push({ kind: 'MRN', start, end: i });
      start = -1;
    }
  }
  return spans;
}
