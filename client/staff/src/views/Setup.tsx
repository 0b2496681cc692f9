import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../../shared/languages.js';
import type { Me } from '../../../shared/staffProtocol.js';
import { api, refreshCsrf, setCsrfToken } from '../api.js';
import { problemText } from '../problems.js';
import type { Translate } from '../i18n.js';
import { LanguagePicker } from './LanguagePicker.js';

interface SetupProps {
  token: string;
  t: Translate;
  lang: Lang;
  onLang: (lang: Lang) => void;
  onDone: (me: Me) => void;
}

/** The page behind the first start's one-time link: it creates the first admin and signs them in. */
export function Setup({ token, t, lang, onLang, onDone }: SetupProps) {
  const [valid, setValid] = useState<boolean | undefined>();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api<{ valid: boolean }>('GET', `/api/setup/${token}`).then(
      (answer) => setValid(answer.valid),
      () => setValid(false),
    );
  }, [token]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (password !== confirm) {
      setProblem(t('setup.mismatch'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await refreshCsrf();
      const result = await api<{ csrfToken: string }>('POST', `/api/setup/${token}`, {
        name,
        email,
        password,
      });
      setCsrfToken(result.csrfToken);
      onDone(await api<Me>('GET', '/api/auth/me'));
    } catch (error) {
      setProblem(problemText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="login">
      <h1>{t('app.title')}</h1>
      <LanguagePicker t={t} lang={lang} onLang={onLang} />
      {valid === undefined ? <p>{t('common.loading')}</p> : null}
      {valid === false ? (
        <p class="error" role="alert">
          {t('setup.invalid')}
        </p>
      ) : null}
      {valid ? (
        <form onSubmit={(event) => void submit(event)} class="card">
          <h2>{t('setup.title')}</h2>
          <p>{t('setup.intro')}</p>
          <label>
            <span>{t('users.name')}</span>
            <input
              name="name"
              required
              maxLength={80}
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </label>
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
              autocomplete="new-password"
              required
              minLength={12}
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
            <small>{t('users.password_rule')}</small>
          </label>
          <label>
            <span>{t('setup.confirm')}</span>
            <input
              name="confirm"
              type="password"
              autocomplete="new-password"
              required
              value={confirm}
              onInput={(e) => setConfirm(e.currentTarget.value)}
            />
          </label>
          {problem ? (
            <p class="error" role="alert">
              {problem}
            </p>
          ) : null}
          <button type="submit" disabled={busy}>
            {t('setup.submit')}
          </button>
        </form>
      ) : null}
    </main>
  );
}
