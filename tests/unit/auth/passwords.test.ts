import { describe, expect, test } from '@jest/globals';
import { hashPassword, passwordProblem, verifyPassword } from '../../../server/auth/passwords.js';

describe('staff passwords', () => {
  test.each([
    ['short', /at least 12/],
    ['elevenchars', /at least 12/],
    ['x'.repeat(257), /at most 256/],
    ['ana@example.org', /not be the email/],
  ])('"%s" is refused', (password, problem) => {
    expect(passwordProblem(password, 'ana@example.org')).toMatch(problem);
  });

  test.each(['twelve chars', 'correct horse battery staple', 'ñandú pájaro 鸟 🐦 птица'])(
    '"%s" is accepted (length is the rule)',
    (password) => {
      expect(passwordProblem(password, 'ana@example.org')).toBeUndefined();
    },
  );

  test('hashes are argon2id, salted, and verify only the right password', async () => {
    const one = await hashPassword('correct horse battery staple');
    const two = await hashPassword('correct horse battery staple');
    expect(one).toMatch(/^\$argon2id\$/);
    expect(one).not.toBe(two);
    await expect(verifyPassword(one, 'correct horse battery staple')).resolves.toBe(true);
    await expect(verifyPassword(one, 'correct horse battery stapler')).resolves.toBe(false);
    await expect(verifyPassword(undefined, 'anything at all')).resolves.toBe(false);
    await expect(verifyPassword('not a hash', 'anything at all')).resolves.toBe(false);
  });
});
