import { describe, expect, test } from '@jest/globals';
import { hiderFor } from '../../../server/simplify/problems.js';
import { cleanReply, initialMessages, retryMessages, systemPrompt } from '../../../server/simplify/prompt.js';

describe('what models wrap around a rewrite is taken off', () => {
  test.each([
    ['Take 1 tablet.', 'Take 1 tablet.'],
    ['  Take 1 tablet.\n\n', 'Take 1 tablet.'],
    ['Here is the rewritten text:\n\nTake 1 tablet.', 'Take 1 tablet.'],
    ["Sure! Here's a plain version:\nTake 1 tablet.", 'Take 1 tablet.'],
    ['```\nTake 1 tablet.\n```', 'Take 1 tablet.'],
    ['```markdown\n# Medicines\n- Take 1 tablet.\n```', '# Medicines\n- Take 1 tablet.'],
    ['<document>\nTake 1 tablet.\n</document>', 'Take 1 tablet.'],
    // A sentence that happens to start like a preface but ends without a colon stays.
    ['Sure enough, you will feel tired.', 'Sure enough, you will feel tired.'],
  ])('%j → %j', (reply, expected) => {
    expect(cleanReply(reply)).toBe(expected);
  });
});

describe('feedback to the model carries placeholders, never the PHI', () => {
  const hide = hiderFor({ '[NAME_1]': 'John Smith', '[NAME_2]': 'John', '[PHONE_1]': '555-201-3344' });
  test.each([
    ['It leaves out "call John Smith at 555-201-3344".', 'It leaves out "call [NAME_1] at [PHONE_1]".'],
    ['John will call.', '[NAME_2] will call.'],
    ['Nothing private here.', 'Nothing private here.'],
  ])('%j → %j', (message, expected) => {
    expect(hide(message)).toBe(expected);
  });
});

describe('prompts', () => {
  test.each([
    ['en', 'English'],
    ['es', 'Spanish'],
    ['zh', 'Simplified Chinese'],
    ['vi', 'Vietnamese'],
    ['ko', 'Korean'],
    ['ar', 'Arabic'],
  ] as const)('%s: written in %s, at the target grade', (lang, name) => {
    const prompt = systemPrompt(lang, 6);
    expect(prompt).toContain(`Write in ${name}`);
    expect(prompt).toContain('grade 6 or lower');
  });

  test('the document is fenced as content, and a retry repeats it with the first reply and the problems', () => {
    const first = initialMessages('Take 1 tab PO BID.', 'en', 7);
    expect(first[1]).toEqual({ role: 'user', content: '<document>\nTake 1 tab PO BID.\n</document>' });
    const retry = retryMessages(first, 'Take 1 tablet.', ['It leaves out "twice a day".']);
    expect(retry.slice(0, 2)).toEqual(first);
    expect(retry[2]).toEqual({ role: 'assistant', content: 'Take 1 tablet.' });
    expect(retry[3]?.content).toContain('- It leaves out "twice a day".');
  });
});
