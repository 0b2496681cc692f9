import { hmac, looksLikeToken, newToken, sameSecret } from './tokens.js';

/**
 * CSRF tokens. With a session, the token is the session's own random `csrfToken`. Before login
 * there is no session, so the login form's token is an HMAC of a random value kept in an
 * HttpOnly SameSite=Strict cookie: a page on another site can neither read the token nor set the
 * cookie. The HMAC key is SESSION_SECRET (a random one per process when it is unset, in development).
 */
export interface AnonymousCsrf {
  issue(): { cookieValue: string; token: string };
  check(cookieValue: string | undefined, token: unknown): boolean;
}

export function createAnonymousCsrf(secret: Buffer): AnonymousCsrf {
  const sign = (value: string) => hmac(secret, `csrf:${value}`);
  return {
    issue() {
      const cookieValue = newToken();
      return { cookieValue, token: sign(cookieValue) };
    },
    check(cookieValue, token) {
      if (!looksLikeToken(cookieValue) || typeof token !== 'string') return false;
      return sameSecret(sign(cookieValue), token);
    },
  };
}

export function sessionCsrfMatches(expected: string, token: unknown): boolean {
  return typeof token === 'string' && sameSecret(expected, token);
}
