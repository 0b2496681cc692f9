import type { Lang } from '../../shared/languages.js';

/** The part of a SpeechSynthesisVoice the choice needs, so the choice is testable without a browser. */
export interface VoiceInfo {
  lang: string;
  name: string;
  localService?: boolean;
  default?: boolean;
}

/**
 * A voice that speaks `lang`, preferring one on the device (it works offline and sends nothing away),
 * then the browser's default. Undefined when there is none: the read-aloud button is then not shown.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: Lang): V | undefined {
  const speaks = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === lang);
  const score = (voice: V) => (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
  return [...speaks].sort((a, b) => score(b) - score(a))[0];
}
