import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../../../client/shared/languages.js';
import { projectPath } from '../../../../server/paths.js';
import { loadScreener, parseLexiconFile } from '../../../../safety/screen/index.js';

/**
 * Every rule in every shipped lexicon carries examples a clinician can read: `fires` must trigger
 * that very rule, `quiet` must not. A hospital that adds a rule adds its examples and this test
 * holds it to them.
 */
const dir = projectPath('safety', 'lexicons');
const screener = loadScreener(dir);

interface Case {
  rule: string;
  text: string;
}

const fires: Case[] = [];
const quiet: Case[] = [];
const withoutExamples: string[] = [];
for (const lang of LANGUAGES) {
  for (const name of readdirSync(join(dir, lang)).filter((file) => file.endsWith('.json'))) {
    const file = parseLexiconFile(JSON.parse(readFileSync(join(dir, lang, name), 'utf8')), `${lang}/${name}`);
    for (const rule of file.rules ?? []) {
      const id = `${lang}.${rule.id}`;
      const examples = rule.examples?.fires ?? [];
      if (examples.length === 0) withoutExamples.push(id);
      for (const text of examples) fires.push({ rule: id, text });
      for (const text of rule.examples?.quiet ?? []) quiet.push({ rule: id, text });
    }
  }
}

describe('lexicon rule examples', () => {
  test('most rules show at least one message they fire on', () => {
    const total = fires.length + withoutExamples.length;
    expect(fires.length).toBeGreaterThan(300);
    expect(withoutExamples.length / total).toBeLessThan(0.4);
  });

  test.each(fires.map((c) => [c.rule, c.text] as const))('%s fires on %s', (rule, text) => {
    const result = screener.screen(text);
    expect(result.matches.filter((match) => match.hint !== true).map((match) => match.ruleId)).toContain(
      rule,
    );
  });

  test.each(quiet.map((c) => [c.rule, c.text] as const))('%s stays quiet on %s', (rule, text) => {
    const result = screener.screen(text);
    expect(result.matches.filter((match) => match.hint !== true).map((match) => match.ruleId)).not.toContain(
      rule,
    );
  });
});
