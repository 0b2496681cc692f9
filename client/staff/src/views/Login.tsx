import { useState } from 'preact/hooks';
import type { Lang } from '../../../shared/languages.js';
import type { Me } from '../../../shared/staffProtocol.js';
import { ApiError, api, refreshCsrf, setCsrfToken } from '../api.js';
import { unlockSound } from '../alerts.js';
import type { Translate } from '../i18n.js';
import { LanguagePicker } from './LanguagePicker.js';

interface LoginProps {
  t: Translate;
  lang: Lang;
  onLang: (lang: Lang) => void;
  /** Why the person is here again (a key of staff.json), e.g. the session timed out. */
  notice: string | undefined;
  onSignedIn: (me: Me) => void;
}

export function loginProblem(t: Translate, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'wrong_credentials') return t('login.wrong');
    if (error.status === 429) return t('login.locked');
    if (error.code === 'offline') return t('errors.offline');
  }
  return t('errors.generic');
}

export function Login({ t, lang, onLang, notice, onSignedIn }: LoginProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    // The click that signs in also allows the alarm sound later (browsers require a gesture).
    unlockSound();
    setBusy(true);
    setProblem(undefined);
    try {
      await refreshCsrf();
      const result = await api<{ csrfToken: string }>('POST', '/api/auth/login', { email, password });
      setCsrfToken(result.csrfToken);
      setPassword('');
      onSignedIn(await api<Me>('GET', '/api/auth/me'));
    } catch (error) {
      setProblem(loginProblem(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="login">
      <h1>{t('app.title')}</h1>
      <LanguagePicker t={t} lang={lang} onLang={onLang} />
      {notice ? (
        <p class="notice" role="status">
          {t(notice)}
        </p>
      ) : null}
      <form onSubmit={(event) => void submit(event)} class="card">
        <h2>{t('login.title')}</h2>
        <label>
          <span>{t('login.email')}</span>
          <input
            name="email"
            type="email"
            autocomplete="username"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </label>
        <label>
          <span>{t('login.password')}</span>
          <input
            name="password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        {problem ? (
          <p class="error" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </main>
  );
}
