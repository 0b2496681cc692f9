import type { Lang } from '../../client/shared/languages.js';

/**
 * "Talk to a nurse", "hablar con alguien", "转人工": a patient asking for a person, in any of our
 * languages, is heard whatever language the conversation is in. Patterns run on text folded to
 * lower case without accents (Vietnamese and Spanish are typed both ways) and with Arabic letter
 * variants unified. A false match only offers a person, which is never unsafe; a miss leaves the
 * "Talk to a person" button, so the lists lean towards matching.
 */
export const ASK_FOR_PERSON: Readonly<Record<Lang, readonly RegExp[]>> = {
  en: [
    /\b(talk|speak|chat)\s+(to|with)\s+(a|an|the|your|some)?\s*(real|live|actual)?\s*(person|human|someone|somebody|nurse|doctor|staff|agent|representative|people|clinician)\b/,
    /\b(real|live|actual)\s+(person|human|agent|nurse)\b/,
    /\b(connect|transfer|put)\s+me\s+(to|through to|with)\s+(a|an|the|your)?\s*(person|human|someone|nurse|doctor|agent|staff)\b/,
    /\b(i\s+)?(want|need|would like)\s+(a|an)\s+(person|human|nurse)\b/,
    /^\s*(human|agent|operator|nurse|person)\s*(please)?\s*[.!?]*\s*$/,
  ],
  es: [
    /\b(hablar|conversar|comunicarme|platicar|chatear)\s+con\s+(alguien|una?\s+persona|una?\s+enfermer[oa]|un\s+medico|una?\s+doctora?|un\s+humano|un\s+agente|personal|un\s+ser\s+humano)\b/,
    /\bpersona\s+real\b/,
    /\b(quiero|necesito)\s+(una?\s+)?(persona|enfermer[oa]|humano|agente)\b/,
    /\b(pasame|paseme|comunicame|comuniqueme)\s+con\b/,
  ],
  zh: [
    /(转|找|要|接)人工/,
    /人工客服|真人/,
    /(和|跟|与|同)(护士|医生|大夫|人|工作人员|真人|客服)(说话|谈谈|谈|聊聊|聊|通话|讲话)/,
    /(找|叫|联系|要)(一个|个)?(护士|医生|大夫|工作人员|客服)/,
  ],
  vi: [
    /\b(noi chuyen|tro chuyen|lien lac|gap)\s+(voi\s+)?(ai do|mot nguoi|nguoi that|nguoi|y ta|bac si|nhan vien)\b/,
    /\bnguoi that\b/,
    /\b(toi\s+)?(muon|can)\s+(gap|noi chuyen voi)\b/,
  ],
  ko: [
    /상담원/,
    /(사람|간호사|의사|직원|선생님)(과|와|이랑|랑|하고)?\s*(이야기|얘기|대화|통화|연결|상담)/,
    /(사람|간호사|의사|직원)(을|를)?\s*(연결|불러)/,
  ],
  ar: [
    /(التحدث|التكلم|الحديث|اتكلم|اتحدث|اكلم|تكلم)\s+(مع|الي|الى|إلى)\s+(شخص|انسان|ممرض|ممرضه|طبيب|موظف|احد|أحد|دكتور)/,
    /شخص\s+حقيقي/,
    /(اريد|أريد|ابغى|عايز|بدي)\s+(شخص|ممرض|ممرضه|طبيب|موظف|دكتور)/,
  ],
};

/** Lower case, accents off, Arabic letter variants and diacritics unified, whitespace collapsed. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/[\u064B-\u065F\u0670]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .toLowerCase()
    .replace(/[¿¡"“”'’،؟?!.,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The language whose pattern matched, or undefined when the message does not ask for a person. */
export function asksForPerson(text: string): Lang | undefined {
  const folded = foldForMatching(text);
  const nfc = text.normalize('NFC');
  for (const [lang, patterns] of Object.entries(ASK_FOR_PERSON) as Array<[Lang, readonly RegExp[]]>) {
    // Hangul decomposes under NFKD, so Korean (and Chinese) patterns run on the composed text.
    const subject = lang === 'ko' || lang === 'zh' ? nfc : folded;
    if (patterns.some((pattern) => pattern.test(subject))) return lang;
  }
  return undefined;
}
