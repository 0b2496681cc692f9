import type { CookieOptions } from 'express';
import type { Config } from '../config.js';

/**
 * Cookie names and flags. Over HTTPS (production, or PUBLIC_URL https://) the names carry the
 * `__Host-` prefix, which browsers only accept with Secure, Path=/ and no Domain: the cookie cannot
 * be set by a sibling subdomain. Over plain http (development) the prefix and Secure would make
 * browsers drop the cookie, so `npm start` at http://localhost:3000 uses plain names.
 */
export interface CookieNames {
  session: string;
  /** Holds the pre-login CSRF secret (before there is a session to bind the token to). */
  csrf: string;
}

export function usesSecureCookies(config: Config): boolean {
  return config.env === 'production' || (config.publicUrl?.startsWith('https://') ?? false);
}

export function cookieNames(secure: boolean): CookieNames {
  return secure
    ? { session: '__Host-plaincare_session', csrf: '__Host-plaincare_csrf' }
    : { session: 'plaincare_session', csrf: 'plaincare_csrf' };
}

export function cookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/' };
}

/** Reads one cookie from a Cookie header (HTTP request or websocket handshake). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
