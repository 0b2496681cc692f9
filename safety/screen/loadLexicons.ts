import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Lang } from '../../client/shared/languages.js';
import {
  CUE_KINDS,
  parseLexiconFile,
  type CueKind,
  type LexiconFile,
  type LexiconRule,
} from './lexiconSchema.js';

/** One language's lexicon files merged: concepts of the same name are joined, rules are listed together. */
export interface Lexicon {
  lang: Lang;
  files: string[];
  charMap: Map<string, string>;
  spelling: Map<string, string[]>;
  cliticPrefixes: string[];
  numbers: Map<string, number>;
  noFuzzy: Set<string>;
  particles: Set<string>;
  typoTolerance: boolean;
  windows: Required<NonNullable<LexiconFile['windows']>>;
  cues: Record<CueKind, string[]>;
  concepts: Map<string, string[]>;
  rules: Array<LexiconRule & { file: string }>;
}

const DEFAULT_WINDOWS: Lexicon['windows'] = {
  negation: 5,
  negation_after: 4,
  history: 10,
  education: 6,
  education_after: 3,
  rule: 6,
};

function emptyLexicon(lang: Lang): Lexicon {
  return {
    lang,
    files: [],
    charMap: new Map(),
    spelling: new Map(),
    cliticPrefixes: [],
    numbers: new Map(),
    noFuzzy: new Set(),
    particles: new Set(),
    typoTolerance: true,
    windows: { ...DEFAULT_WINDOWS },
    cues: Object.fromEntries(CUE_KINDS.map((kind) => [kind, []])) as unknown as Record<CueKind, string[]>,
    concepts: new Map(),
    rules: [],
  };
}

function merge(into: Lexicon, file: LexiconFile, label: string): void {
  into.files.push(label);
  const normalize = file.normalize ?? {};
  for (const [from, to] of Object.entries(normalize.charMap ?? {})) into.charMap.set(from, to);
  for (const [from, to] of Object.entries(normalize.spelling ?? {})) {
    const list = into.spelling.get(from) ?? [];
    list.push(...(Array.isArray(to) ? to : [to]));
    into.spelling.set(from, list);
  }
  into.cliticPrefixes.push(...(normalize.cliticPrefixes ?? []));
  for (const [word, value] of Object.entries(normalize.numbers ?? {})) into.numbers.set(word, value);
  for (const word of normalize.noFuzzy ?? []) into.noFuzzy.add(word);
  for (const word of normalize.particles ?? []) into.particles.add(word);
  if (normalize.typoTolerance === false) into.typoTolerance = false;
  Object.assign(into.windows, file.windows ?? {});
  for (const kind of CUE_KINDS) into.cues[kind].push(...(file.cues?.[kind] ?? []));
  for (const [name, terms] of Object.entries(file.concepts ?? {})) {
    into.concepts.set(name, [...(into.concepts.get(name) ?? []), ...terms]);
  }
  for (const rule of file.rules ?? []) {
    if (into.rules.some((known) => known.id === rule.id)) {
      throw new Error(`${label}: rule "${rule.id}" is already defined for ${into.lang}`);
    }
    into.rules.push({ ...rule, file: label });
  }
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/**
 * Reads `<dir>/<lang>/*.json` for every language PlainCare speaks. A language without lexicon
 * files stops the load: screening it would be unverified, which must never pass as safe.
 */
export function loadLexicons(dir: string): Map<Lang, Lexicon> {
  const lexicons = new Map<Lang, Lexicon>();
  for (const lang of LANGUAGES) {
    const langDir = join(dir, lang);
    let isDir: boolean;
    try {
      isDir = statSync(langDir).isDirectory();
    } catch {
      isDir = false;
    }
    const files = isDir ? jsonFiles(langDir) : [];
    if (files.length === 0) {
      throw new Error(
        `No red-flag lexicon for "${lang}" in ${langDir}: messages in this language could not be screened`,
      );
    }
    const lexicon = emptyLexicon(lang);
    for (const name of files) {
      const path = join(langDir, name);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new Error(
          `${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
          { cause: error },
        );
      }
      const file = parseLexiconFile(json, path);
      if (file.lang !== lang)
        throw new Error(`${path}: says lang "${file.lang}" but sits in the ${lang} folder`);
      merge(lexicon, file, `${lang}/${name}`);
    }
    lexicons.set(lang, lexicon);
  }
  return lexicons;
}
