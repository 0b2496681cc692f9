import { useState } from 'preact/hooks';
import { CALLBACK_NOTE_MAX_CHARS, phoneLooksValid } from '../text/phone.js';
import { useWidget } from './context.js';

export type CallbackResult = { ok: true } | { ok: false; message: string };

type FormState = { state: 'editing'; problem?: string } | { state: 'sending' } | { state: 'sent' };

export function CallbackForm({
  onSubmit,
}: {
  onSubmit: (phone: string, note: string) => Promise<CallbackResult>;
}) {
  const { t } = useWidget();
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  const [form, setForm] = useState<FormState>({ state: 'editing' });

  if (form.state === 'sent') {
    return (
      <p class="pc-callback-done" role="status">
        {t('callback.sent')}
      </p>
    );
  }
  const problem = form.state === 'editing' ? form.problem : undefined;
  return (
    <form
      class="pc-callback"
      aria-labelledby="pc-callback-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (form.state === 'sending') return;
        if (!phoneLooksValid(phone)) {
          setForm({ state: 'editing', problem: t('callback.invalid_phone') });
          return;
        }
        setForm({ state: 'sending' });
        void onSubmit(phone.trim(), note.trim()).then((result) =>
          setForm(result.ok ? { state: 'sent' } : { state: 'editing', problem: result.message }),
        );
      }}
    >
      <h3 id="pc-callback-title" class="pc-callback-title">
        {t('callback.title')}
      </h3>
      <label for="pc-callback-phone">{t('callback.phone')}</label>
      <input
        id="pc-callback-phone"
        type="tel"
        autocomplete="tel"
        dir="ltr"
        value={phone}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'pc-callback-problem' : undefined}
        onInput={(event) => setPhone(event.currentTarget.value)}
      />
      <label for="pc-callback-note">{t('callback.note')}</label>
      <input
        id="pc-callback-note"
        type="text"
        dir="auto"
        maxLength={CALLBACK_NOTE_MAX_CHARS}
        value={note}
        onInput={(event) => setNote(event.currentTarget.value)}
      />
      {problem ? (
        <p id="pc-callback-problem" class="pc-handoff-error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" class="pc-primary" aria-disabled={form.state === 'sending'}>
        {t('callback.send')}
      </button>
    </form>
  );
}
