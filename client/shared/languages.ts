/**
 * The languages PlainCare speaks. Adding a language is adding files (locales, lexicons), plus its code here.
 * Shared by the server, the widget and the consoles, so it holds data only.
 */
export const LANGUAGES = ['en', 'es', 'zh', 'vi', 'ko', 'ar'] as const;

export type Lang = (typeof LANGUAGES)[number];

export const RIGHT_TO_LEFT: ReadonlySet<Lang> = new Set<Lang>(['ar']);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Reduces a BCP 47 tag such as `es-MX` or `zh-Hans-CN` to one of ours, if we speak it. */
export function toLang(tag: string | undefined | null): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : undefined;
}
