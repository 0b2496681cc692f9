import type { HandoffEvent } from '../../../shared/protocol.js';
import { telHref } from '../text/segments.js';
import { CallbackForm, type CallbackResult } from './CallbackForm.js';
import { useWidget } from './context.js';

export type HumanRequest = { state: 'idle' } | { state: 'asking' } | { state: 'failed'; message: string };

export interface HandoffBarProps {
  handoff: HandoffEvent | undefined;
  request: HumanRequest;
  onRequest: () => void;
  onCallback: (phone: string, note: string) => Promise<CallbackResult>;
}

function StaffState({ handoff }: { handoff: HandoffEvent }) {
  const { t } = useWidget();
  switch (handoff.state) {
    case 'waiting':
      return <p class="pc-handoff-state">{t('handoff.waiting')}</p>;
    case 'joined':
      return (
        <p class="pc-handoff-state">
          {handoff.staffName ? t('handoff.joined', { name: handoff.staffName }) : t('handoff.joined_unnamed')}
        </p>
      );
    case 'left':
      return <p class="pc-handoff-state">{t('handoff.left')}</p>;
    case 'no_staff':
      return <p class="pc-handoff-state">{t('handoff.no_staff')}</p>;
  }
}

/**
 * "Talk to a person", always in view, and where the request stands. When nobody is online the patient
 * gets the hospital's number and can ask for a call back.
 */
export function HandoffBar({ handoff, request, onRequest, onCallback }: HandoffBarProps) {
  const { t, numbers } = useWidget();
  const withStaff = handoff?.state === 'waiting' || handoff?.state === 'joined';
  const hospital = handoff?.callNumbers.hospital ?? numbers.hospital;
  return (
    <div class="pc-handoff">
      <div role="status" class="pc-handoff-status">
        {handoff ? <StaffState handoff={handoff} /> : null}
        {request.state === 'failed' ? <p class="pc-handoff-error">{request.message}</p> : null}
      </div>
      {withStaff ? null : (
        <button
          type="button"
          class="pc-human"
          aria-disabled={request.state === 'asking'}
          onClick={() => {
            if (request.state !== 'asking') onRequest();
          }}
        >
          {request.state === 'asking' ? t('handoff.asking') : t('handoff.button')}
        </button>
      )}
      {handoff?.state === 'no_staff' ? (
        <div class="pc-no-staff">
          {hospital ? (
            <a class="pc-call pc-call--urgent" href={telHref(hospital)}>
              {t('handoff.call_hospital', { number: hospital })}
            </a>
          ) : null}
          <CallbackForm onSubmit={onCallback} />
        </div>
      ) : null}
    </div>
  );
}
