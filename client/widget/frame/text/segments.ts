/**
 * Every message is shown as text. The only links in a message are web addresses on an allow-list and the
 * phone numbers the hospital configured (emergency, crisis line, hospital), which become `tel:` links.
 * Anything else that looks like a link stays plain text, so a message can never lead a patient elsewhere.
 */

export type Segment =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string; external: boolean };

export interface LinkPolicy {
  /** Hosts whose pages may be linked (a host also allows its subdomains). */
  hosts: readonly string[];
  /** Phone numbers that may become `tel:` links when they appear in a message. */
  phones: readonly string[];
}

/** Public-domain patient education the vetted library cites (see ARCHITECTURE.md, content sources). */
export const TRUSTED_HOSTS: readonly string[] = ['medlineplus.gov', 'cdc.gov', 'nih.gov', 'ahrq.gov'];

const URL_PATTERN = /https?:\/\/[^\s<>"'()]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?…。，、！？]+$/;

export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

export function hostAllowed(host: string, hosts: readonly string[]): boolean {
  const lower = host.toLowerCase();
  return hosts.some((allowed) => lower === allowed || lower.endsWith(`.${allowed}`));
}

function allowedUrl(candidate: string, hosts: readonly string[]): URL | undefined {
  if (!URL.canParse(candidate)) return undefined;
  const url = new URL(candidate);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  return hostAllowed(url.hostname, hosts) ? url : undefined;
}

interface Match {
  start: number;
  end: number;
  href: string;
  external: boolean;
}

function urlMatches(text: string, hosts: readonly string[]): Match[] {
  const found: Match[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0].replace(TRAILING_PUNCTUATION, '');
    const url = allowedUrl(raw, hosts);
    if (url)
      found.push({ start: match.index, end: match.index + raw.length, href: url.href, external: true });
  }
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phoneMatches(text: string, phones: readonly string[]): Match[] {
  const found: Match[] = [];
  for (const phone of new Set(phones.filter((p) => p.trim().length > 0))) {
    // A number counts only when it stands alone, not inside a longer number ("911" in "19115").
    const pattern = new RegExp(`(?<![\\d+])${escapeRegExp(phone)}(?!\\d)`, 'g');
    for (const match of text.matchAll(pattern)) {
      found.push({
        start: match.index,
        end: match.index + phone.length,
        href: telHref(phone),
        external: false,
      });
    }
  }
  return found;
}

/** Splits a message into text and allowed links, in order; joining the segments' text gives back the message. */
export function toSegments(text: string, policy: LinkPolicy): Segment[] {
  const matches = [...urlMatches(text, policy.hosts), ...phoneMatches(text, policy.phones)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const segments: Segment[] = [];
  let cursor = 0;
  for (const match of matches) {
    if (match.start < cursor) continue; // overlaps a link already taken (a number inside an address)
    if (match.start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, match.start) });
    segments.push({
      kind: 'link',
      text: text.slice(match.start, match.end),
      href: match.href,
      external: match.external,
    });
    cursor = match.end;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  return segments;
}
