import type { Script, ScriptCounts } from '../lang/index.js';
import type { CharFolder } from './normalize.js';

/**
 * A patient's message as tokens. Latin, Arabic and other alphabetic scripts give word tokens;
 * Han characters and Hangul syllables give one token each, because Chinese is written without
 * spaces and Korean spacing is loose (the lexicons match character sequences there). Emoji are
 * tokens of their own, so a lexicon can list "🩸" or "💊". Every token keeps its span in the
 * original text, and the sentence and clause it belongs to (negation and history stop there).
 */
export type TokenKind = 'word' | 'num' | 'cjk' | 'emoji';

export interface Token {
  /** Folded text: lower case, no diacritics, normalised letters (see normalize.ts). */
  text: string;
  kind: TokenKind;
  script: Script | undefined;
  /** UTF-16 offsets into the original message. */
  start: number;
  end: number;
  sentence: number;
  clause: number;
  /** True unless the token continues a run of Han or Hangul characters without a space. */
  wordStart: boolean;
  /** For numbers: the value ("100.4", "38,5"); undefined for other tokens (every token has the same shape, which keeps the matcher fast). */
  value: number | undefined;
}

export interface Tokenized {
  tokens: Token[];
  letters: ScriptCounts;
  /** Letters that point to a language before folding erases them: Vietnamese tone letters, Spanish ñ ¿ ¡ and acute vowels. */
  marks: { vietnamese: number; spanish: number; acute: number };
}

const VIETNAMESE_ONLY = /[ăâđêôơưàèìòùảẻỉỏủỷãẽĩõũỹạẹịọụỵ\u1ea0-\u1ef9]/iu;

const SPANISH_ONLY = new Set(['ñ', 'Ñ', '¿', '¡']);
const ACUTE = new Set(['á', 'é', 'í', 'ó', 'ú', 'Á', 'É', 'Í', 'Ó', 'Ú']);

const MARK_NONE = 0;
const MARK_SPANISH = 1;
const MARK_ACUTE = 2;
const MARK_VIETNAMESE = 3;

/** Which language mark each character below U+1F00 is: a constant table built once. */
const MARK_OF: Uint8Array = (() => {
  const table = new Uint8Array(0x1f00);
  for (let cp = 0xa1; cp < 0x1f00; cp += 1) {
    const ch = String.fromCharCode(cp);
    if (SPANISH_ONLY.has(ch)) table[cp] = MARK_SPANISH;
    else if (ACUTE.has(ch)) table[cp] = MARK_ACUTE;
    else if (VIETNAMESE_ONLY.test(ch)) table[cp] = MARK_VIETNAMESE;
  }
  return table;
})();

const SENTENCE_END = new Set([
  '.',
  '!',
  '?',
  '\n',
  '\r',
  '。',
  '！',
  '？',
  '؟',
  '…',
  '‼',
  '⁉',
  '；',
  ';',
  '۔',
]);
const CLAUSE_END = new Set([
  ',',
  ':',
  '，',
  '、',
  '،',
  '؛',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '"',
  '“',
  '”',
  '«',
  '»',
  '–',
  '—',
  '：',
  '（',
  '）',
  '|',
  '•',
  '*',
]);
const EMOJI = /^\p{Extended_Pictographic}$/u;

/** `ch` is one code point, so it is a digit exactly when its first code unit is (no string compare). */
function isDigit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** "heeelp", "paaaain", "اااه": runs of three or more of one letter become one. */
function collapseRuns(word: string): string {
  // Most words have no such run: find one before building a new string.
  let run = false;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      run = true;
      break;
    }
    if (i >= 2 && code === word.charCodeAt(i - 1) && code === word.charCodeAt(i - 2)) {
      run = true;
      break;
    }
  }
  return run ? collapseRunsSlow(word) : word;
}

function collapseRunsSlow(word: string): string {
  let out = '';
  let run = 0;
  let prev = '';
  for (const ch of word) {
    run = ch === prev ? run + 1 : 1;
    prev = ch;
    if (run <= 2) out += ch;
    else if (run === 3) out = out.slice(0, -ch.length);
  }
  return out;
}

/** Counts a letter by script with a plain property per branch (a computed key would make every count a slow lookup). */
function countLetter(letters: ScriptCounts, script: Script): void {
  switch (script) {
    case 'latin':
      letters.latin += 1;
      break;
    case 'arabic':
      letters.arabic += 1;
      break;
    case 'han':
      letters.han += 1;
      break;
    case 'hangul':
      letters.hangul += 1;
      break;
    case 'kana':
      letters.kana += 1;
      break;
    default:
      letters.other += 1;
  }
}

/**
 * Token objects a screener reuses from message to message. A 2,000-character message has about 600
 * tokens; new objects for each were half of the tokenizer's garbage, and young-generation
 * collections landing inside a message are the long messages' slowest times. Reused objects soon
 * live in the old generation and cost a collection nothing. The pool is bounded so one huge message
 * does not keep its tokens for ever; tokens past the bound are new objects, as before.
 */
export interface TokenPool {
  tokens: Token[];
}

const TOKEN_POOL_LIMIT = 4096;

export function createTokenPool(): TokenPool {
  return { tokens: [] };
}

/**
 * With a `pool`, the returned tokens are that pool's objects and are rewritten by the next call with
 * the same pool: a screener uses them only while it screens one message (nothing it returns holds a
 * token). Without one (the lexicon compiler, which keeps its tokens), every token is new.
 */
export function tokenize(text: string, folder: CharFolder, pool?: TokenPool): Tokenized {
  const tokens: Token[] = [];
  const reuse = pool?.tokens;
  const letters: ScriptCounts = { latin: 0, arabic: 0, han: 0, hangul: 0, kana: 0, other: 0 };
  const marks = { vietnamese: 0, spanish: 0, acute: 0 };
  let sentence = 0;
  let clause = 0;
  let word = '';
  let wordStart = -1;
  let wordEnd = -1;
  let wordScript: Script | undefined;
  let num = '';
  let numStart = -1;
  let numEnd = -1;
  // A "." or "," right after a number: a decimal point if a digit follows, punctuation if not.
  let pendingSeparator = '';
  let cjkRun = false;

  // Every token goes through here: one object shape, and the pool's object when there is one.
  const emit = (
    tokenText: string,
    kind: TokenKind,
    script: Script | undefined,
    start: number,
    end: number,
    wordStart: boolean,
    value: number | undefined,
  ) => {
    const index = tokens.length;
    let token = reuse?.[index];
    if (token === undefined) {
      token = { text: tokenText, kind, script, start, end, sentence, clause, wordStart, value };
      if (reuse !== undefined && index < TOKEN_POOL_LIMIT) reuse.push(token);
    } else {
      token.text = tokenText;
      token.kind = kind;
      token.script = script;
      token.start = start;
      token.end = end;
      token.sentence = sentence;
      token.clause = clause;
      token.wordStart = wordStart;
      token.value = value;
    }
    tokens.push(token);
  };
  const flushWord = () => {
    if (word !== '') {
      emit(collapseRuns(word), 'word', wordScript, wordStart, wordEnd, true, undefined);
    }
    word = '';
    wordScript = undefined;
  };
  const flushNumber = () => {
    if (num !== '') {
      emit(num, 'num', undefined, numStart, numEnd, true, Number(num));
    }
    num = '';
  };
  const endSeparator = (separator: string) => {
    if (separator === '.') sentence += 1;
    clause += 1;
  };
  const flush = () => {
    flushWord();
    flushNumber();
  };

  const handle = (ch: string, start: number, end: number) => {
    if (pendingSeparator !== '') {
      const separator = pendingSeparator;
      pendingSeparator = '';
      if (isDigit(ch)) {
        num += `.${ch}`;
        numEnd = end;
        return;
      }
      flushNumber();
      endSeparator(separator);
    }
    if (isDigit(ch)) {
      flushWord();
      if (num === '') numStart = start;
      num += ch;
      numEnd = end;
      cjkRun = false;
      return;
    }
    if ((ch === '.' || ch === ',') && num !== '' && !num.includes('.')) {
      pendingSeparator = ch;
      return;
    }
    const cp = ch.codePointAt(0) ?? 0;
    const script = folder.script(cp);
    if (script === 'han' || script === 'hangul') {
      flush();
      countLetter(letters, script);
      emit(ch, 'cjk', script, start, end, !cjkRun, undefined);
      cjkRun = true;
      return;
    }
    cjkRun = false;
    if (script !== undefined) {
      flushNumber();
      if (word === '') {
        wordStart = start;
        wordScript = script;
      } else if (wordScript !== script) {
        flushWord();
        wordStart = start;
        wordScript = script;
      }
      countLetter(letters, script);
      word += ch;
      wordEnd = end;
      return;
    }
    if (ch === "'" && word !== '') return;
    flush();
    if (SENTENCE_END.has(ch)) {
      sentence += 1;
      clause += 1;
    } else if (CLAUSE_END.has(ch)) {
      clause += 1;
    } else if (cp >= 0x80 && EMOJI.test(ch)) {
      emit(ch, 'emoji', undefined, start, end, true, undefined);
    }
  };

  for (let i = 0; i < text.length;) {
    // A code unit is the code point outside a surrogate pair, and cheaper to read.
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i) ?? cp;
    // ASCII letters and spaces are most of a Latin-script message. With no "." or "," pending after
    // a number, `handle` would do exactly this for them (folding is lower-casing, the script is
    // Latin, there is no language mark to count), so they skip the general path.
    if (cp < 0x80 && pendingSeparator === '') {
      const lower = cp | 32;
      if (lower >= 97 && lower <= 122) {
        cjkRun = false;
        if (num !== '') flushNumber();
        if (word === '') {
          wordStart = i;
          wordScript = 'latin';
        } else if (wordScript !== 'latin') {
          flushWord();
          wordStart = i;
          wordScript = 'latin';
        }
        letters.latin += 1;
        word += String.fromCharCode(lower);
        wordEnd = i + 1;
        i += 1;
        continue;
      }
      if (cp === 0x20) {
        cjkRun = false;
        flush();
        i += 1;
        continue;
      }
    }
    const width = cp > 0xffff ? 2 : 1;
    if (cp >= 0xa1 && cp < 0x1f00) {
      const mark = MARK_OF[cp] ?? MARK_NONE;
      if (mark === MARK_SPANISH) marks.spanish += 1;
      else if (mark === MARK_ACUTE) marks.acute += 1;
      else if (mark === MARK_VIETNAMESE) marks.vietnamese += 1;
    }
    const folded = folder.fold(cp);
    if (folded.length === 1) handle(folded, i, i + width);
    else for (const ch of folded) handle(ch, i, i + width);
    i += width;
  }
  flush();
  if (pendingSeparator !== '') endSeparator(pendingSeparator);
  return { tokens, letters, marks };
}
