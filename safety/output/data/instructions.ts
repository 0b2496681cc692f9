import type { Lang } from '../../../client/shared/languages.js';

/**
 * Words that turn an instruction around: "do not", "stop", "avoid", "nothing to eat or drink". Losing one reverses
 * what a patient does, so each is a fact. Classes are tried in order and a matched span is not matched again.
 */
export interface InstructionClass {
  id: string;
  phrases: Partial<Record<Lang, readonly string[]>>;
}

export const INSTRUCTION_CLASSES: readonly InstructionClass[] = [
  {
    id: 'nothing by mouth',
    phrases: {
      en: ['n\\.?p\\.?o\\.?', 'nil per os', 'nothing (?:to eat or drink|by mouth)', 'no food or drink', '(?:do not|don\'t) eat or drink(?: anything)?', 'not eat or drink'],
      es: ['nada (?:de comer ni beber|por (?:la )?boca)', 'ayuno (?:absoluto|total)', 'no (?:coma ni beba|comer ni beber)'],
      zh: ['禁食', '禁饮食'],
      vi: ['nhịn ăn uống', 'không ăn uống'],
      ko: ['금식'],
      ar: ['صيام تام', 'لا تأكل ولا تشرب'],
    },
  },
  {
    id: 'stop',
    phrases: {
      en: ['stop(?:ped|ping|s)?', 'discontinu(?:e|ed|ing)', 'quit', 'cease', 'd/c'],
      es: ['(?:deje|dejar|deja) de', 'suspend(?:a|er|ido|a el|a la)', 'interrump(?:a|ir)', 'descontinú(?:e|ar)'],
      zh: ['停用', '停止', '停药'],
      vi: ['ngưng', 'ngừng', 'dừng'],
      ko: ['중단', '중지', '끊'],
      ar: ['توقف عن', 'أوقف', 'التوقف عن'],
    },
  },
  {
    id: 'do not',
    phrases: {
      en: ['do not', "don't", 'does not', 'should not', "shouldn't", 'must not', 'never', 'avoid(?:ing)?', 'no more than', 'not more than', 'not to exceed', 'refrain from'],
      es: ['no (?:tome|tomar|use|usar|haga|hacer|beba|beber|coma|comer|conduzca|maneje|levante|exceda|debe|se)', 'nunca', 'evit(?:e|ar)', 'no más de'],
      zh: ['不要', '请勿', '勿', '禁止', '避免', '不可'],
      vi: ['không (?:được|nên)', 'đừng', 'tránh', 'không dùng quá'],
      ko: ['(?:하지|먹지|마시지|드시지|복용하지|운전하지) 마', '금지', '피하', '삼가'],
      ar: ['لا (?:تتناول|تأخذ|تشرب|تأكل|تقد|ترفع|تستخدم)', 'تجنب', 'يجب ألا', 'ممنوع'],
    },
  },
];

/**
 * Verbs that start an instruction ("Take…", "Keep…", "Tome…"): a source sentence that starts with one must still be
 * said in the rewrite, whatever else it holds.
 */
export const IMPERATIVE_VERBS: Partial<Record<Lang, readonly string[]>> = {
  en: [
    'take', 'use', 'apply', 'inject', 'inhale', 'swallow', 'stop', 'start', 'begin', 'resume', 'restart', 'continue', 'keep',
    'avoid', 'do', "don't", 'never', 'call', 'return', 'go', 'come', 'see', 'follow', 'schedule', 'make', 'bring', 'tell',
    'ask', 'check', 'measure', 'weigh', 'record', 'write', 'drink', 'eat', 'walk', 'rest', 'limit', 'increase', 'decrease',
    'reduce', 'change', 'remove', 'wash', 'clean', 'shower', 'bathe', 'wear', 'elevate', 'ice', 'hold', 'skip', 'wait',
    'discontinue', 'maintain', 'ambulate', 'report', 'notify', 'contact', 'seek', 'get', 'be', 'have', 'plan', 'arrange',
    'read', 'sign', 'stay', 'lift', 'drive', 'repeat', 'monitor', 'watch', 'look', 'empty', 'cover', 'place', 'put', 'try',
  ],
  es: [
    'tome', 'use', 'aplique', 'inyecte', 'inhale', 'trague', 'deje', 'empiece', 'comience', 'continúe', 'siga', 'mantenga',
    'evite', 'no', 'nunca', 'llame', 'regrese', 'vuelva', 'vaya', 'acuda', 'venga', 'programe', 'pida', 'traiga', 'dígale',
    'pregunte', 'revise', 'mida', 'pésese', 'anote', 'beba', 'coma', 'camine', 'descanse', 'limite', 'aumente', 'disminuya',
    'reduzca', 'cambie', 'quite', 'lave', 'lávese', 'dúchese', 'báñese', 'lleve', 'use', 'eleve', 'espere', 'suspenda',
    'avise', 'busque', 'firme', 'lea', 'quédese', 'levante', 'maneje', 'conduzca', 'repita', 'vigile', 'observe',
  ],
};

/** Phrases that make a sentence an instruction wherever they stand. */
export const OBLIGATION_PHRASES: Partial<Record<Lang, readonly string[]>> = {
  en: ['you should', 'you must', 'you need to', 'you will need to', 'you have to', 'make sure', 'be sure', 'please', 'it is important'],
  es: ['usted debe', 'debe', 'tiene que', 'necesita', 'asegúrese', 'por favor', 'es importante'],
  zh: ['请', '必须', '应该', '需要', '务必'],
  vi: ['hãy', 'phải', 'cần', 'nên', 'vui lòng'],
  ko: ['하십시오', '하세요', '해야', '드십시오', '드세요', '주십시오', '주세요'],
  ar: ['يجب', 'ينبغي', 'عليك', 'من فضلك', 'يرجى'],
};

/** Words too common to show that a sentence was kept (compared after the glossary's substitutions). */
export const STOPWORDS: Partial<Record<Lang, readonly string[]>> = {
  en: [
    'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is', 'are',
    'was', 'were', 'be', 'been', 'being', 'it', 'its', 'this', 'that', 'these', 'those', 'you', 'your', 'yours', 'he', 'she',
    'his', 'her', 'they', 'them', 'their', 'we', 'our', 'us', 'i', 'me', 'my', 'will', 'would', 'can', 'could', 'should',
    'may', 'might', 'must', 'do', 'does', 'did', 'have', 'has', 'had', 'not', 'no', 'so', 'than', 'then', 'there', 'here',
    'at', 'up', 'out', 'about', 'into', 'over', 'after', 'before', 'also', 'any', 'all', 'some', 'such', 'each', 'every',
    'very', 'more', 'most', 'other', 'which', 'who', 'what', 'when', 'where', 'how', 'while', 'until', 'unless', 'please',
    'patient', 'patients', 'take', 'taking', 'use', 'get', 'make', 'one', 'two', 'time', 'times', 'day', 'days', 'a',
  ],
  es: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'o', 'pero', 'si', 'de', 'del', 'a', 'al', 'en', 'con', 'por',
    'para', 'que', 'es', 'son', 'fue', 'ser', 'estar', 'está', 'su', 'sus', 'usted', 'le', 'lo', 'se', 'no', 'más', 'muy',
    'como', 'cuando', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'hay', 'tiene', 'debe', 'puede', 'paciente', 'tome',
  ],
};
