import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { MAX_MESSAGE_CHARS } from '../../../shared/protocol.js';
import { SendIcon } from './icons.js';
import { useWidget } from './context.js';

export interface ComposerProps {
  onSend: (text: string) => void;
  inputRef: Ref<HTMLTextAreaElement>;
}

/** Characters left are shown only near the limit, where they help. */
const SHOW_REMAINING_BELOW = 200;

export function Composer({ onSend, inputRef }: ComposerProps) {
  const { t } = useWidget();
  const [text, setText] = useState('');
  const remaining = MAX_MESSAGE_CHARS - [...text].length;

  const submit = () => {
    const trimmed = text.trim();
    if (trimmed.length === 0 || remaining < 0) return;
    onSend(trimmed);
    setText('');
  };

  return (
    <form
      class="pc-composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label for="pc-input" class="pc-sr">
        {t('composer.label')}
      </label>
      <textarea
        id="pc-input"
        class="pc-input"
        ref={inputRef}
        rows={1}
        dir="auto"
        value={text}
        placeholder={t('composer.placeholder')}
        aria-describedby={remaining < SHOW_REMAINING_BELOW ? 'pc-remaining' : undefined}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter sends; Shift+Enter is a new line; Enter that ends an IME composition (Chinese, Korean,
          // Vietnamese input) only confirms the characters.
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <button type="submit" class="pc-send" aria-label={t('composer.send')}>
        <SendIcon />
      </button>
      {remaining < SHOW_REMAINING_BELOW ? (
        <p id="pc-remaining" class={`pc-remaining${remaining < 0 ? ' pc-remaining--over' : ''}`}>
          {remaining < 0
            ? t('composer.too_long', { count: -remaining })
            : t('composer.remaining', { count: remaining })}
        </p>
      ) : null}
    </form>
  );
}
