import { render } from 'preact';
import type { Lang } from '../../shared/languages.js';
import type { FrameMessage } from '../bridge.js';
import { App, type HostBridge } from './app.js';
import { readFrameConfig } from './config.js';
import { loadCatalog } from './i18n/catalogs.js';
import type { Catalog } from './i18n/translate.js';
import { chooseLang } from './lang/choose.js';
import { createWidgetStorage } from './storage.js';
import './styles.css';

/**
 * The frame's start: read what the server and the host page said, pick the language, fetch its strings
 * (and English, the fallback) and draw the launcher.
 */

const embedded = window.parent !== window;

const host: HostBridge = {
  // Layout and focus requests only, never conversation content, so any embedding page may read them;
  // which pages may embed the frame at all is the server's frame-ancestors policy.
  post: (message: FrameMessage) => {
    if (embedded) window.parent.postMessage(message, '*');
  },
  listen: (handler) => {
    const onMessage = (event: MessageEvent<unknown>) => {
      if (event.source === window.parent) handler(event.data);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  },
};

async function start(): Promise<void> {
  const config = readFrameConfig(document.documentElement, window.location);
  const storage = createWidgetStorage(() => window.sessionStorage);
  const choice = chooseLang({
    chosen: storage.get('lang'),
    page: config.pageLang,
    browser: navigator.languages,
  });
  const wanted: Lang[] = choice.lang === 'en' ? ['en'] : [choice.lang, 'en'];
  const loaded = await Promise.all(wanted.map(async (lang) => [lang, await loadCatalog(lang)] as const));
  const catalogs: Partial<Record<Lang, Catalog>> = Object.fromEntries(loaded);
  const root = document.getElementById('plaincare');
  if (!root) throw new Error('the frame page has no #plaincare element');
  render(<App config={config} storage={storage} host={host} choice={choice} catalogs={catalogs} />, root);
}

void start();
