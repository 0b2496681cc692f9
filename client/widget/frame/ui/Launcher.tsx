import type { Ref } from 'preact';
import { ChatIcon } from './icons.js';
import { useWidget } from './context.js';

export interface LauncherProps {
  unread: number;
  onOpen: () => void;
  buttonRef: Ref<HTMLButtonElement>;
  wrapRef: Ref<HTMLDivElement>;
}

/** The button in the page's corner. Its visible words are its name, with the count of unread replies. */
export function Launcher({ unread, onOpen, buttonRef, wrapRef }: LauncherProps) {
  const { t } = useWidget();
  return (
    <div class="pc-launcher-wrap" ref={wrapRef}>
      <button type="button" class="pc-launcher" ref={buttonRef} onClick={onOpen} aria-haspopup="dialog">
        <ChatIcon />
        <span class="pc-launcher-label">{t('launcher.label')}</span>
        {unread > 0 ? (
          <span class="pc-badge">
            <span aria-hidden="true">{unread}</span>
            <span class="pc-sr">{t('launcher.unread', { count: unread })}</span>
          </span>
        ) : null}
      </button>
    </div>
  );
}
