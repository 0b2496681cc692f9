import { useContext } from 'preact/hooks';
import { createContext } from 'preact';
import type { ChatItem } from '../chat/state.js';
import { SpeakerIcon } from './icons.js';
import { speak, stopSpeaking, voiceFor } from './speechHooks.js';
import { useWidget } from './context.js';

/** The browser's voices, provided once by the app so every message does not subscribe on its own. */
export const VoicesContext = createContext<readonly SpeechSynthesisVoice[]>([]);

export interface ReadAloudProps {
  item: ChatItem;
  speaking: string | undefined;
  onSpeaking: (key: string | undefined) => void;
}

/** Reads one message in its own language; not shown when the browser has no voice for that language. */
export function ReadAloud({ item, speaking, onSpeaking }: ReadAloudProps) {
  const { t, lang: uiLang } = useWidget();
  const voices = useContext(VoicesContext);
  const voice = voiceFor(voices, item.lang ?? uiLang);
  if (!voice || item.text.length === 0 || item.streaming) return null;
  const active = speaking === item.key;
  const toggle = () => {
    if (active) {
      stopSpeaking();
      onSpeaking(undefined);
      return;
    }
    onSpeaking(item.key);
    speak(item.text, voice, () => onSpeaking(undefined));
  };
  return (
    <button type="button" class="pc-speak" onClick={toggle}>
      <SpeakerIcon />
      <span>{active ? t('message.stop_reading') : t('message.read_aloud')}</span>
    </button>
  );
}
