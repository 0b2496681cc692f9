import type { Lang } from '../../client/shared/languages.js';
import { EN_RULES } from './data/en.js';
import { ES_RULES, basicRules } from './data/es.js';
import type { LanguageRules } from './data/types.js';

/** The rules each language has beyond its lexicon (docs/plain-language.md says what each one gets). */
export const LANGUAGE_RULES: Readonly<Record<Lang, LanguageRules>> = {
  en: EN_RULES,
  es: ES_RULES,
  zh: basicRules('。'),
  vi: basicRules('.'),
  ko: basicRules('.'),
  ar: basicRules('.'),
};

/** The heading of the glossary the plain version ends with. */
export const WORDS_TO_KNOW: Readonly<Record<Lang, string>> = {
  en: 'Words to know',
  es: 'Palabras que debe conocer',
  zh: '需要了解的词语',
  vi: 'Những từ cần biết',
  ko: '알아 둘 단어',
  ar: 'كلمات يجب أن تعرفها',
};
