import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../../shared/languages.js';
import type { Me, TicketView } from '../../../shared/staffProtocol.js';
import {
  askNotificationPermission,
  notificationState,
  notify,
  playAlarm,
  unlockSound,
  type NotificationState,
} from '../alerts.js';
import { api } from '../api.js';
import { categoryNames, type Translate } from '../i18n.js';
import { connectStaff, type StaffSocket } from '../socket.js';
import { AuditView } from './Audit.js';
import { LanguagePicker } from './LanguagePicker.js';
import { Queue } from './Queue.js';
import { TicketPanel } from './TicketPanel.js';
import { UsersView } from './Users.js';

type Tab = 'queue' | 'resolved' | 'users' | 'audit';

interface ConsoleProps {
  me: Me;
  t: Translate;
  lang: Lang;
  onLang: (lang: Lang) => void;
  onSignedOut: (reasonKey: string | undefined) => void;
}

const TABS: readonly Tab[] = ['queue', 'resolved', 'users', 'audit'];
const tabFromHash = (): Tab => TABS.find((tab) => `#${tab}` === window.location.hash) ?? 'queue';

function label(t: Translate, ticket: TicketView): string {
  return `${t(`priority.${ticket.priority}`)} · ${categoryNames(t, ticket.categories) || t(`kind.${ticket.kind}`)} · ${t(`langs.${ticket.lang}`)}`;
}

export function Console({ me, t, lang, onLang, onSignedOut }: ConsoleProps) {
  const [tab, setTab] = useState<Tab>(tabFromHash);
  const [open, setOpen] = useState<Map<string, TicketView>>(new Map());
  const [selected, setSelected] = useState<string | undefined>();
  const [connection, setConnection] = useState<'connecting' | 'online' | 'offline'>('connecting');
  const [alerted, setAlerted] = useState<Set<string>>(new Set());
  const [permission, setPermission] = useState<NotificationState>(notificationState);
  const [socket, setSocket] = useState<StaffSocket | undefined>();
  const tRef = useRef(t);
  tRef.current = t;

  const upsert = useCallback((ticket: TicketView) => {
    setOpen((current) => {
      const next = new Map(current);
      if (ticket.status === 'resolved') next.delete(ticket.id);
      else next.set(ticket.id, ticket);
      return next;
    });
  }, []);

  const reload = useCallback(async () => {
    const tickets = await api<TicketView[]>('GET', '/api/tickets?status=open');
    setOpen(new Map(tickets.map((ticket) => [ticket.id, ticket])));
  }, []);

  useEffect(() => {
    const live = connectStaff();
    setSocket(live);
    const alarm = (ticket: TicketView, titleKey: string) => {
      playAlarm();
      notify(tRef.current(titleKey), label(tRef.current, ticket), ticket.id);
      setAlerted((current) => new Set(current).add(ticket.id));
    };
    live.on('connect', () => {
      setConnection('online');
      // Also after a reconnect: whatever happened meanwhile is read again from the store.
      reload().catch(() => setConnection('offline'));
    });
    live.on('disconnect', () => setConnection('offline'));
    live.on('connect_error', (error: Error & { data?: { code?: string } }) => {
      if (error.data?.code === 'unauthorized') {
        live.close();
        onSignedOut('login.session_ended');
      } else setConnection('offline');
    });
    live.on('ticket:created', (ticket) => {
      upsert(ticket);
      if (ticket.priority === 'emergency') alarm(ticket, 'alerts.new_emergency');
    });
    live.on('ticket:updated', upsert);
    live.on('ticket:alert', ({ ticket, level }) => {
      upsert(ticket);
      if (level === 'supervisor') alarm(ticket, 'alerts.supervisor');
      else if (ticket.priority === 'emergency') alarm(ticket, 'alerts.still_waiting');
      else setAlerted((current) => new Set(current).add(ticket.id));
    });
    live.on('session:ended', ({ reason }) => {
      live.close();
      onSignedOut(reason === 'signed_out' ? undefined : 'login.session_ended');
    });
    return () => {
      live.close();
    };
  }, [reload, upsert, onSignedOut]);

  const go = (next: Tab) => {
    setTab(next);
    setSelected(undefined);
    window.location.hash = next;
  };

  const signOut = async () => {
    await api('POST', '/api/auth/logout').catch(() => undefined);
    onSignedOut(undefined);
  };

  const isAdmin = me.can.includes('user.list');
  const tickets = [...open.values()];

  return (
    <div class="console" onClick={unlockSound}>
      <header class="topbar">
        <h1>{t('app.title')}</h1>
        <nav aria-label={t('nav.label')}>
          <button
            type="button"
            aria-current={tab === 'queue' ? 'page' : undefined}
            onClick={() => go('queue')}
          >
            {t('nav.queue')} <span class="count">{tickets.length}</span>
          </button>
          <button
            type="button"
            aria-current={tab === 'resolved' ? 'page' : undefined}
            onClick={() => go('resolved')}
          >
            {t('nav.resolved')}
          </button>
          {isAdmin ? (
            <button
              type="button"
              aria-current={tab === 'users' ? 'page' : undefined}
              onClick={() => go('users')}
            >
              {t('nav.users')}
            </button>
          ) : null}
          {me.can.includes('audit.view') ? (
            <button
              type="button"
              aria-current={tab === 'audit' ? 'page' : undefined}
              onClick={() => go('audit')}
            >
              {t('nav.audit')}
            </button>
          ) : null}
        </nav>
        <div class="who">
          <span class={`connection connection-${connection}`} role="status">
            {t(`connection.${connection}`)}
          </span>
          {permission === 'default' ? (
            <button
              type="button"
              class="secondary"
              onClick={() => void askNotificationPermission().then(setPermission)}
            >
              {t('alerts.enable')}
            </button>
          ) : null}
          <LanguagePicker t={t} lang={lang} onLang={onLang} />
          <span class="me">
            {me.user.name} · {t(`roles.${me.user.role}`)}
          </span>
          <button type="button" class="secondary" onClick={() => void signOut()}>
            {t('nav.sign_out')}
          </button>
        </div>
      </header>
      <main class={selected ? 'workspace with-panel' : 'workspace'}>
        {tab === 'queue' || tab === 'resolved' ? (
          <Queue
            t={t}
            lang={lang}
            mode={tab === 'queue' ? 'open' : 'resolved'}
            open={tickets}
            alerted={alerted}
            selected={selected}
            onSelect={(id) => {
              setSelected(id);
              setAlerted((current) => {
                const next = new Set(current);
                next.delete(id);
                return next;
              });
            }}
          />
        ) : null}
        {tab === 'users' && isAdmin ? <UsersView t={t} lang={lang} me={me} /> : null}
        {tab === 'audit' && me.can.includes('audit.view') ? <AuditView t={t} lang={lang} /> : null}
        {selected && socket && (tab === 'queue' || tab === 'resolved') ? (
          <TicketPanel
            key={selected}
            ticketId={selected}
            live={open.get(selected)}
            me={me}
            t={t}
            lang={lang}
            socket={socket}
            onChanged={upsert}
            onClose={() => setSelected(undefined)}
          />
        ) : null}
      </main>
    </div>
  );
}
