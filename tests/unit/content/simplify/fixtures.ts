import type { Lexicon, LexiconEntry } from '../../../../content/lexicon/types.js';

const entry = (e: Partial<LexiconEntry> & Pick<LexiconEntry, 'term' | 'plain'>): LexiconEntry => ({
  explanation: `${e.term} means ${e.plain}.`,
  kind: 'term',
  ...e,
});

/** A small English lexicon for the transformation tests (the real one grows while they run). */
export const EN_TEST_LEXICON: Lexicon = {
  lang: 'en',
  sources: ['test'],
  entries: [
    entry({
      term: 'PO',
      aliases: ['p.o.'],
      plain: 'by mouth',
      kind: 'abbreviation',
      caseSensitive: true,
      category: 'route',
    }),
    entry({
      term: 'BID',
      aliases: ['b.i.d.'],
      plain: 'twice a day',
      kind: 'abbreviation',
      category: 'frequency',
    }),
    entry({
      term: 'PRN',
      aliases: ['p.r.n.'],
      plain: 'when needed',
      kind: 'abbreviation',
      category: 'frequency',
    }),
    entry({
      term: 'NPO',
      aliases: ['n.p.o.'],
      plain: 'nothing to eat or drink',
      kind: 'abbreviation',
      category: 'instruction',
    }),
    entry({
      term: 'MS',
      plain: 'multiple sclerosis, or morphine',
      kind: 'abbreviation',
      caseSensitive: true,
      ambiguous: true,
    }),
    entry({ term: 'dyspnea', plain: 'shortness of breath', category: 'symptom' }),
    entry({ term: 'hypertension', plain: 'high blood pressure', category: 'condition' }),
    entry({ term: 'ambulate', plain: 'walk', category: 'activity' }),
    entry({ term: 'incision', plain: 'cut', category: 'wound' }),
    entry({ term: 'tachycardia', plain: 'fast heart rate, over 100 beats a minute', category: 'symptom' }),
    entry({ term: 'type 2 diabetes mellitus', plain: 'diabetes', category: 'condition' }),
    entry({
      term: 'anticoagulant',
      aliases: ['blood thinner'],
      plain: 'blood thinner',
      category: 'medication',
    }),
    entry({ term: 'discharge', plain: 'leaving the hospital, or fluid coming out', ambiguous: true }),
  ],
};

export const ES_TEST_LEXICON: Lexicon = {
  lang: 'es',
  sources: ['test'],
  entries: [
    entry({
      term: 'VO',
      aliases: ['vía oral'],
      plain: 'por la boca',
      kind: 'abbreviation',
      category: 'route',
    }),
    entry({ term: 'disnea', plain: 'falta de aire', category: 'symptom' }),
    entry({ term: 'hipertensión', plain: 'presión alta', category: 'condition' }),
  ],
};

export const ZH_TEST_LEXICON: Lexicon = {
  lang: 'zh',
  sources: ['test'],
  entries: [
    entry({ term: '呼吸困难', plain: '喘不上气', category: 'symptom' }),
    entry({ term: '高血压', plain: '血压高', category: 'condition' }),
  ],
};
