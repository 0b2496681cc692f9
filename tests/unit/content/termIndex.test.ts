import { describe, expect, test } from '@jest/globals';
import { buildTermIndex } from '../../../content/lexicon/termIndex.js';
import type { Lexicon, LexiconEntry } from '../../../content/lexicon/types.js';

const entry = (term: string, extra: Partial<LexiconEntry> = {}): LexiconEntry => ({
  term,
  plain: `plain ${term}`,
  explanation: `About ${term}.`,
  kind: 'term',
  ...extra,
});

const english: Lexicon = {
  lang: 'en',
  sources: ['test'],
  entries: [
    entry('NPO', { kind: 'abbreviation', aliases: ['n.p.o.'] }),
    entry('b.i.d.', { kind: 'abbreviation' }),
    entry('OR', { kind: 'abbreviation', caseSensitive: true }),
    entry('blood pressure'),
    entry('high blood pressure'),
  ],
};

describe('finding lexicon terms in text', () => {
  const index = buildTermIndex(english);
  test.each([
    ['what does NPO mean?', ['NPO']],
    ['what does npo mean', ['npo']],
    ['stay n.p.o. after midnight', ['n.p.o.']],
    ['You must stay NPO.', ['NPO']],
    ['take it b.i.d.', ['b.i.d.']],
    ['wait in the OR', ['OR']],
    ['tea or coffee', []],
    ['my high blood pressure is back', ['high blood pressure']],
    ['check your blood pressure', ['blood pressure']],
    ['high) blood pressure', ['blood pressure']],
    ['blood, pressure', []],
  ])('%j finds %j', (text, expected) => {
    expect(index.find(text).map((m) => m.text)).toEqual(expected);
  });

  test('offsets point at the words in the text', () => {
    const [match] = index.find('Stay NPO tonight');
    expect(match).toMatchObject({ start: 5, end: 8, text: 'NPO' });
  });

  test('a term can be looked up as typed', () => {
    expect(index.lookup('npo')?.term).toBe('NPO');
    expect(index.lookup('or')).toBeUndefined();
  });
});

describe('scripts with combining marks', () => {
  test('Vietnamese typed with decomposed tone marks is found', () => {
    const index = buildTermIndex({ lang: 'vi', sources: ['test'], entries: [entry('tăng huyết áp')] });
    const decomposed = 'tôi bị tăng huyết áp'.normalize('NFD');
    expect(index.find(decomposed).map((m) => m.entry.term)).toEqual(['tăng huyết áp']);
  });

  test('an Arabic word written with harakat stays one word', () => {
    const index = buildTermIndex({ lang: 'ar', sources: ['test'], entries: [entry('يوميًا')] });
    expect(index.find('خذ الدواء يوميًا').map((m) => m.entry.term)).toEqual(['يوميًا']);
  });

  test('Chinese is searched without word boundaries', () => {
    const index = buildTermIndex({ lang: 'zh', sources: ['test'], entries: [entry('高血压')] });
    expect(index.find('我有高血压吗').map((m) => m.text)).toEqual(['高血压']);
  });
});
