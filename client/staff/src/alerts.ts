/**
 * Sound and browser notifications for emergency tickets. Browsers only allow sound after the
 * person has interacted with the page (the sign-in click counts), so the audio context is made
 * on the first click; notifications need the person's permission, asked from a button.
 */
let audio: AudioContext | undefined;

export function unlockSound(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {
    audio = undefined;
  }
}

/** Three short rising tones: distinct from an ordinary chime. */
export function playAlarm(): void {
  if (!audio) return;
  const start = audio.currentTime;
  [660, 880, 1100].forEach((frequency, i) => {
    if (!audio) return;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'square';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + i * 0.22);
    gain.gain.exponentialRampToValueAtTime(0.2, start + i * 0.22 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.22 + 0.2);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start + i * 0.22);
    oscillator.stop(start + i * 0.22 + 0.21);
  });
}

export type NotificationState = 'granted' | 'denied' | 'default' | 'unsupported';

export function notificationState(): NotificationState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export async function askNotificationPermission(): Promise<NotificationState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

/** A desktop notification; its text is built by the console from codes and labels, never from patient words. */
export function notify(title: string, body: string, tag: string): void {
  if (notificationState() !== 'granted') return;
  try {
    const note = new Notification(title, { body, tag, requireInteraction: true });
    note.onclick = () => {
      window.focus();
      note.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker; the sound and the list still alert.
  }
}
