/**
 * What the server tells the frame when it serves it (data attributes on <html>, see
 * server/http/routes/widget.ts) and what the host page's script tag asked for (the frame's query string).
 */
export interface FrameConfig {
  /** `data-lang` of the host page's script tag: a language code, or "auto". */
  pageLang: string | undefined;
  numbers: { emergency: string; crisis: string | undefined; hospital: string | undefined };
  retentionDays: number;
  /** Where the chat server is: the frame is served by it. */
  origin: string;
}

function attribute(root: HTMLElement, name: string): string | undefined {
  const value = root.dataset[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function readFrameConfig(root: HTMLElement, location: Location): FrameConfig {
  const retention = Number(attribute(root, 'retentionDays'));
  return {
    pageLang: new URLSearchParams(location.search).get('lang') ?? undefined,
    numbers: {
      emergency: attribute(root, 'emergency') ?? '911',
      crisis: attribute(root, 'crisis'),
      hospital: attribute(root, 'hospital'),
    },
    retentionDays: Number.isInteger(retention) && retention > 0 ? retention : 30,
    origin: location.origin,
  };
}
