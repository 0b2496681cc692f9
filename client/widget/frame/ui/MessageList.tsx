import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ChatItem } from '../chat/state.js';
import { Message } from './Message.js';
import { useWidget } from './context.js';

export interface MessageListProps {
  items: readonly ChatItem[];
  pinnedKey: string | undefined;
  /** What to show while an answer is on its way ("The assistant is writing…"), if anything. */
  typing: string | undefined;
  speaking: string | undefined;
  onSpeaking: (key: string | undefined) => void;
  onRetry: (item: ChatItem) => void;
}

/** Near the bottom means the patient is following along: new text scrolls into view. */
const FOLLOW_SLACK_PX = 80;

export function MessageList({ items, pinnedKey, typing, speaking, onSpeaking, onRetry }: MessageListProps) {
  const { t } = useWidget();
  const scroller = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const lastText = items.length > 0 ? (items[items.length - 1]?.text.length ?? 0) : 0;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [items.length, lastText, typing]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    following.current = element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_SLACK_PX;
  };

  return (
    <div
      class="pc-log-scroll"
      ref={scroller}
      onScroll={onScroll}
      tabIndex={0}
      role="region"
      aria-label={t('panel.conversation')}
    >
      <ol class="pc-log">
        {items.length === 0 ? (
          <li class="pc-item pc-item--assistant pc-welcome">
            <div class="pc-msg pc-msg--assistant">
              <p class="pc-text">{t('panel.welcome')}</p>
            </div>
          </li>
        ) : null}
        {items.map((item) => (
          <Message
            key={item.key}
            item={item}
            pinnedKey={pinnedKey}
            speaking={speaking}
            onSpeaking={onSpeaking}
            onRetry={onRetry}
          />
        ))}
        {typing ? (
          <li class="pc-item pc-typing">
            <span class="pc-dots" aria-hidden="true">
              <span />
              <span />
              <span />
            </span>
            <span>{typing}</span>
          </li>
        ) : null}
      </ol>
    </div>
  );
}
