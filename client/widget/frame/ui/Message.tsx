import { dirOf, type ChatItem } from '../chat/state.js';
import { telHref } from '../text/segments.js';
import { EmergencyCard } from './EmergencyCard.js';
import { ReadAloud } from './ReadAloud.js';
import { RichText } from './RichText.js';
import { useWidget } from './context.js';

export interface MessageProps {
  item: ChatItem;
  /** The emergency message shown pinned at the top, which the list only points to. */
  pinnedKey: string | undefined;
  speaking: string | undefined;
  onSpeaking: (key: string | undefined) => void;
  onRetry: (item: ChatItem) => void;
}

function PatientStatus({ item, onRetry }: { item: ChatItem; onRetry: (item: ChatItem) => void }) {
  const { t } = useWidget();
  if (item.status === 'failed') {
    return (
      <div class="pc-status pc-status--failed">
        <span>{item.error ?? t('status.failed')}</span>
        <button type="button" class="pc-retry" onClick={() => onRetry(item)}>
          {t('status.retry')}
        </button>
      </div>
    );
  }
  const label = item.status ? t(`status.${item.status}`) : undefined;
  return label ? <div class="pc-status">{label}</div> : null;
}

/**
 * Who said it, in the widget's language. It carries its own lang and dir, so a bubble with dir="auto"
 * takes its direction from the message, not from this label.
 */
function Who({ item }: { item: ChatItem }) {
  const { t, lang } = useWidget();
  const dir = dirOf(lang);
  if (item.role === 'patient') {
    return (
      <span class="pc-sr" lang={lang} dir={dir}>
        {t('message.you')}:{' '}
      </span>
    );
  }
  if (item.role === 'staff') {
    return (
      <span class="pc-author" dir="auto">
        {item.author ?? t('message.staff')}
      </span>
    );
  }
  if (item.role === 'assistant') {
    return (
      <span class="pc-sr" lang={lang} dir={dir}>
        {t('message.assistant')}:{' '}
      </span>
    );
  }
  return null;
}

function Sources({ item }: { item: ChatItem }) {
  const { t } = useWidget();
  if (!item.sources || item.sources.length === 0) return null;
  return (
    <p class="pc-sources">
      {t('message.sources')}{' '}
      {item.sources.map((source, index) => (
        <span key={source.id} lang={source.lang}>
          {index > 0 ? ', ' : ''}
          {source.title}
        </span>
      ))}
    </p>
  );
}

function UrgentActions({ item }: { item: ChatItem }) {
  const { t, numbers } = useWidget();
  const hospital = item.callNumbers?.hospital ?? numbers.hospital;
  if (!hospital) return null;
  return (
    <a class="pc-call pc-call--urgent" href={telHref(hospital)}>
      {t('urgent.call_hospital', { number: hospital })}
    </a>
  );
}

export function Message({ item, pinnedKey, speaking, onSpeaking, onRetry }: MessageProps) {
  const { t } = useWidget();
  if (item.kind === 'emergency') {
    return (
      <li class="pc-item">
        {item.key === pinnedKey ? (
          <p class="pc-pointer">{t('emergency.pinned')}</p>
        ) : (
          <EmergencyCard item={item} pinned={false} speaking={speaking} onSpeaking={onSpeaking} />
        )}
      </li>
    );
  }
  const kindClass = item.kind ? ` pc-msg--${item.kind}` : '';
  return (
    <li class={`pc-item pc-item--${item.role}`}>
      <div class={`pc-msg pc-msg--${item.role}${kindClass}`} lang={item.lang} dir={item.dir}>
        {item.kind === 'urgent' ? <p class="pc-urgent-title">{t('urgent.title')}</p> : null}
        <Who item={item} />
        <p class="pc-text">
          <RichText text={item.text} />
          {item.streaming ? <span class="pc-caret" aria-hidden="true" /> : null}
        </p>
        <Sources item={item} />
        {item.kind === 'urgent' ? <UrgentActions item={item} /> : null}
      </div>
      {item.role === 'patient' ? (
        <PatientStatus item={item} onRetry={onRetry} />
      ) : (
        <ReadAloud item={item} speaking={speaking} onSpeaking={onSpeaking} />
      )}
    </li>
  );
}
