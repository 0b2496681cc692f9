/**
 * A conservative token estimate without a tokenizer (the model behind OPENAI_BASE_URL may be any
 * model, each with its own tokenizer). Measured shapes of BPE tokenizers: English runs about four
 * characters a token; Han, kana and Hangul about one character a token; other scripts (Vietnamese
 * with its diacritics, Arabic) about two. Over-estimating only makes sections smaller.
 */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function estimateTokens(text: string): number {
  let dense = 0;
  let ascii = 0;
  let other = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 128) ascii += 1;
    else if (DENSE_SCRIPT.test(char)) dense += 1;
    else other += 1;
  }
  return Math.ceil(dense + ascii / 4 + other / 2);
}
