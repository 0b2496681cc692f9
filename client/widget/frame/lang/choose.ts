import { toLang, type Lang } from '../../../shared/languages.js';

/** Where the widget's language came from; only a `default` language gives way to the first message's. */
export type LangSource = 'chosen' | 'page' | 'browser' | 'detected' | 'default';

export interface LangChoice {
  lang: Lang;
  source: LangSource;
}

export interface LangInputs {
  /** What the patient picked in the widget earlier in this tab. */
  chosen?: string | null;
  /** The host page's `data-lang` ("auto" or empty means: not set). */
  page?: string | null;
  /** `navigator.languages`, most preferred first. */
  browser: readonly string[];
}

/**
 * The patient's own choice wins, then the hospital page's `data-lang`, then the first browser language
 * we speak. With none of those the widget starts in English and follows the language the server detects
 * in the patient's first message.
 */
export function chooseLang({ chosen, page, browser }: LangInputs): LangChoice {
  const fromChoice = toLang(chosen);
  if (fromChoice) return { lang: fromChoice, source: 'chosen' };
  const fromPage = page && page.trim().toLowerCase() !== 'auto' ? toLang(page) : undefined;
  if (fromPage) return { lang: fromPage, source: 'page' };
  for (const tag of browser) {
    const fromBrowser = toLang(tag);
    if (fromBrowser) return { lang: fromBrowser, source: 'browser' };
  }
  return { lang: 'en', source: 'default' };
}

/**
 * The first reply tells the language the server detected in the patient's words. The UI follows it only
 * when nobody decided the language, and only once: later messages in another language do not flip it.
 */
export function followDetected(current: LangChoice, detected: Lang): LangChoice {
  if (current.source !== 'default') return current;
  return { lang: detected, source: 'detected' };
}
