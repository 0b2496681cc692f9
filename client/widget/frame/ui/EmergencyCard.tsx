import type { ChatItem } from '../chat/state.js';
import { telHref } from '../text/segments.js';
import { ReadAloud } from './ReadAloud.js';
import { RichText } from './RichText.js';
import { PhoneIcon } from './icons.js';
import { useWidget } from './context.js';

export interface EmergencyCardProps {
  item: ChatItem;
  /** The pinned card sits above the conversation, so later messages cannot push it out of view. */
  pinned: boolean;
  speaking: string | undefined;
  onSpeaking: (key: string | undefined) => void;
}

/** Numbers to call: the reply's own, else the hospital's configuration (a history entry carries none). */
function callNumbers(item: ChatItem, configured: { emergency: string; crisis: string | undefined }) {
  const emergency = item.callNumbers?.emergency ?? configured.emergency;
  const crisis =
    item.callNumbers?.crisis ??
    (configured.crisis !== undefined && item.text.includes(configured.crisis)
      ? configured.crisis
      : undefined);
  return { emergency, crisis };
}

export function EmergencyCard({ item, pinned, speaking, onSpeaking }: EmergencyCardProps) {
  const { t, numbers } = useWidget();
  const call = callNumbers(item, numbers);
  const titleId = `pc-emergency-${pinned ? 'pinned' : item.key}`;
  return (
    <section class={`pc-emergency${pinned ? ' pc-emergency--pinned' : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId} class="pc-emergency-title">
        {t('emergency.title')}
      </h2>
      <p class="pc-emergency-text" lang={item.lang} dir={item.dir}>
        <RichText text={item.text} />
      </p>
      <div class="pc-emergency-actions">
        <a class="pc-call" href={telHref(call.emergency)}>
          <PhoneIcon />
          <span>{t('emergency.call', { number: call.emergency })}</span>
        </a>
        {call.crisis ? (
          <a class="pc-call pc-call--secondary" href={telHref(call.crisis)}>
            <PhoneIcon />
            <span>{t('emergency.crisis', { number: call.crisis })}</span>
          </a>
        ) : null}
        <ReadAloud item={item} speaking={speaking} onSpeaking={onSpeaking} />
      </div>
    </section>
  );
}
