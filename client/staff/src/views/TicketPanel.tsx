import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../../shared/languages.js';
import type {
  Disposition,
  Me,
  StaffMessageView,
  TicketDetail,
  TicketView,
} from '../../../shared/staffProtocol.js';
import { api } from '../api.js';
import { categoryNames, type Translate } from '../i18n.js';
import { ackProblem, problemText } from '../problems.js';
import type { StaffSocket } from '../socket.js';
import { clockTime } from '../time.js';

const DISPOSITIONS: readonly Disposition[] = [
  'advised_emergency',
  'callback_scheduled',
  'answered',
  'referred',
  'no_response',
  'duplicate',
];

interface Colleague {
  id: string;
  name: string;
  role: string;
  online: boolean;
}

interface TicketPanelProps {
  ticketId: string;
  /** The queue's live copy (socket updates), fresher than the detail loaded once. */
  live: TicketView | undefined;
  me: Me;
  t: Translate;
  lang: Lang;
  socket: StaffSocket;
  onChanged: (ticket: TicketView) => void;
  onClose: () => void;
}

function Message({
  message,
  t,
  lang,
  trigger,
}: {
  message: StaffMessageView;
  t: Translate;
  lang: Lang;
  trigger: boolean;
}) {
  const who =
    message.role === 'patient'
      ? t('chat.patient')
      : message.role === 'staff'
        ? (message.authorName ?? t('chat.staff'))
        : message.role === 'assistant'
          ? t('chat.assistant')
          : t('chat.notice');
  return (
    <li
      class={`msg msg-${message.role} ${message.kind ? `kind-${message.kind}` : ''} ${trigger ? 'trigger' : ''}`}
    >
      <span class="msg-meta">
        {who} · {clockTime(message.createdAt, lang)}
        {message.kind === 'emergency' || message.kind === 'urgent'
          ? ` · ${t(`chat.kind_${message.kind}`)}`
          : ''}
      </span>
      {/* Patient and staff words are text, never markup; dir=auto keeps Arabic right to left. */}
      <p class="msg-text" dir="auto">
        {message.text}
      </p>
    </li>
  );
}

export function TicketPanel({ ticketId, live, me, t, lang, socket, onChanged, onClose }: TicketPanelProps) {
  const [detail, setDetail] = useState<TicketDetail | undefined>();
  const [messages, setMessages] = useState<StaffMessageView[] | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const [disposition, setDisposition] = useState<Disposition>('answered');
  const [resolveNote, setResolveNote] = useState('');
  const [colleagues, setColleagues] = useState<Colleague[] | undefined>();
  const [transferTo, setTransferTo] = useState('');
  const [draft, setDraft] = useState('');
  const typingSent = useRef(false);
  const listEnd = useRef<HTMLLIElement>(null);

  const ticket: TicketView | undefined = live ?? detail;
  const holder = ticket?.assignee?.id === me.user.id;
  const admin = me.user.role === 'admin';
  const conversationId = ticket?.conversationId;

  useEffect(() => {
    api<TicketDetail>('GET', `/api/tickets/${ticketId}`).then(setDetail, (error: unknown) =>
      setProblem(problemText(t, error)),
    );
  }, [ticketId, t]);

  useEffect(() => {
    const watch = () =>
      socket.emit('conversation:watch', { ticketId }, (result) => {
        if (result.ok) setMessages(result.conversation.messages);
        else setProblem(ackProblem(t, result.error));
      });
    watch();
    socket.on('connect', watch);
    return () => {
      socket.off('connect', watch);
      socket.emit('conversation:unwatch', { ticketId });
    };
  }, [socket, ticketId, t]);

  useEffect(() => {
    if (!conversationId) return;
    const onMessage = (event: { conversationId: string; message: StaffMessageView }) => {
      if (event.conversationId !== conversationId) return;
      setMessages((current) =>
        current?.some((m) => m.id === event.message.id) ? current : [...(current ?? []), event.message],
      );
    };
    socket.on('conversation:message', onMessage);
    return () => {
      socket.off('conversation:message', onMessage);
    };
  }, [socket, conversationId]);

  useEffect(() => {
    listEnd.current?.scrollIntoView({ block: 'end' });
  }, [messages?.length]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
    } catch (error) {
      const holderName = (error as { details?: { holderName?: unknown } }).details?.holderName;
      setProblem(problemText(t, error, { name: typeof holderName === 'string' ? holderName : '' }));
    } finally {
      setBusy(false);
    }
  };

  const post = (path: string, body: unknown = {}) =>
    run(async () => {
      const result = await api<{ ticket: TicketView | TicketDetail }>(
        'POST',
        `/api/tickets/${ticketId}/${path}`,
        body,
      );
      onChanged(result.ticket);
      setDetail((current) => (current ? { ...current, ...result.ticket } : current));
    });

  const emitJoin = (event: 'conversation:join' | 'conversation:leave') =>
    run(
      () =>
        new Promise<void>((resolve, reject) => {
          socket.timeout(10_000).emit(event, { ticketId }, (error, result) => {
            if (error) reject(new Error('timeout'));
            else if (result.ok) {
              onChanged(result.ticket);
              resolve();
            } else {
              setProblem(ackProblem(t, result.error));
              resolve();
            }
          });
        }),
    );

  const send = (event: Event) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    void run(
      () =>
        new Promise<void>((resolve, reject) => {
          socket
            .timeout(10_000)
            .emit(
              'conversation:send',
              { ticketId, text, clientMsgId: crypto.randomUUID() },
              (error, result) => {
                if (error) reject(new Error('timeout'));
                else if (result.ok) {
                  setDraft('');
                  typingSent.current = false;
                  resolve();
                } else {
                  setProblem(ackProblem(t, result.error));
                  resolve();
                }
              },
            );
        }),
    );
  };

  const typing = (value: string) => {
    setDraft(value);
    const now = value.trim().length > 0;
    if (now !== typingSent.current) {
      typingSent.current = now;
      socket.emit('conversation:typing', { ticketId, typing: now });
    }
  };

  useEffect(() => {
    if (!ticket || ticket.status !== 'claimed' || !(holder || admin) || colleagues) return;
    api<Colleague[]>('GET', '/api/staff').then(
      (list) => setColleagues(list.filter((c) => c.id !== ticket.assignee?.id)),
      () => setColleagues([]),
    );
  }, [ticket, holder, admin, colleagues]);

  if (!ticket) {
    return (
      <aside class="panel" aria-label={t('ticket.title')}>
        {problem ? <p class="error">{problem}</p> : <p>{t('common.loading')}</p>}
      </aside>
    );
  }

  const open = ticket.status !== 'resolved';
  const canManage = holder || admin;
  return (
    <aside class={`panel prio-${ticket.priority}`} aria-labelledby="ticket-title">
      <header class="panel-head">
        <h2 id="ticket-title">
          <span class="badge">{t(`priority.${ticket.priority}`)}</span> {t(`kind.${ticket.kind}`)}
        </h2>
        <button type="button" class="secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      <dl class="facts">
        <dt>{t('ticket.categories')}</dt>
        <dd>{categoryNames(t, ticket.categories) || '—'}</dd>
        <dt>{t('ticket.language')}</dt>
        <dd>{t(`langs.${ticket.lang}`)}</dd>
        <dt>{t('ticket.created')}</dt>
        <dd>{clockTime(ticket.createdAt, lang)}</dd>
        <dt>{t('ticket.holder')}</dt>
        <dd>
          {ticket.assignee ? `${ticket.assignee.name} (${ticket.assignee.email})` : t('queue.status_waiting')}
        </dd>
        {ticket.disposition ? (
          <>
            <dt>{t('ticket.disposition')}</dt>
            <dd>{t(`disposition.${ticket.disposition}`)}</dd>
          </>
        ) : null}
        {detail?.callback ? (
          <>
            <dt>{t('ticket.callback')}</dt>
            <dd>
              <a href={`tel:${detail.callback.phone.replace(/[^\d+]/g, '')}`}>{detail.callback.phone}</a>
              {detail.callback.note ? <span class="callback-note"> — {detail.callback.note}</span> : null}
            </dd>
          </>
        ) : null}
      </dl>

      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}

      <div class="actions">
        {ticket.status === 'waiting' && me.can.includes('ticket.claim') ? (
          <button type="button" class="primary" disabled={busy} onClick={() => void post('claim')}>
            {t('ticket.claim')}
          </button>
        ) : null}
        {ticket.status === 'claimed' && holder && !ticket.joined ? (
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={() => void emitJoin('conversation:join')}
          >
            {t('ticket.join')}
          </button>
        ) : null}
        {ticket.status === 'claimed' && holder && ticket.joined ? (
          <button type="button" disabled={busy} onClick={() => void emitJoin('conversation:leave')}>
            {t('ticket.leave')}
          </button>
        ) : null}
        {ticket.status === 'claimed' && canManage ? (
          <button type="button" class="secondary" disabled={busy} onClick={() => void post('release')}>
            {t('ticket.release')}
          </button>
        ) : null}
      </div>

      <section class="conversation" aria-labelledby="conversation-title">
        <h3 id="conversation-title">{t('chat.title')}</h3>
        {messages === undefined ? <p>{t('common.loading')}</p> : null}
        <ol class="messages" aria-live="polite">
          {(messages ?? []).map((message) => (
            <Message
              key={message.id}
              message={message}
              t={t}
              lang={lang}
              trigger={message.id === detail?.messageId}
            />
          ))}
          <li ref={listEnd} class="end" aria-hidden="true" />
        </ol>
        {ticket.joined && holder && open ? (
          <form class="composer" onSubmit={send}>
            <label>
              <span>{t('chat.reply_label')}</span>
              <textarea
                rows={3}
                maxLength={2000}
                dir="auto"
                value={draft}
                onInput={(e) => typing(e.currentTarget.value)}
                onBlur={() => {
                  if (typingSent.current) {
                    typingSent.current = false;
                    socket.emit('conversation:typing', { ticketId, typing: false });
                  }
                }}
              />
            </label>
            <button type="submit" class="primary" disabled={busy || draft.trim().length === 0}>
              {t('chat.send')}
            </button>
          </form>
        ) : null}
      </section>

      {ticket.status === 'claimed' && canManage && colleagues && colleagues.length > 0 ? (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (transferTo) void post('transfer', { to: transferTo });
          }}
        >
          <label>
            <span>{t('ticket.transfer_to')}</span>
            <select value={transferTo} onChange={(e) => setTransferTo(e.currentTarget.value)}>
              <option value="">—</option>
              {colleagues.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} · {t(`roles.${c.role}`)}
                  {c.online ? ` · ${t('users.online')}` : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy || !transferTo}>
            {t('ticket.transfer')}
          </button>
        </form>
      ) : null}

      <section class="notes" aria-labelledby="notes-title">
        <h3 id="notes-title">{t('ticket.notes')}</h3>
        <ul>
          {(detail?.notes ?? []).map((n) => (
            <li key={n.id}>
              <span class="msg-meta">
                {n.author.name} · {clockTime(n.at, lang)}
              </span>
              <p dir="auto">{n.text}</p>
            </li>
          ))}
        </ul>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (note.trim()) void post('notes', { text: note }).then(() => setNote(''));
          }}
        >
          <label>
            <span>{t('ticket.add_note')}</span>
            <textarea
              rows={2}
              maxLength={2000}
              dir="auto"
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          <button type="submit" disabled={busy || note.trim().length === 0}>
            {t('ticket.save_note')}
          </button>
        </form>
      </section>

      {open && canManage ? (
        <form
          class="inline-form resolve"
          onSubmit={(e) => {
            e.preventDefault();
            void post('resolve', { disposition, ...(resolveNote.trim() ? { note: resolveNote } : {}) });
          }}
        >
          <label>
            <span>{t('ticket.disposition')}</span>
            <select
              value={disposition}
              onChange={(e) =>
                setDisposition(DISPOSITIONS.find((d) => d === e.currentTarget.value) ?? 'answered')
              }
            >
              {DISPOSITIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`disposition.${d}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('ticket.resolve_note')}</span>
            <textarea
              rows={2}
              maxLength={2000}
              dir="auto"
              value={resolveNote}
              onInput={(e) => setResolveNote(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="primary" disabled={busy}>
            {t('ticket.resolve')}
          </button>
        </form>
      ) : null}
    </aside>
  );
}
