import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../shared/languages.js';
import type { Me } from '../../shared/staffProtocol.js';
import { api, onSignedOut, setCsrfToken } from './api.js';
import { applyLang, initialLang, translator } from './i18n.js';
import { Console } from './views/Console.js';
import { Login } from './views/Login.js';
import { Setup } from './views/Setup.js';

const SETUP_PATH = /^\/setup\/([A-Za-z0-9_-]{43})$/;

/** Signed in → the console; not signed in → the sign-in form; a setup link → the first-admin form. */
export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = useMemo(() => translator(lang), [lang]);
  const [setupToken, setSetupToken] = useState(() => SETUP_PATH.exec(window.location.pathname)?.[1]);
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>();

  useEffect(() => applyLang(lang), [lang]);

  useEffect(() => {
    if (setupToken) return;
    api<Me>('GET', '/api/auth/me').then(
      (found) => {
        setCsrfToken(found.csrfToken);
        setMe(found);
      },
      () => setMe(null),
    );
  }, [setupToken]);

  useEffect(
    () =>
      onSignedOut(() => {
        setMe(null);
        setNotice('login.session_ended');
      }),
    [],
  );

  const signedIn = (found: Me) => {
    setCsrfToken(found.csrfToken);
    setNotice(undefined);
    setMe(found);
  };

  if (setupToken) {
    return (
      <Setup
        token={setupToken}
        t={t}
        lang={lang}
        onLang={setLang}
        onDone={(found) => {
          window.history.replaceState(null, '', '/staff/');
          setSetupToken(undefined);
          signedIn(found);
        }}
      />
    );
  }
  if (me === undefined) return <p class="loading">{t('common.loading')}</p>;
  if (me === null) return <Login t={t} lang={lang} onLang={setLang} notice={notice} onSignedIn={signedIn} />;
  return (
    <Console
      me={me}
      t={t}
      lang={lang}
      onLang={setLang}
      onSignedOut={(reason) => {
        setCsrfToken(undefined);
        setMe(null);
        setNotice(reason);
      }}
    />
  );
}
