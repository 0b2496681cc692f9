import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../../shared/languages.js';
import type { Translate } from '../i18n/translate.js';
import type { LinkPolicy } from '../text/segments.js';

export interface WidgetContextValue {
  t: Translate;
  lang: Lang;
  links: LinkPolicy;
  numbers: { emergency: string; crisis: string | undefined; hospital: string | undefined };
}

export const WidgetContext = createContext<WidgetContextValue>({
  t: (key) => key,
  lang: 'en',
  links: { hosts: [], phones: [] },
  numbers: { emergency: '911', crisis: undefined, hospital: undefined },
});

export function useWidget(): WidgetContextValue {
  return useContext(WidgetContext);
}
