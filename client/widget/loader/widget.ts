import { HOST_SOURCE, isFrameMessage, type FrameLayout, type HostMessage } from '../bridge.js';

/**
 * widget.js: the one script a hospital adds to its pages.
 *
 *   <script src="https://plaincare.hospital.example/widget.js" data-lang="auto" async></script>
 *
 * It places one iframe (served by PlainCare, on PlainCare's origin) in the page's corner and sizes it: as
 * small as the launcher while closed, a panel (or the whole screen on a phone) while open. Everything the
 * patient sees and writes lives in that frame, so the host page's styles cannot reach it and the host's
 * other scripts (analytics, session replay) cannot read the conversation. The page's own "Chat with us"
 * buttons open it with `window.PlainCare.open()`, or with no script at all by carrying `data-plaincare-open`.
 */

export interface PlainCareApi {
  open(): void;
  close(): void;
  /** Switches the widget's language ("en", "es", "zh", "vi", "ko", "ar"). */
  setLang(lang: string): void;
}

declare global {
  interface Window {
    PlainCare?: PlainCareApi;
  }
}

const EDGE_GAP = 16;
const PANEL_WIDTH = 420;
const PANEL_HEIGHT = 720;
/** Below these (phones, or a desktop zoomed to 200 %), the open panel takes the whole window. */
const COMPACT_WIDTH = 600;
const COMPACT_HEIGHT = 520;

function start(script: HTMLScriptElement): void {
  const base = new URL('.', script.src);
  const origin = base.origin;
  const frameUrl = new URL('widget/frame', base);
  frameUrl.searchParams.set('lang', script.dataset.lang ?? 'auto');

  const frame = document.createElement('iframe');
  frame.src = frameUrl.href;
  frame.title = 'PlainCare';
  const style = frame.style;
  style.position = 'fixed';
  style.border = '0';
  style.margin = '0';
  style.padding = '0';
  style.zIndex = '2147483000';
  style.background = 'transparent';
  style.colorScheme = 'light';
  style.maxWidth = '100vw';
  style.maxHeight = '100vh';
  style.width = '0';
  style.height = '0';
  // Hidden until the frame says how big its launcher is, so no empty box flashes.
  style.visibility = 'hidden';

  let layout: FrameLayout | undefined;
  let waiting: HostMessage[] = [];
  let returnFocusTo: Element | null = null;

  const place = () => {
    if (!layout) return;
    style.visibility = 'visible';
    const rtl = layout.dir === 'rtl';
    style.left = style.right = style.top = style.bottom = '';
    const compact = window.innerWidth < COMPACT_WIDTH || window.innerHeight < COMPACT_HEIGHT;
    if (layout.open && compact) {
      style.top = style.left = '0';
      style.width = '100%';
      style.height = '100%';
      style.borderRadius = '0';
      style.boxShadow = 'none';
      return;
    }
    style.bottom = `${EDGE_GAP}px`;
    style[rtl ? 'left' : 'right'] = `${EDGE_GAP}px`;
    if (layout.open) {
      style.width = `${Math.min(PANEL_WIDTH, window.innerWidth - 2 * EDGE_GAP)}px`;
      style.height = `${Math.min(PANEL_HEIGHT, window.innerHeight - 2 * EDGE_GAP)}px`;
      style.borderRadius = '12px';
      style.boxShadow = '0 8px 32px rgba(0, 0, 0, 0.28)';
    } else {
      style.width = `${Math.ceil(layout.width)}px`;
      style.height = `${Math.ceil(layout.height)}px`;
      style.borderRadius = '0';
      style.boxShadow = 'none';
    }
  };

  const post = (message: HostMessage) => {
    if (!layout) {
      waiting.push(message);
      return;
    }
    frame.contentWindow?.postMessage(message, origin);
  };

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== frame.contentWindow || event.origin !== origin || !isFrameMessage(event.data))
      return;
    const message = event.data;
    if (message.type === 'return-focus') {
      if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
      returnFocusTo = null;
      return;
    }
    const first = layout === undefined;
    layout = message;
    frame.title = message.title;
    place();
    if (first) {
      const queued = waiting;
      waiting = [];
      for (const command of queued) post(command);
    }
  });
  window.addEventListener('resize', place);

  window.PlainCare = {
    open() {
      returnFocusTo = document.activeElement;
      // Focus moves into the frame first: a frame may then move it to its own controls.
      frame.focus();
      post({ source: HOST_SOURCE, type: 'open' });
    },
    close() {
      post({ source: HOST_SOURCE, type: 'close' });
    },
    setLang(lang) {
      post({ source: HOST_SOURCE, type: 'lang', lang });
    },
  };

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-plaincare-open]') : null;
    if (!target) return;
    event.preventDefault();
    window.PlainCare?.open();
  });

  const attach = () => document.body.appendChild(frame);
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach, { once: true });
}

const current = document.currentScript;
if (current instanceof HTMLScriptElement && current.src && !window.PlainCare) start(current);
