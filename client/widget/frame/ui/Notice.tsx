import type { Ref } from 'preact';
import { RichText } from './RichText.js';
import { useWidget } from './context.js';

export interface NoticeProps {
  retentionDays: number;
  onAccept: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** What the assistant is and is not, and what is kept for how long: accepted before the first message. */
export function Notice({ retentionDays, onAccept, headingRef }: NoticeProps) {
  const { t, numbers } = useWidget();
  return (
    <div class="pc-notice" role="region" aria-labelledby="pc-notice-title">
      <h2 id="pc-notice-title" class="pc-notice-title" tabIndex={-1} ref={headingRef}>
        {t('notice.title')}
      </h2>
      <ul class="pc-notice-list">
        <li>{t('notice.what')}</li>
        <li>{t('notice.not_doctor')}</li>
        <li class="pc-notice-emergency">
          <RichText text={t('notice.not_emergency', { emergency: numbers.emergency })} />
        </li>
        <li>{t('notice.stored', { count: retentionDays })}</li>
        <li>{t('notice.private')}</li>
      </ul>
      <button type="button" class="pc-primary" onClick={onAccept}>
        {t('notice.accept')}
      </button>
    </div>
  );
}
