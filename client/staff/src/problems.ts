import { ApiError } from './api.js';
import type { Translate } from './i18n.js';

/** An error as the person reads it: our own words for known codes, the server's message otherwise. */
export function problemText(t: Translate, error: unknown, values: Record<string, string> = {}): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    const known = t(key, values);
    if (known !== key) return known;
    if (error.status > 0 && error.status < 500) return error.message;
  }
  return t('errors.generic');
}

/** The ack error of a socket event, the same way. */
export function ackProblem(
  t: Translate,
  error: { code: string; message: string },
  values: Record<string, string> = {},
): string {
  const key = `errors.${error.code}`;
  const known = t(key, values);
  return known !== key ? known : error.message;
}
