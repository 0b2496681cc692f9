import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { isLang, type Lang } from '../../shared/languages.js';
import type { ErrorBody, HandoffEvent, Reply } from '../../shared/protocol.js';
import { FRAME_SOURCE, isHostMessage, type FrameMessage } from '../bridge.js';
import {
  OFFLINE,
  openConnection,
  TIMEOUT,
  type ChatConnection,
  type ConnectionStatus,
} from './chat/connection.js';
import {
  awaitingReply,
  chatReducer,
  dirOf,
  EMPTY_CHAT,
  pinnedEmergency,
  queuedMessages,
  type ChatItem,
} from './chat/state.js';
import type { FrameConfig } from './config.js';
import { loadCatalog } from './i18n/catalogs.js';
import { createTranslator, type Catalog, type Translate } from './i18n/translate.js';
import { newClientMsgId } from './ids.js';
import { followDetected, type LangChoice, type LangSource } from './lang/choose.js';
import type { WidgetStorage } from './storage.js';
import { TRUSTED_HOSTS } from './text/segments.js';
import { Composer } from './ui/Composer.js';
import { WidgetContext, type WidgetContextValue } from './ui/context.js';
import { EmergencyCard } from './ui/EmergencyCard.js';
import { HandoffBar, type HumanRequest } from './ui/HandoffBar.js';
import type { CallbackResult } from './ui/CallbackForm.js';
import { Launcher } from './ui/Launcher.js';
import { MessageList } from './ui/MessageList.js';
import { Notice } from './ui/Notice.js';
import { Panel } from './ui/Panel.js';
import { VoicesContext } from './ui/ReadAloud.js';
import { stopSpeaking, useVoices } from './ui/speechHooks.js';

export interface HostBridge {
  post(message: FrameMessage): void;
  listen(handler: (data: unknown) => void): () => void;
}

export interface AppProps {
  config: FrameConfig;
  storage: WidgetStorage;
  host: HostBridge;
  choice: LangChoice;
  catalogs: Partial<Record<Lang, Catalog>>;
}

type FocusTarget = 'panel' | 'input' | 'launcher' | undefined;

const NO_STRINGS: Catalog = {};

function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

function errorText(t: Translate, error: ErrorBody): string {
  if (error.message) return error.message;
  if (error.code === TIMEOUT) return t('errors.timeout');
  if (error.code === OFFLINE) return t('errors.offline');
  return t('errors.generic');
}

function speaker(t: Translate, reply: Reply): string {
  if (reply.kind === 'staff') return reply.author ?? t('message.staff');
  if (reply.kind === 'notice') return '';
  return t('message.assistant');
}

export function App({ config, storage, host, choice: initialChoice, catalogs: initialCatalogs }: AppProps) {
  const [choice, setChoice] = useState(initialChoice);
  const [catalogs, setCatalogs] = useState(initialCatalogs);
  const [open, setOpen] = useState(() => storage.get('open') === '1');
  const [accepted, setAccepted] = useState(() => storage.get('accepted') === '1');
  const [chat, dispatch] = useReducer(chatReducer, EMPTY_CHAT);
  const [status, setStatus] = useState<ConnectionStatus | 'idle'>('idle');
  const [restarted, setRestarted] = useState(false);
  const [handoff, setHandoff] = useState<HandoffEvent | undefined>(undefined);
  const [staffTyping, setStaffTyping] = useState(false);
  const [human, setHuman] = useState<HumanRequest>({ state: 'idle' });
  const [unread, setUnread] = useState(0);
  const [polite, setPolite] = useState('');
  const [alert, setAlert] = useState('');
  const [speaking, setSpeaking] = useState<string | undefined>(undefined);
  const voices = useVoices();

  const connection = useRef<ChatConnection | undefined>(undefined);
  const openedByHost = useRef(false);
  const focusNext = useRef<FocusTarget>(undefined);
  const [focusRequests, setFocusRequests] = useState(0);
  const launcherButton = useRef<HTMLButtonElement>(null);
  const launcherWrap = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLElement>(null);
  const noticeHeading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);

  const english = catalogs.en ?? NO_STRINGS;
  const t = useMemo(
    () => createTranslator(choice.lang, catalogs[choice.lang] ?? english, english),
    [choice.lang, catalogs, english],
  );
  const context = useMemo<WidgetContextValue>(
    () => ({
      t,
      lang: choice.lang,
      numbers: config.numbers,
      links: {
        hosts: [...TRUSTED_HOSTS, new URL(config.origin).hostname],
        phones: [config.numbers.emergency, config.numbers.crisis ?? '', config.numbers.hospital ?? ''],
      },
    }),
    [t, choice.lang, config],
  );

  const latest = useLatest({ chat, choice, open, t, catalogs });

  const switchLang = useCallback(
    async (lang: Lang, source: LangSource) => {
      let catalog = latest.current.catalogs[lang];
      if (!catalog) {
        try {
          catalog = await loadCatalog(lang);
        } catch {
          return; // the strings could not be fetched: stay in the current language
        }
        const loaded = catalog;
        setCatalogs((all) => ({ ...all, [lang]: loaded }));
      }
      setChoice({ lang, source });
      if (source === 'chosen') {
        storage.set('lang', lang);
        connection.current?.setLang(lang);
      }
    },
    [latest, storage],
  );

  const deliver = useCallback(
    (clientMsgId: string, text: string) => {
      const live = connection.current;
      if (!live) return;
      void live.send({ text, clientMsgId }).then((ack) => {
        if (ack.ok) dispatch({ type: 'ack', clientMsgId, id: ack.id });
        else dispatch({ type: 'fail', clientMsgId, error: errorText(latest.current.t, ack.error) });
      });
    },
    [latest],
  );

  const send = useCallback(
    (text: string, clientMsgId: string = newClientMsgId()) => {
      const online = connection.current?.online() ?? false;
      dispatch({ type: 'send', clientMsgId, text, online, createdAt: new Date().toISOString() });
      if (online) deliver(clientMsgId, text);
    },
    [deliver],
  );

  const onReply = useCallback(
    (reply: Reply) => {
      dispatch({ type: 'reply', event: reply });
      const { t: tr, open: isOpen, choice: current } = latest.current;
      if (reply.kind === 'emergency') setAlert(`${tr('emergency.title')}. ${reply.text}`);
      else {
        const who = speaker(tr, reply);
        setPolite(who ? `${who}: ${reply.text}` : reply.text);
      }
      if (!isOpen) setUnread((count) => count + 1);
      if (reply.kind !== 'staff' && reply.kind !== 'notice') {
        const next = followDetected(current, reply.lang);
        if (next !== current) void switchLang(next.lang, next.source);
      }
    },
    [latest, switchLang],
  );

  // One connection per frame, opened once the notice is accepted and the chat is wanted (opened now, or a
  // conversation already running in this tab). It stays open while the panel is closed, so replies arrive.
  useEffect(() => {
    if (!accepted || connection.current) return;
    if (!open && storage.get('token') === undefined) return;
    connection.current = openConnection({
      origin: config.origin,
      handshake: () => {
        const token = storage.get('token');
        const { choice: current } = latest.current;
        return {
          ...(token ? { conversationToken: token } : {}),
          ...(current.source === 'default' ? {} : { lang: current.lang }),
        };
      },
      events: {
        status: (next) => {
          setStatus(next);
          if (next === 'online') {
            // A resumed conversation keeps its stored language: a language picked while offline is sent now.
            const { choice: current } = latest.current;
            if (current.source === 'chosen') connection.current?.setLang(current.lang);
            for (const item of queuedMessages(latest.current.chat)) {
              if (!item.clientMsgId) continue;
              dispatch({ type: 'sent', clientMsgId: item.clientMsgId });
              deliver(item.clientMsgId, item.text);
            }
          }
          if (next === 'reconnecting') {
            // Acks do not survive a dropped connection: what was in flight is marked so it can be retried
            // (the history resync marks it delivered if the server did get it).
            for (const item of latest.current.chat.items) {
              if (item.status === 'sent' && item.clientMsgId) {
                dispatch({
                  type: 'fail',
                  clientMsgId: item.clientMsgId,
                  error: latest.current.t('errors.offline'),
                });
              }
            }
          }
        },
        conversation: (event) => {
          const previous = storage.get('token');
          storage.set('token', event.token);
          if (!event.resumed && previous !== undefined && latest.current.chat.items.length > 0)
            setRestarted(true);
          dispatch({ type: 'history', messages: event.messages });
          const { choice: current } = latest.current;
          if (event.lang && event.lang !== current.lang) {
            const next = followDetected(current, event.lang);
            if (next !== current) void switchLang(next.lang, next.source);
          }
        },
        history: (messages) => dispatch({ type: 'history', messages }),
        replyStart: (event) => dispatch({ type: 'reply:start', event }),
        replyDelta: (event) => dispatch({ type: 'reply:delta', event }),
        reply: onReply,
        handoff: (event) => {
          setHandoff(event);
          setHuman({ state: 'idle' });
          if (event.state !== 'joined') setStaffTyping(false);
        },
        typing: setStaffTyping,
      },
    });
  }, [accepted, open, config.origin, storage, latest, deliver, onReply, switchLang]);

  useEffect(() => () => connection.current?.close(), []);

  const openPanel = useCallback(
    (byHost: boolean) => {
      openedByHost.current = byHost;
      focusNext.current = 'panel';
      setFocusRequests((n) => n + 1);
      setOpen(true);
      setUnread(0);
      storage.set('open', '1');
    },
    [storage],
  );

  const closePanel = useCallback(() => {
    stopSpeaking();
    setSpeaking(undefined);
    setOpen(false);
    storage.set('open', '0');
    if (openedByHost.current) {
      openedByHost.current = false;
      host.post({ source: FRAME_SOURCE, type: 'return-focus' });
    } else {
      focusNext.current = 'launcher';
      setFocusRequests((n) => n + 1);
    }
  }, [host, storage]);

  const accept = useCallback(() => {
    storage.set('accepted', '1');
    focusNext.current = 'input';
    setFocusRequests((n) => n + 1);
    setAccepted(true);
  }, [storage]);

  useEffect(
    () =>
      host.listen((data) => {
        if (!isHostMessage(data)) return;
        if (data.type === 'open') openPanel(true);
        else if (data.type === 'close') closePanel();
        else if (isLang(data.lang)) void switchLang(data.lang, 'chosen');
      }),
    [host, openPanel, closePanel, switchLang],
  );

  // Focus moves only after something the patient did: opening, accepting, closing.
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (target === 'launcher') launcherButton.current?.focus();
    else if (target === 'input' || (target === 'panel' && accepted)) input.current?.focus();
    else if (target === 'panel') noticeHeading.current?.focus();
  }, [focusRequests, accepted]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = choice.lang;
    root.dir = dirOf(choice.lang);
    document.title = t('frame.title');
  }, [choice.lang, t]);

  // The host page sizes the frame: the launcher's size while closed, a panel while open.
  useLayoutEffect(() => {
    const report = () => {
      const box = launcherWrap.current?.getBoundingClientRect();
      host.post({
        source: FRAME_SOURCE,
        type: 'layout',
        open,
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        dir: dirOf(choice.lang),
        title: t('frame.title'),
      });
    };
    report();
    const wrap = launcherWrap.current;
    if (!wrap || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(report);
    observer.observe(wrap);
    return () => observer.disconnect();
  }, [host, open, choice.lang, t, unread]);

  const requestHuman = useCallback(async () => {
    setHuman({ state: 'asking' });
    const live = connection.current;
    const ack = live ? await live.requestHuman() : undefined;
    if (ack?.ok) {
      setHuman({ state: 'idle' });
      setHandoff((current) =>
        current?.state === ack.state
          ? current
          : {
              state: ack.state,
              callNumbers: current?.callNumbers ?? { emergency: config.numbers.emergency },
            },
      );
      return;
    }
    const { t: tr } = latest.current;
    const hospital = config.numbers.hospital;
    const fallback = hospital ? tr('handoff.failed_call', { number: hospital }) : tr('handoff.failed');
    setHuman({
      state: 'failed',
      message: ack && !ack.ok && ack.error.message ? ack.error.message : fallback,
    });
  }, [config.numbers, latest]);

  const requestCallback = useCallback(
    async (phone: string, note: string): Promise<CallbackResult> => {
      const live = connection.current;
      const { t: tr } = latest.current;
      if (!live) return { ok: false, message: tr('errors.offline') };
      const ack = await live.requestCallback({ phone, ...(note ? { note } : {}) });
      return ack.ok ? { ok: true } : { ok: false, message: errorText(tr, ack.error) };
    },
    [latest],
  );

  const retry = useCallback((item: ChatItem) => send(item.text, item.clientMsgId), [send]);

  const pinned = pinnedEmergency(chat);
  const typing =
    handoff?.state === 'joined'
      ? staffTyping
        ? handoff.staffName
          ? t('typing.staff', { name: handoff.staffName })
          : t('typing.staff_unnamed')
        : undefined
      : awaitingReply(chat) && status === 'online'
        ? t('typing.assistant')
        : undefined;
  const banner = restarted
    ? t('connection.new_chat')
    : status === 'connecting'
      ? t('connection.connecting')
      : status === 'reconnecting'
        ? t('connection.reconnecting')
        : undefined;

  return (
    <WidgetContext.Provider value={context}>
      <VoicesContext.Provider value={voices}>
        <div class={`pc-root ${open ? 'pc-root--open' : 'pc-root--closed'}`} data-connection={status}>
          {open ? (
            <Panel
              panelRef={panel}
              onClose={closePanel}
              onLang={(lang) => void switchLang(lang, 'chosen')}
              banner={accepted ? banner : undefined}
              pinned={
                pinned ? (
                  <EmergencyCard item={pinned} pinned={true} speaking={speaking} onSpeaking={setSpeaking} />
                ) : null
              }
            >
              {accepted ? (
                <>
                  <MessageList
                    items={chat.items}
                    pinnedKey={pinned?.key}
                    typing={typing}
                    speaking={speaking}
                    onSpeaking={setSpeaking}
                    onRetry={retry}
                  />
                  <HandoffBar
                    handoff={handoff}
                    request={human}
                    onRequest={() => void requestHuman()}
                    onCallback={requestCallback}
                  />
                  <Composer onSend={(text) => send(text)} inputRef={input} />
                </>
              ) : (
                <Notice retentionDays={config.retentionDays} onAccept={accept} headingRef={noticeHeading} />
              )}
            </Panel>
          ) : (
            <Launcher
              unread={unread}
              onOpen={() => openPanel(false)}
              buttonRef={launcherButton}
              wrapRef={launcherWrap}
            />
          )}
          <div class="pc-sr" aria-live="polite" aria-atomic="true">
            {polite}
          </div>
          <div class="pc-sr" role="alert" aria-atomic="true">
            {alert}
          </div>
        </div>
      </VoicesContext.Provider>
    </WidgetContext.Provider>
  );
}
