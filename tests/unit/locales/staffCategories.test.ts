import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { projectPath } from '../../../server/paths.js';
import { RED_FLAG_CATEGORIES } from '../../../safety/screen/index.js';

/**
 * The staff console names a ticket's red flags in the agent's language (locales/<lang>/staff.json,
 * `category.*`; parity.test.ts holds the other five languages to English). A category the screener
 * raises but the catalog lacks would show as a bare id, so each one needs a name.
 */
test('the staff console has a name for every red-flag category, and no name for a category that does not exist', () => {
  const staff = JSON.parse(readFileSync(projectPath('locales', 'en', 'staff.json'), 'utf8')) as {
    category: Record<string, string>;
  };
  expect(Object.keys(staff.category).sort()).toEqual([...RED_FLAG_CATEGORIES].sort());
});
