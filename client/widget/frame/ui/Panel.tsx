import type { ComponentChildren, Ref } from 'preact';
import type { Lang } from '../../../shared/languages.js';
import { trapTab } from './focus.js';
import { CloseIcon } from './icons.js';
import { LanguageSelect } from './LanguageSelect.js';
import { useWidget } from './context.js';

export interface PanelProps {
  panelRef: Ref<HTMLElement>;
  onClose: () => void;
  onLang: (lang: Lang) => void;
  /** Above the conversation and never scrolled away: the newest emergency message. */
  pinned: ComponentChildren;
  /** Connection trouble, said once in words. */
  banner: string | undefined;
  children: ComponentChildren;
}

/** The open chat: a modal dialog in the frame, Escape or the close button leave it. */
export function Panel({ panelRef, onClose, onLang, pinned, banner, children }: PanelProps) {
  const { t } = useWidget();
  return (
    <section
      class="pc-panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby="pc-title"
      ref={panelRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
          return;
        }
        if (trapTab(event.currentTarget, event)) event.preventDefault();
      }}
    >
      <header class="pc-header">
        <div class="pc-heading">
          <h1 id="pc-title" class="pc-title">
            {t('panel.title')}
          </h1>
          <p class="pc-subtitle">{t('panel.subtitle')}</p>
        </div>
        <LanguageSelect onChange={onLang} />
        <button type="button" class="pc-close" aria-label={t('panel.close')} onClick={onClose}>
          <CloseIcon />
        </button>
      </header>
      {pinned}
      <div role="status" class="pc-banner-slot">
        {banner ? <p class="pc-banner">{banner}</p> : null}
      </div>
      {children}
    </section>
  );
}
