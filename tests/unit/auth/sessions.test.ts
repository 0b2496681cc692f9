import { describe, expect, test } from '@jest/globals';
import { readCookie } from '../../../server/auth/cookies.js';
import { createAnonymousCsrf } from '../../../server/auth/csrf.js';
import { createSessions } from '../../../server/auth/sessions.js';
import { createMemoryStore } from '../../../server/store/memory/index.js';

const MINUTE = 60_000;

function setup() {
  let clock = 1_000_000;
  const store = createMemoryStore({ retentionMs: 1, now: () => clock });
  const sessions = createSessions({
    store: store.sessions,
    now: () => clock,
    settings: { idleMs: 15 * MINUTE, maxMs: 12 * 60 * MINUTE },
  });
  return { sessions, advance: (ms: number) => (clock += ms), store };
}

describe('staff sessions', () => {
  test('a token is 256 random bits and only its hash is stored', async () => {
    const { sessions, store } = setup();
    const { token, session } = await sessions.start('u1');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(session.key).toMatch(/^[0-9a-f]{64}$/);
    expect(session.key).not.toContain(token);
    await expect(store.sessions.get(token)).resolves.toBeUndefined();
    await expect(store.sessions.get(session.key)).resolves.toMatchObject({ userId: 'u1' });
  });

  test('idle for 15 minutes ends it; use keeps it alive; a heartbeat does not', async () => {
    const { sessions, advance } = setup();
    const { token } = await sessions.start('u1');
    advance(14 * MINUTE);
    await expect(sessions.resume(token)).resolves.toBeDefined();
    advance(14 * MINUTE);
    await expect(sessions.resume(token, { touch: false })).resolves.toBeDefined();
    advance(2 * MINUTE);
    await expect(sessions.resume(token)).resolves.toBeUndefined();
  });

  test('12 hours after login it ends however busy', async () => {
    const { sessions, advance } = setup();
    const { token } = await sessions.start('u1');
    for (let i = 0; i < 71; i += 1) {
      advance(10 * MINUTE);
      await expect(sessions.resume(token)).resolves.toBeDefined();
    }
    advance(10 * MINUTE);
    await expect(sessions.resume(token)).resolves.toBeUndefined();
  });

  test.each([undefined, '', 'short', 'x'.repeat(43) + '!', 42])(
    'a malformed token (%p) is no session',
    async (token) => {
      await expect(setup().sessions.resume(token)).resolves.toBeUndefined();
    },
  );

  test('the pre-login CSRF token is bound to its cookie', () => {
    const csrf = createAnonymousCsrf(Buffer.from('k'.repeat(32)));
    const other = createAnonymousCsrf(Buffer.from('q'.repeat(32)));
    const { cookieValue, token } = csrf.issue();
    expect(csrf.check(cookieValue, token)).toBe(true);
    expect(csrf.check(csrf.issue().cookieValue, token)).toBe(false);
    expect(csrf.check(cookieValue, undefined)).toBe(false);
    expect(other.check(cookieValue, token)).toBe(false);
  });

  test.each<[string | undefined, string, string | undefined]>([
    ['a=1; plaincare_session=abc; b=2', 'plaincare_session', 'abc'],
    ['plaincare_session=a%2Fb', 'plaincare_session', 'a/b'],
    ['x_plaincare_session=abc', 'plaincare_session', undefined],
    [undefined, 'plaincare_session', undefined],
  ])('cookie header %p → %s = %p', (header, name, value) => {
    expect(readCookie(header, name)).toBe(value);
  });
});
