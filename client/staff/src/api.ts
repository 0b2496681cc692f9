/**
 * The staff JSON API (docs/api.md) over fetch: same-origin cookies, the CSRF token on every
 * state-changing request, and errors as `ApiError` with the server's stable code.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | undefined;
const signedOutListeners = new Set<() => void>();

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when any request finds the session gone (timed out, signed out elsewhere). */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

export async function api<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'offline', 'The server could not be reached.');
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (payload as { error?: Record<string, unknown> } | undefined)?.error ?? {};
    const code = typeof error.code === 'string' ? error.code : 'server_error';
    const message =
      typeof error.message === 'string' ? error.message : `Request failed (${response.status}).`;
    if (response.status === 401 && path !== '/api/auth/login')
      for (const listener of signedOutListeners) listener();
    throw new ApiError(response.status, code, message, error);
  }
  return payload as T;
}

/** A fresh CSRF token: before login it is bound to a pre-login cookie, after login to the session. */
export async function refreshCsrf(): Promise<void> {
  const { csrfToken: token } = await api<{ csrfToken: string }>('GET', '/api/auth/csrf');
  setCsrfToken(token);
}
