import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../../shared/languages.js';
import { pickVoice } from '../speech.js';

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/** The browser's voices; they often arrive a moment after the page loads (the `voiceschanged` event). */
export function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth()?.getVoices() ?? []);
  useEffect(() => {
    const speech = synth();
    if (!speech) return undefined;
    const refresh = () => setVoices(speech.getVoices());
    speech.addEventListener('voiceschanged', refresh);
    refresh();
    return () => speech.removeEventListener('voiceschanged', refresh);
  }, []);
  return voices;
}

export function voiceFor(
  voices: readonly SpeechSynthesisVoice[],
  lang: Lang,
): SpeechSynthesisVoice | undefined {
  return pickVoice(voices, lang);
}

export function speak(text: string, voice: SpeechSynthesisVoice, onEnd: () => void): void {
  const speech = synth();
  if (!speech) return;
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.onend = onEnd;
  utterance.onerror = onEnd;
  speech.speak(utterance);
}

export function stopSpeaking(): void {
  synth()?.cancel();
}
