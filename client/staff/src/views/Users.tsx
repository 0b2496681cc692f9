import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../../shared/languages.js';
import type { Me, Role, UserView } from '../../../shared/staffProtocol.js';
import { api } from '../api.js';
import type { Translate } from '../i18n.js';
import { problemText } from '../problems.js';
import { clockTime } from '../time.js';

const ROLES: readonly Role[] = ['agent', 'clinician', 'admin'];
const toRole = (value: string): Role => ROLES.find((r) => r === value) ?? 'agent';

/** Admins: staff accounts, their roles and whether they can sign in. Every change is audited by the server. */
export function UsersView({ t, lang, me }: { t: Translate; lang: Lang; me: Me }) {
  const [users, setUsers] = useState<UserView[] | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [form, setForm] = useState({ name: '', email: '', role: 'agent' as Role, password: '' });

  const load = () =>
    api<UserView[]>('GET', '/api/users').then(setUsers, (error: unknown) =>
      setProblem(problemText(t, error)),
    );

  useEffect(() => {
    void load();
  }, []);

  const change = async (user: UserView, patch: { role?: Role; disabled?: boolean }) => {
    setProblem(undefined);
    setDone(undefined);
    try {
      const { user: updated } = await api<{ user: UserView }>('PATCH', `/api/users/${user.id}`, patch);
      setUsers((current) => current?.map((u) => (u.id === updated.id ? updated : u)));
      setDone(t('users.saved', { name: updated.name }));
    } catch (error) {
      setProblem(problemText(t, error));
    }
  };

  const create = async (event: Event) => {
    event.preventDefault();
    setProblem(undefined);
    setDone(undefined);
    try {
      const { user } = await api<{ user: UserView }>('POST', '/api/users', form);
      setUsers((current) => [...(current ?? []), user]);
      setForm({ name: '', email: '', role: 'agent', password: '' });
      setDone(t('users.created', { name: user.name }));
    } catch (error) {
      setProblem(problemText(t, error));
    }
  };

  return (
    <section class="admin" aria-labelledby="users-title">
      <h2 id="users-title">{t('users.title')}</h2>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
      {done ? (
        <p class="notice" role="status">
          {done}
        </p>
      ) : null}
      <table>
        <thead>
          <tr>
            <th>{t('users.name')}</th>
            <th>{t('login.email')}</th>
            <th>{t('users.role')}</th>
            <th>{t('users.status')}</th>
            <th>{t('users.created_at')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(users ?? []).map((user) => (
            <tr key={user.id} class={user.disabled ? 'disabled' : ''}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>
                <select
                  aria-label={t('users.role_of', { name: user.name })}
                  value={user.role}
                  onChange={(e) => void change(user, { role: toRole(e.currentTarget.value) })}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`roles.${r}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {user.disabled ? t('users.disabled') : user.online ? t('users.online') : t('users.offline')}
              </td>
              <td>{clockTime(user.createdAt, lang)}</td>
              <td>
                {user.id === me.user.id ? null : (
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => void change(user, { disabled: !user.disabled })}
                  >
                    {user.disabled ? t('users.enable') : t('users.disable')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <form class="card" onSubmit={(event) => void create(event)}>
        <h3>{t('users.add')}</h3>
        <label>
          <span>{t('users.name')}</span>
          <input
            required
            maxLength={80}
            value={form.name}
            onInput={(e) => setForm({ ...form, name: e.currentTarget.value })}
          />
        </label>
        <label>
          <span>{t('login.email')}</span>
          <input
            type="email"
            required
            value={form.email}
            onInput={(e) => setForm({ ...form, email: e.currentTarget.value })}
          />
        </label>
        <label>
          <span>{t('users.role')}</span>
          <select
            value={form.role}
            onChange={(e) => setForm({ ...form, role: toRole(e.currentTarget.value) })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('users.first_password')}</span>
          <input
            type="password"
            autocomplete="new-password"
            required
            minLength={12}
            value={form.password}
            onInput={(e) => setForm({ ...form, password: e.currentTarget.value })}
          />
          <small>{t('users.password_rule')}</small>
        </label>
        <button type="submit" class="primary">
          {t('users.create')}
        </button>
      </form>
    </section>
  );
}
