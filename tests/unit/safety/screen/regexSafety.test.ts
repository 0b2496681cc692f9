import { describe, expect, test } from '@jest/globals';
import { PHI_PATTERNS } from '../../../../safety/phi/index.js';
import { checkPattern } from '../../../../safety/screen/regexSafety.js';
import { STRUCTURAL_MARKERS } from '../../../../safety/injection/index.js';

/**
 * No catastrophic backtracking: every regular expression in safety/ is checked structurally.
 * The screener itself matches lexicon words with maps and bounded windows, not regular
 * expressions, so a hospital's lexicon cannot introduce one; the injection markers are substrings.
 */
describe('pattern safety check', () => {
  test.each([
    [/(a+)+$/, false],
    [/(\w*\s?)*x/, false],
    [/(a|ab)*c/, false],
    [/(x)\1/, false],
    [/^\d{3}-\d{2}-\d{4}$/, true],
    [/[A-Z]{1,3}-?\d{6,10}/, true],
    [/(?:\.[a-z]{1,63}){1,8}/, true],
  ])('%s is judged safe: %s', (pattern, safe) => {
    expect(checkPattern(pattern).safe).toBe(safe);
  });

  test.each(PHI_PATTERNS.map((pattern, index) => [index, pattern] as const))(
    'PHI pattern %i is linear',
    (_index, pattern) => {
      expect(checkPattern(pattern)).toEqual({ safe: true });
    },
  );

  test('injection markers are plain text, not patterns', () => {
    for (const marker of STRUCTURAL_MARKERS) expect(typeof marker.text).toBe('string');
  });
});
