import type { IncomingMessage } from 'node:http';

export interface OriginPolicy {
  /** Origins allowed besides our own (ALLOWED_ORIGINS); '*' allows any. */
  allowed: readonly string[];
  /** PUBLIC_URL's origin, when the server is reached through a proxy under another name. */
  publicOrigin?: string;
}

/**
 * Browsers always send Origin on a websocket handshake: one from a site we do not serve is refused
 * (cross-site websocket hijacking). Clients without an Origin (scripts, servers) are not browsers
 * and carry no ambient credentials, so they are let through.
 */
export function originAllowed(req: IncomingMessage, policy: OriginPolicy): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (policy.allowed.includes('*') || policy.allowed.includes(origin)) return true;
  if (policy.publicOrigin !== undefined && origin === policy.publicOrigin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
