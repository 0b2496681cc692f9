import type { LanguageRules } from './types.js';

/**
 * Spanish rules of the embedded simplifier: prescription shorthand as written in Spanish-language notes
 * (c/8h, x 5 días, 1-2 comp), and plain words after the Spanish plain-language guides (Lectura Fácil, Clear
 * Writing in Spanish of the EU Commission) that the lexicon does not cover.
 */
export const ES_RULES: LanguageRules = {
  sig: [
    { pattern: '\\b(?:c/|cada\\s+)(\\d+)\\s?(?:-|–|a)\\s?(\\d+)\\s?(?:h|hs|hrs?|horas?)\\b', replace: 'cada $1 a $2 horas' },
    { pattern: '\\bc/\\s?(\\d+)\\s?(?:h|hs|hrs?|horas?)\\b', replace: 'cada $1 horas' },
    { pattern: '\\bcada\\s+(\\d+)\\s?(?:h|hs|hrs?)\\b', replace: 'cada $1 horas' },
    { pattern: '\\bq\\.?\\s?(\\d+)\\s?(?:-|–)\\s?(\\d+)\\s?(?:h|hrs?)\\b', replace: 'cada $1 a $2 horas' },
    { pattern: '\\bq\\.?\\s?(\\d+)\\s?(?:h|hrs?)\\b', replace: 'cada $1 horas' },
    { pattern: '\\bx\\s?(\\d+)\\s?(?:d|días?|dias?)\\b', replace: 'durante $1 {plural:1|día|días}' },
    { pattern: '\\bx\\s?(\\d+)\\s?(?:sem|semanas?)\\b', replace: 'durante $1 {plural:1|semana|semanas}' },
    { pattern: '\\b(\\d+)\\s?(?:-|–)\\s?(\\d+)\\s?(?:comp|comps|cp|tab|tabs|tabletas?|comprimidos?)\\b', replace: '$1 a $2 comprimidos' },
    { pattern: '\\b(\\d+)\\s?(?:-|–)\\s?(\\d+)\\s?(?:cáps?|caps?|cápsulas?)\\b', replace: '$1 a $2 cápsulas' },
    { pattern: '\\b(\\d+(?:[.,]\\d+)?)\\s?(?:comp|comps|cp|tab|tabs)\\b', replace: '$1 {plural:1|comprimido|comprimidos}' },
    { pattern: '\\b(\\d+(?:[.,]\\d+)?)\\s?(?:cáps?|caps?)\\b', replace: '$1 {plural:1|cápsula|cápsulas}' },
    { pattern: '\\b(\\d+)\\s?(?:hrs?|hs)\\b', replace: '$1 {plural:1|hora|horas}' },
  ],
  fallbackAbbreviations: {
    vo: 'por la boca',
    bid: 'dos veces al día',
    tid: 'tres veces al día',
    qid: 'cuatro veces al día',
    prn: 'solo cuando lo necesite',
  },
  plainWords: [
    { from: 'administrar', to: 'dar' },
    { from: 'administrará', to: 'dará' },
    { from: 'posteriormente', to: 'después' },
    { from: 'previamente', to: 'antes' },
    { from: 'con anterioridad', to: 'antes' },
    { from: 'aproximadamente', to: 'más o menos' },
    { from: 'en caso de', to: 'si tiene' },
    { from: 'con el fin de', to: 'para' },
    { from: 'a fin de', to: 'para' },
    { from: 'debido a', to: 'por' },
    { from: 'no obstante', to: 'pero' },
    { from: 'sin embargo', to: 'pero' },
    { from: 'asimismo', to: 'también' },
    { from: 'adicionalmente', to: 'además' },
    { from: 'inmediatamente', to: 'enseguida' },
    { from: 'frecuentemente', to: 'a menudo' },
    { from: 'suficiente', to: 'bastante' },
    { from: 'realizar', to: 'hacer' },
    { from: 'realizará', to: 'hará' },
    { from: 'se realizará', to: 'se hará' },
    { from: 'efectuar', to: 'hacer' },
    { from: 'solicitar', to: 'pedir' },
    { from: 'proporcionar', to: 'dar' },
    { from: 'facultativo', to: 'médico' },
    { from: 'intervención quirúrgica', to: 'operación' },
    { from: 'medicación', to: 'medicinas' },
    { from: 'según tolerancia', to: 'según lo que pueda' },
  ],
  voice: [
    { pattern: '\\bel paciente (?:fue|ha sido)\\b', replace: 'usted fue' },
    { pattern: '\\bla paciente (?:fue|ha sido)\\b', replace: 'usted fue' },
    { pattern: '\\b(?:el|la) paciente presenta\\b', replace: 'usted tiene' },
    { pattern: '\\b(?:el|la) paciente tiene\\b', replace: 'usted tiene' },
  ],
  listIntros: [
    { pattern: '\\b(?:si presenta|si tiene|si nota|por|con)', lead: 'si tiene alguno de estos:' },
    { pattern: '\\b(?:incluyen|incluye|incluido|incluidos|son|pueden incluir)', lead: 'incluyen:' },
    { pattern: '\\b(?:como|tales como)', lead: 'como:' },
  ],
  clauseJoints: [
    { pattern: ';\\s+', start: '' },
    { pattern: ',\\s+y\\s+', start: '' },
    { pattern: ',\\s+pero\\s+', start: 'Pero ' },
    { pattern: ',\\s+porque\\s+', start: 'Esto es porque ' },
    { pattern: '\\s+porque\\s+', start: 'Esto es porque ' },
    { pattern: ',\\s+aunque\\s+', start: 'Pero ' },
  ],
  clauseStarters: [
    'usted', 'su', 'el', 'la', 'los', 'las', 'esto', 'este', 'esta', 'se', 'no', 'si', 'cuando', 'tome', 'llame', 'evite',
    'use', 'vaya', 'vuelva', 'regrese', 'siga', 'deje', 'beba', 'coma', 'camine', 'descanse', 'lave', 'hay', 'un', 'una',
  ],
  schedule: { take: 'Tome', use: 'Use', inject: 'Inyecte', of: 'de', useWhen: '\\b(?:inhalaciones?|gotas?|parches?|crema|pomada|gel|inhalad\\w*|nebuliz\\w*|ojo|oído|nariz|sobre la piel|tópic\\w*)\\b', injectWhen: '\\b(?:unidades|debajo de la piel|subcutáne\\w*|en el músculo|intramuscular\\w*|inyec\\w*|SC|IM)\\b' },
  finiteVerbs: ['fue', 'es', 'está', 'ha', 'había', 'tiene', 'será', 'puede', 'debe', 'causa', 'ayuda', 'sirve'],
  sentenceEnd: '.',
};

/** What every other language gets without rules of its own: sentence joints at semicolons. */
export function basicRules(sentenceEnd: string): LanguageRules {
  return {
    sig: [],
    fallbackAbbreviations: {},
    plainWords: [],
    voice: [],
    listIntros: [],
    clauseJoints: [{ pattern: '[;；]\\s*', start: '' }],
    clauseStarters: [],
    finiteVerbs: [],
    sentenceEnd,
  };
}
