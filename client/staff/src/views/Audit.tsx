import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../../shared/languages.js';
import type { AuditEntryView } from '../../../shared/staffProtocol.js';
import { api } from '../api.js';
import type { Translate } from '../i18n.js';
import { problemText } from '../problems.js';
import { clockTime } from '../time.js';

interface Filters {
  action: string;
  actor: string;
  targetId: string;
  from: string;
  to: string;
}

type Verification =
  { ok: true; count: number } | { ok: false; count: number; brokenAt: number; problem: string };

function query(filters: Filters, before?: number): string {
  const params = new URLSearchParams({ limit: '100' });
  if (filters.action.trim()) params.set('action', filters.action.trim());
  if (filters.actor.trim()) params.set('actor', filters.actor.trim().toLowerCase());
  if (filters.targetId.trim()) params.set('targetId', filters.targetId.trim());
  if (filters.from) params.set('from', new Date(filters.from).toISOString());
  if (filters.to) params.set('to', new Date(filters.to).toISOString());
  if (before !== undefined) params.set('before', String(before));
  return `/api/audit?${params.toString()}`;
}

/** Admins: the audit log, newest first, filtered; and a check of its hash chain. */
export function AuditView({ t, lang }: { t: Translate; lang: Lang }) {
  const [filters, setFilters] = useState<Filters>({ action: '', actor: '', targetId: '', from: '', to: '' });
  const [entries, setEntries] = useState<AuditEntryView[]>([]);
  const [next, setNext] = useState<number | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [verified, setVerified] = useState<Verification | undefined>();

  const load = async (before?: number) => {
    setProblem(undefined);
    try {
      const page = await api<{ entries: AuditEntryView[]; next?: number }>('GET', query(filters, before));
      setEntries((current) => (before === undefined ? page.entries : [...current, ...page.entries]));
      setNext(page.next);
    } catch (error) {
      setProblem(problemText(t, error));
    }
  };

  useEffect(() => {
    void load();
  }, []);

  const field = (name: keyof Filters, type: 'text' | 'datetime-local' = 'text') => {
    const onInput = (e: { currentTarget: HTMLInputElement }) =>
      setFilters({ ...filters, [name]: e.currentTarget.value });
    return (
      <label>
        <span>{t(`audit.filter_${name}`)}</span>
        {type === 'text' ? (
          <input type="text" value={filters[name]} onInput={onInput} />
        ) : (
          <input type="datetime-local" value={filters[name]} onInput={onInput} />
        )}
      </label>
    );
  };

  return (
    <section class="admin" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
      >
        {field('action')}
        {field('actor')}
        {field('targetId')}
        {field('from', 'datetime-local')}
        {field('to', 'datetime-local')}
        <button type="submit">{t('audit.apply')}</button>
        <button
          type="button"
          class="secondary"
          onClick={() =>
            void api<Verification>('GET', '/api/audit/verify').then(setVerified, (error: unknown) =>
              setProblem(problemText(t, error)),
            )
          }
        >
          {t('audit.verify')}
        </button>
      </form>
      {verified ? (
        <p class={verified.ok ? 'notice' : 'error'} role="status">
          {verified.ok
            ? t('audit.intact', { count: verified.count })
            : t('audit.broken', { seq: verified.brokenAt })}
        </p>
      ) : null}
      {problem ? <p class="error">{problem}</p> : null}
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>{t('audit.when')}</th>
            <th>{t('audit.who')}</th>
            <th>{t('audit.action')}</th>
            <th>{t('audit.target')}</th>
            <th>{t('audit.outcome')}</th>
            <th>{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq} class={`outcome-${entry.outcome}`}>
              <td>{entry.seq}</td>
              <td>{clockTime(entry.at, lang)}</td>
              <td>{entry.actor.email ?? t(`audit.actor_${entry.actor.kind}`)}</td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>{entry.target ? `${entry.target.kind} ${entry.target.id}` : '—'}</td>
              <td>{t(`audit.outcome_${entry.outcome}`)}</td>
              <td>
                {entry.details
                  ? Object.entries(entry.details)
                      .map(([k, v]) => `${k}: ${String(v)}`)
                      .join(', ')
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 ? <p class="empty">{t('audit.empty')}</p> : null}
      {next !== undefined ? (
        <button type="button" class="secondary" onClick={() => void load(next)}>
          {t('audit.older')}
        </button>
      ) : null}
    </section>
  );
}
