import { describe, expect, test } from '@jest/globals';
import { pickVoice, type VoiceInfo } from '../../../client/widget/frame/speech.js';

/** Read-aloud uses a voice in the message's language, or is not offered at all. */

const voices: VoiceInfo[] = [
  { name: 'Google US English', lang: 'en-US', localService: false, default: true },
  { name: 'Local English', lang: 'en_GB', localService: true },
  { name: 'Paulina', lang: 'es-MX', localService: true },
  { name: 'Maged', lang: 'ar-SA', localService: true },
  { name: 'Remote Korean', lang: 'ko-KR', localService: false },
];

describe('the voice for a message', () => {
  test.each([
    ['en', 'Local English'],
    ['es', 'Paulina'],
    ['ar', 'Maged'],
    ['ko', 'Remote Korean'],
    ['zh', undefined],
    ['vi', undefined],
  ] as const)('%s → %s', (lang, name) => {
    expect(pickVoice(voices, lang)?.name).toBe(name);
  });

  test('no voices at all (many headless and some mobile browsers): no read-aloud', () => {
    expect(pickVoice([], 'en')).toBeUndefined();
  });
});
