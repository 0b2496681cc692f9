import type { Lang } from '../../../shared/languages.js';
import type { Catalog } from './translate.js';

/**
 * Each language's widget strings are their own small chunk, fetched when needed: a page loads English
 * (the fallback) and the patient's language, not all six.
 */
const loaders = import.meta.glob<Catalog>('../../../../locales/*/widget.json', { import: 'default' });

export async function loadCatalog(lang: Lang): Promise<Catalog> {
  const load = loaders[`../../../../locales/${lang}/widget.json`];
  if (!load) throw new Error(`no widget strings for ${lang}`);
  return load();
}
