import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../../shared/languages.js';
import type { TicketView } from '../../../shared/staffProtocol.js';
import { api } from '../api.js';
import { categoryNames, type Translate } from '../i18n.js';
import { problemText } from '../problems.js';
import { clockTime, elapsed, useNow } from '../time.js';

const RANK = { emergency: 0, urgent: 1, request: 2 } as const;

/** Highest priority first, then the longest waiting: the order the server keeps. */
export function queueOrder(a: TicketView, b: TicketView): number {
  return RANK[a.priority] - RANK[b.priority] || Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

interface QueueProps {
  t: Translate;
  lang: Lang;
  mode: 'open' | 'resolved';
  open: TicketView[];
  alerted: Set<string>;
  selected: string | undefined;
  onSelect: (id: string) => void;
}

function statusText(t: Translate, ticket: TicketView): string {
  if (ticket.status === 'resolved') return t(`disposition.${ticket.disposition ?? 'answered'}`);
  if (ticket.status === 'waiting') return t('queue.status_waiting');
  return ticket.joined
    ? t('queue.status_in_chat', { name: ticket.assignee?.name ?? '' })
    : t('queue.status_claimed', { name: ticket.assignee?.name ?? '' });
}

export function Queue({ t, lang, mode, open, alerted, selected, onSelect }: QueueProps) {
  const now = useNow(1000);
  const [resolved, setResolved] = useState<TicketView[] | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    if (mode !== 'resolved') return;
    api<TicketView[]>('GET', '/api/tickets?status=resolved&limit=100').then(setResolved, (error: unknown) =>
      setProblem(problemText(t, error)),
    );
  }, [mode, t]);

  const rows = mode === 'open' ? [...open].sort(queueOrder) : (resolved ?? []);
  return (
    <section class="queue" aria-labelledby="queue-title">
      <h2 id="queue-title">{mode === 'open' ? t('queue.title') : t('queue.resolved_title')}</h2>
      {problem ? <p class="error">{problem}</p> : null}
      {rows.length === 0 ? (
        <p class="empty">{mode === 'open' ? t('queue.empty') : t('queue.resolved_empty')}</p>
      ) : null}
      <ol class="tickets" aria-live="polite">
        {rows.map((ticket) => (
          <li key={ticket.id}>
            <button
              type="button"
              data-ticket={ticket.id}
              class={[
                'ticket',
                `prio-${ticket.priority}`,
                `status-${ticket.status}`,
                alerted.has(ticket.id) ? 'alerted' : '',
                selected === ticket.id ? 'selected' : '',
              ].join(' ')}
              aria-pressed={selected === ticket.id}
              onClick={() => onSelect(ticket.id)}
            >
              <span class="badge">{t(`priority.${ticket.priority}`)}</span>
              <span class="what">
                <strong>
                  {ticket.categories.length > 0
                    ? categoryNames(t, ticket.categories)
                    : t(`kind.${ticket.kind}`)}
                </strong>
                <span class="lang">{t(`langs.${ticket.lang}`)}</span>
                {ticket.hasCallback && ticket.kind !== 'callback' ? (
                  <span class="tag">{t('kind.callback')}</span>
                ) : null}
              </span>
              <span class="status">{statusText(t, ticket)}</span>
              <span class="wait" title={clockTime(ticket.createdAt, lang)}>
                {ticket.status === 'resolved' && ticket.resolvedAt
                  ? clockTime(ticket.resolvedAt, lang)
                  : t('queue.waiting_for', {
                      time: elapsed(
                        ticket.status === 'waiting' ? ticket.waitingSince : ticket.createdAt,
                        now,
                      ),
                    })}
              </span>
              {ticket.alerts > 0 && ticket.status === 'waiting' ? (
                <span class="alerts">{t('queue.alerts', { count: ticket.alerts })}</span>
              ) : null}
              {ticket.supervisorAlerted && ticket.status === 'waiting' ? (
                <span class="tag supervisor">{t('queue.supervisor')}</span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
