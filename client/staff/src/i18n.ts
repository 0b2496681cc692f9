import { LANGUAGES, RIGHT_TO_LEFT, toLang, type Lang } from '../../shared/languages.js';

/**
 * The console's strings (locales/<lang>/staff.json), all six bundled: the console is for staff on
 * desktops, where a few kilobytes do not matter and a language switch must be instant.
 * `t('queue.waiting_for', { time })`; a key with `_one`/`_other` forms takes `count`.
 */
type Catalog = { [key: string]: string | Catalog };

const modules = import.meta.glob<Catalog>('../../../locales/*/staff.json', {
  import: 'default',
  eager: true,
});

const catalogs: Partial<Record<Lang, Catalog>> = {};
for (const [path, catalog] of Object.entries(modules)) {
  const lang = toLang(/locales\/([a-z]{2})\/staff\.json$/.exec(path)?.[1]);
  if (lang) catalogs[lang] = catalog;
}

function lookup(catalog: Catalog | undefined, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export type Values = Record<string, string | number>;
export type Translate = (key: string, values?: Values) => string;

export function translator(lang: Lang): Translate {
  const plural = new Intl.PluralRules(lang);
  return (key, values = {}) => {
    const count = values.count;
    const candidates =
      typeof count === 'number' ? [`${key}_${plural.select(count)}`, `${key}_other`, key] : [key];
    for (const catalog of [catalogs[lang], catalogs.en]) {
      for (const candidate of candidates) {
        const text = lookup(catalog, candidate);
        if (text !== undefined)
          return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(values[name] ?? ''));
      }
    }
    return key;
  };
}

/**
 * A ticket's red-flag categories as staff read them ("Chest pain, Stroke signs"). A category the
 * catalog does not name yet (a hospital's own lexicon may add one) shows as its id, spaced.
 */
export function categoryNames(t: Translate, categories: readonly string[]): string {
  return categories
    .map((category) => {
      const key = `category.${category}`;
      const name = t(key);
      return name === key ? category.replace(/_/g, ' ') : name;
    })
    .join(', ');
}

const STORAGE_KEY = 'plaincare-staff-lang';

export function initialLang(): Lang {
  const saved = toLang(localStorage.getItem(STORAGE_KEY));
  if (saved) return saved;
  for (const tag of navigator.languages) {
    const lang = toLang(tag);
    if (lang) return lang;
  }
  return 'en';
}

export function applyLang(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr';
}

export const CONSOLE_LANGS: readonly Lang[] = LANGUAGES;
