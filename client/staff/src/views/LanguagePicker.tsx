import type { Lang } from '../../../shared/languages.js';
import { CONSOLE_LANGS, type Translate } from '../i18n.js';

export function LanguagePicker({
  t,
  lang,
  onLang,
}: {
  t: Translate;
  lang: Lang;
  onLang: (lang: Lang) => void;
}) {
  return (
    <label class="lang-picker">
      <span>{t('common.language')}</span>
      <select
        value={lang}
        onChange={(event) => {
          const next = CONSOLE_LANGS.find((l) => l === event.currentTarget.value);
          if (next) onLang(next);
        }}
      >
        {CONSOLE_LANGS.map((l) => (
          <option key={l} value={l}>
            {t(`langs.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
