import { describe, test, expect } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLang } from '../../../client/shared/languages.js';
import type { Lang } from '../../../client/shared/languages.js';
import { parseLexicon } from '../../../content/lexicon/schema.js';
import { buildTermIndex } from '../../../content/lexicon/termIndex.js';
import type { Lexicon, LexiconEntry } from '../../../content/lexicon/types.js';
import { projectPath } from '../../../server/paths.js';

/**
 * Checks every `content/lexicon/<lang>.json` that exists, so a language added by another
 * engineer or a hospital is held to the same rules as English the moment its file lands.
 */
const LEXICON_DIR = projectPath('content', 'lexicon');

const MIN_ENTRIES: Partial<Record<Lang, number>> = { en: 1500, es: 500 };
const MIN_ENTRIES_OTHER = 200;

/**
 * Longest sentence allowed in an explanation. Words are counted between spaces, except in Chinese,
 * written without spaces, where characters are counted (about two per word). Vietnamese spaces
 * separate syllables, not words, so its limit is in syllables.
 */
const SENTENCE_LIMIT: Record<Lang, { max: number; unit: 'words' | 'characters' | 'syllables' }> = {
  en: { max: 25, unit: 'words' },
  es: { max: 25, unit: 'words' },
  ar: { max: 25, unit: 'words' },
  ko: { max: 25, unit: 'words' },
  vi: { max: 40, unit: 'syllables' },
  zh: { max: 50, unit: 'characters' },
};
const MAX_SENTENCES = 3;

/**
 * Ordinary English words that are also written as medical abbreviations. An abbreviation entry
 * spelled with capitals whose lower-case form is one of these must be caseSensitive, or the
 * simplifier would rewrite "or" as "operating room" and "sob" as "shortness of breath".
 */
const ORDINARY_WORDS = new Set(
  (
    'a i o u am an as at be by do go he if in is it me my no of on or ox so to up us we ' +
    'ad ah eh hi ha ma pa oh ok ' +
    'add ads age aid aim all and any ape arm art ash ask ate bad bag ban bar bat bay bed bee bet bin ' +
    'bit bob bow box boy bud bug bun bus but buy cab cad can cap car cat cot cow cry cub cue cup cut dab ' +
    'dad day den dew did die dig dim din dip doe dog don dot dry due dug dye ear eat ebb egg ego elf elk ' +
    'elm end era eve ewe eye fad fan far fat fax fed fee few fig fin fir fit fix flu fly foe fog for fox ' +
    'fry fun fur gag gal gap gas gel gem get gig gin gum gun gut guy gym had hag ham has hat hay hem hen ' +
    'her hey hid him hip his hit hoe hog hop hot how hub hue hug hum hut ice icy ill imp ink inn ion its ' +
    'ivy jab jam jar jaw jet job jog jot joy jug keg key kid kin kit lab lad lag lap law lax lay led leg ' +
    'let lid lie lip lit log lot low mad man map mar mat may med men met mid mix mob mod mom mop mud mug ' +
    'nab nag nap neb net new nil nip nod nor not now nun nut oak oar oat odd ode off oil old one opt orb ' +
    'ore our out owe owl own pad pal pan pap par pat paw pay pea peg pen pep per pet pew pie pig pin pit ' +
    'ply pod pop pot pox pro pry pub pug pun pup put rad rag ram ran rap rat raw ray red rib rid rig rim ' +
    'rip rob rod rom rot row rub rug rum run rut sac sad sag sap sat saw say sea see set sew she shy sin ' +
    'sip sir sit six ski sky sly sob sod son sow soy spa spy sty sub sue sum sun tab tag tan tap tar tea ' +
    'ted tee ten the tic tie tin tip toe ton too top tot tow toy try tub tug two use van vat vet via vie ' +
    'vow wad wag war was wax way web wed wet who why wig win wit woe won wow yak yam yap yes yet you zip ' +
    'able aids arms bite bone cold cope dash fast fear fill gait hear heat help less mass mole nose pace ' +
    'pain palm peep plan port rest scan sick sigh sore step stem tone tops wean'
  ).split(' '),
);

function lexiconFiles(): string[] {
  return readdirSync(LEXICON_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

function loadFile(name: string): Lexicon {
  return parseLexicon(JSON.parse(readFileSync(join(LEXICON_DIR, name), 'utf8')), name);
}

function keysOf(entry: LexiconEntry): string[] {
  return [entry.term, ...(entry.aliases ?? [])];
}

/** The form two keys are compared in: spacing and a final dot do not make a different term. */
function keyForm(key: string, caseSensitive: boolean): string {
  const spaced = key.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return caseSensitive ? spaced : spaced.toLowerCase();
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?؟])\s+(?!\p{Ll})|(?<=[。！？])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function sentenceLength(sentence: string, unit: 'words' | 'characters' | 'syllables'): number {
  if (unit === 'characters') return [...sentence.replace(/[\s\p{P}]/gu, '')].length;
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const files = lexiconFiles();

test('the lexicon folder holds at least the English file', () => {
  expect(files).toContain('en.json');
});

/** A file that fails the schema still gets its tests, so the report names the problem instead of crashing the suite. */
function tryLoad(name: string): { lexicon: Lexicon; error?: string } {
  try {
    return { lexicon: loadFile(name) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { lexicon: { lang: 'en', sources: [], entries: [] }, error: message };
  }
}

describe.each(files)('%s', (name) => {
  const { lexicon, error } = tryLoad(name);
  const lang = name.replace(/\.json$/, '');
  const where = (entry: LexiconEntry): string => `${name}: "${entry.term}"`;

  test('is valid JSON that passes the lexicon schema', () => {
    expect(error).toBeUndefined();
  });

  test('is named for a language PlainCare speaks, and says that language', () => {
    expect(isLang(lang)).toBe(true);
    expect(lexicon.lang).toBe(lang);
  });

  test('has enough entries for its language', () => {
    const min = isLang(lang) ? (MIN_ENTRIES[lang] ?? MIN_ENTRIES_OTHER) : MIN_ENTRIES_OTHER;
    expect(lexicon.entries.length).toBeGreaterThanOrEqual(min);
  });

  test('names its sources', () => {
    expect(lexicon.sources.length).toBeGreaterThan(0);
  });

  test('every plain meaning and explanation has words in it', () => {
    const empty = lexicon.entries.filter(
      (e) => !/[\p{L}\p{N}]/u.test(e.plain) || !/[\p{L}\p{N}]/u.test(e.explanation),
    );
    expect(empty.map(where)).toEqual([]);
  });

  test('no term or alias appears twice', () => {
    // Two keys clash when they fold to the same words, unless both are case-sensitive and
    // differ in capitals ("PT" and "Pt" may mean different things; "NPO" and "npo" may not).
    const byFold = new Map<string, { term: string; key: string; caseSensitive: boolean }[]>();
    for (const entry of lexicon.entries) {
      for (const key of keysOf(entry)) {
        const fold = keyForm(key, false);
        const group = byFold.get(fold) ?? [];
        group.push({ term: entry.term, key, caseSensitive: entry.caseSensitive === true });
        byFold.set(fold, group);
      }
    }
    const clashes: string[] = [];
    for (const group of byFold.values()) {
      group.forEach((a, i) => {
        for (const b of group.slice(i + 1)) {
          const distinctCapitals =
            a.caseSensitive && b.caseSensitive && keyForm(a.key, true) !== keyForm(b.key, true);
          if (!distinctCapitals) clashes.push(`"${b.key}" in "${b.term}" repeats "${a.key}" in "${a.term}"`);
        }
      });
    }
    expect(clashes).toEqual([]);
  });

  test('explanations are short: at most three sentences, none of them long', () => {
    const limit = isLang(lang) ? SENTENCE_LIMIT[lang] : SENTENCE_LIMIT.en;
    const tooLong: string[] = [];
    for (const entry of lexicon.entries) {
      const sentences = sentencesOf(entry.explanation);
      if (sentences.length > MAX_SENTENCES) tooLong.push(`${where(entry)}: ${sentences.length} sentences`);
      for (const s of sentences) {
        const length = sentenceLength(s, limit.unit);
        if (length > limit.max) tooLong.push(`${where(entry)}: ${length} ${limit.unit} in "${s}"`);
      }
    }
    expect(tooLong).toEqual([]);
  });

  test('every term and alias is found when it stands in a sentence', () => {
    // A key the index cannot find (a character its tokenizer splits on, such as "&") would sit
    // in the file and never be matched in a document.
    const index = buildTermIndex(lexicon);
    const lost: string[] = [];
    for (const entry of lexicon.entries) {
      for (const key of keysOf(entry)) {
        const hits = index.find(`xq ${key} xq`);
        if (!hits.some((h) => h.entry === entry && h.text.replace(/\.$/, '') === key.replace(/\.$/, ''))) {
          lost.push(`"${key}" (${entry.term})`);
        }
      }
    }
    expect(lost).toEqual([]);
  });

  test('a medicine (category "medication") keeps its own name as its plain form, and has no aliases', () => {
    // The output validator (safety/output) counts entries of category "medication" as medicine names, facts a
    // rewrite must keep: so the category holds named medicines only (kinds of medicine are "drug class", dose
    // forms "form"), plain is the name itself, and another name ("ASA" for aspirin) is its own entry, because
    // an alias would be rewritten to the entry's name.
    const renamed = lexicon.entries.filter(
      (e) =>
        e.category === 'medication' &&
        (e.plain.toLowerCase() !== e.term.toLowerCase() || (e.aliases ?? []).length > 0),
    );
    expect(renamed.map(where)).toEqual([]);
  });

  test('a plain meaning adds no number that its term does not hold', () => {
    const added: string[] = [];
    for (const entry of lexicon.entries) {
      const own = new Set(keysOf(entry).flatMap((k) => k.match(/\d+/g) ?? []));
      const extra = (entry.plain.match(/\d+/g) ?? []).filter((n) => !own.has(n));
      if (extra.length > 0) added.push(`${where(entry)}: ${extra.join(', ')}`);
    }
    expect(added).toEqual([]);
  });
});

describe('the English lexicon', () => {
  const english = tryLoad('en.json').lexicon;
  const index = buildTermIndex(english);
  const where = (entry: LexiconEntry): string => `en.json: "${entry.term}"`;

  test('abbreviations that are also ordinary English words match only in capitals', () => {
    const loose = english.entries.filter(
      (e) =>
        e.kind === 'abbreviation' &&
        !e.caseSensitive &&
        keysOf(e).some((k) => /\p{Lu}/u.test(k) && ORDINARY_WORDS.has(k.toLowerCase().replace(/\./g, ''))),
    );
    expect(loose.map(where)).toEqual([]);
  });

  const termsIn = (sentence: string): string[] => index.find(sentence).map((m) => m.entry.term);

  test('a plain form that replaces text has no comma', () => {
    // The simplifier splits a sentence such as "for chest pain, dyspnea, melena or fever" into a list at its
    // commas, so "black, tarry stool" would become two items. Ambiguous entries are flagged, never inserted.
    const withComma = english.entries.filter((e) => !e.ambiguous && e.plain.includes(','));
    expect(withComma.map(where)).toEqual([]);
  });

  // sentence → terms that must be found (others may be found as well)
  const found: [string, string[]][] = [
    ['What does NPO mean?', ['NPO']],
    ['Remain NPO after midnight.', ['NPO']],
    ['Take 1 tab PO BID with food.', ['tab', 'PO', 'BID']],
    ['Oxycodone 5 mg q4h PRN for severe pain.', ['oxycodone', 'mg', 'PRN']],
    ['Metoprolol 25 mg p.o. b.i.d.', ['metoprolol', 'PO', 'BID']],
    ['History of HTN, CHF and COPD.', ['HTN', 'CHF', 'COPD']],
    [
      'Ambulate with a walker and weight bearing as tolerated on the left leg.',
      ['ambulate', 'weight bearing as tolerated'],
    ],
    [
      'Keep the incision clean and dry; watch for erythema or purulent drainage.',
      ['incision', 'erythema', 'purulent drainage'],
    ],
    ['Follow up with your PCP in 1 week for a repeat CBC and BMP.', ['PCP', 'CBC', 'BMP']],
    ['Return for dyspnea, syncope or melena.', ['dyspnea', 'syncope', 'melena']],
    ['The risks of general anesthesia were discussed.', ['general anesthesia']],
    ['Chest radiograph demonstrated right lower lobe consolidation.', ['chest radiograph', 'consolidation']],
    ['She was taken to the OR for an appendectomy.', ['OR', 'appendectomy']],
    ['SOB with exertion since Monday.', ['SOB', 'on exertion']],
    ['Check your INR on Friday while you take warfarin.', ['INR', 'warfarin']],
    ['An echocardiogram showed mild mitral regurgitation.', ['echocardiogram', 'mitral regurgitation']],
  ];
  test.each(found)('%s', (sentence, expected) => {
    const terms = termsIn(sentence);
    for (const term of expected) expect(terms).toContain(term);
  });

  // sentence → terms that must NOT be found: ordinary words that look like abbreviations
  const notFound: [string, string[]][] = [
    ['Call your doctor or go to the emergency room.', ['OR']],
    ['Take it as your nurse showed you.', ['AS']],
    ['Tell us if the pain gets worse.', ['US']],
    ['Do not sob or cry alone; call a friend.', ['SOB']],
  ];
  test.each(notFound)('%s', (sentence, absent) => {
    const terms = termsIn(sentence);
    for (const term of absent) expect(terms).not.toContain(term);
  });

  test('an ambiguous abbreviation is found and marked, so the simplifier can flag it', () => {
    const hits = index.find('Patient seen by PT today.');
    const pt = hits.find((h) => h.text === 'PT');
    expect(pt?.entry.ambiguous).toBe(true);
  });
});
