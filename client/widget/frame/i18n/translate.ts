/**
 * The widget's strings come from the same i18next JSON files as the server's (`locales/<lang>/widget.json`).
 * i18next itself would be a third of the widget's size budget, so this reads the same format with the same
 * rules: nested keys, `{{name}}` interpolation, plural forms chosen by `Intl.PluralRules` (`key_one`,
 * `key_other`, …) and `key_zero` for a count of 0 whatever the language. A unit test compares it with i18next.
 */

export interface Catalog {
  [key: string]: string | Catalog;
}

export type Values = Readonly<Record<string, string | number>>;

export type Translate = (key: string, values?: Values) => string;

function lookup(catalog: Catalog | undefined, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(template: string, values: Values | undefined): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) => {
    const value = values?.[name];
    return value === undefined ? whole : String(value);
  });
}

function pluralKeys(lang: string, key: string, count: number): string[] {
  const form = new Intl.PluralRules(lang).select(count);
  const keys = count === 0 ? [`${key}_zero`] : [];
  keys.push(`${key}_${form}`, `${key}_other`);
  return keys;
}

function resolve(
  lang: string,
  catalog: Catalog | undefined,
  key: string,
  values: Values | undefined,
): string | undefined {
  const count = values?.count;
  if (typeof count === 'number') {
    for (const candidate of pluralKeys(lang, key, count)) {
      const found = lookup(catalog, candidate);
      if (found !== undefined) return found;
    }
  }
  return lookup(catalog, key);
}

/**
 * A `t()` for one language. Missing strings fall back to English, then to the key itself, so a gap is
 * visible in review rather than an empty button.
 */
export function createTranslator(lang: string, catalog: Catalog, fallback?: Catalog): Translate {
  return (key, values) => {
    const template = resolve(lang, catalog, key, values) ?? resolve('en', fallback, key, values) ?? key;
    return interpolate(template, values);
  };
}
