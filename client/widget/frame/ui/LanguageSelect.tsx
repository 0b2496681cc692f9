import { LANGUAGES, isLang, type Lang } from '../../../shared/languages.js';
import { useWidget } from './context.js';

/** Each language named in itself, so a patient finds their own whatever the widget shows now. */
export const NATIVE_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  es: 'Español',
  zh: '中文',
  vi: 'Tiếng Việt',
  ko: '한국어',
  ar: 'العربية',
};

export function LanguageSelect({ onChange }: { onChange: (lang: Lang) => void }) {
  const { t, lang } = useWidget();
  return (
    <div class="pc-lang">
      <label for="pc-lang" class="pc-sr">
        {t('panel.language')}
      </label>
      <select
        id="pc-lang"
        class="pc-lang-select"
        value={lang}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isLang(value)) onChange(value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NATIVE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
