import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type Resource, type ResourceLanguage } from 'i18next';
import { LANGUAGES, type Lang } from '../client/shared/languages.js';

/**
 * Server-side strings (emergency guidance, errors, handoff notices, answer templates) come from the
 * same i18next files as the widget: `locales/<lang>/<namespace>.json`. Keys are `namespace:path.to.key`.
 */
export type Translate = (lang: Lang, key: string, values?: Record<string, string | number>) => string;

function readLocaleDir(localesDir: string): Resource {
  const resources: Resource = {};
  for (const lang of LANGUAGES) {
    const bundle: ResourceLanguage = {};
    const dir = join(localesDir, lang);
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.json')) continue;
      const parsed: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new Error(`${join(dir, file)} must hold a JSON object`);
      }
      bundle[file.slice(0, -'.json'.length)] = parsed;
    }
    resources[lang] = bundle;
  }
  return resources;
}

export async function loadTranslations(localesDir: string): Promise<Translate> {
  const resources = readLocaleDir(localesDir);
  const namespaces = Object.keys(resources.en ?? {});
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    ns: namespaces,
    defaultNS: 'server',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return memoised((lang, key, values) => instance.t(key, { lng: lang, ...values }));
}

const MEMO_ENTRIES = 5000;

/**
 * i18next takes microseconds a call, and every patient turn makes several with the same few
 * strings: the last few thousand answers are kept (the strings never change while running).
 */
function memoised(translate: Translate): Translate {
  const known = new Map<string, string>();
  return (lang, key, values) => {
    const id =
      values === undefined ? `${lang}\u0000${key}` : `${lang}\u0000${key}\u0000${JSON.stringify(values)}`;
    const hit = known.get(id);
    if (hit !== undefined) return hit;
    const text = translate(lang, key, values);
    if (known.size >= MEMO_ENTRIES) known.delete(known.keys().next().value ?? '');
    known.set(id, text);
    return text;
  };
}
