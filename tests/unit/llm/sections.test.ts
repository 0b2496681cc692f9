import { describe, expect, test } from '@jest/globals';
import { joinSections, splitIntoSections } from '../../../server/llm/sections.js';
import { estimateTokens } from '../../../server/llm/tokens.js';

describe('token estimate', () => {
  test.each([
    ['', 0],
    ['Take one tablet.', 4], // 16 ASCII characters, about four a token
    ['每天两次', 4], // Han: about one a token
    ['하루 두 번', 5], // Hangul syllables count one each, the spaces a quarter
    ['Uống thuốc', 3], // the two letters with diacritics count half each, the rest a quarter
  ])('%j is about %i tokens', (text, expected) => {
    expect(estimateTokens(text)).toBe(expected);
  });
});

const paragraph = (n: number): string =>
  `Paragraph ${n}. Take metoprolol 25 mg by mouth twice a day with food, and check your pulse every morning before the dose.`;

function longDocument(): string {
  const parts: string[] = [];
  for (const heading of ['# Your medicines', 'WARNING SIGNS:', '# Follow-up']) {
    parts.push(heading);
    for (let i = 0; i < 6; i += 1) parts.push(paragraph(parts.length));
  }
  return parts.join('\n\n');
}

const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

describe('sections', () => {
  test('a document within the budget is one section, unchanged', () => {
    const text = 'Diagnosis: pneumonia.\n\nTake amoxicillin 500 mg three times a day.';
    expect(splitIntoSections(text, 1_000)).toEqual([{ text, joiner: '', tokens: estimateTokens(text) }]);
  });

  test('every section of a long document fits the budget and nothing is lost or reordered', () => {
    const text = longDocument();
    const sections = splitIntoSections(text, 120);
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections) expect(estimateTokens(section.text)).toBeLessThanOrEqual(120);
    const rejoined = joinSections(
      sections,
      sections.map((section) => section.text),
    );
    expect(rejoined).toBe(text);
  });

  test('a heading starts a section rather than ending one', () => {
    const sections = splitIntoSections(longDocument(), 120);
    for (const section of sections) {
      const lastLine = section.text.split('\n').at(-1) ?? '';
      expect(lastLine).not.toMatch(/^# |^WARNING SIGNS:$/);
    }
    expect(sections.some((section) => section.text.startsWith('WARNING SIGNS:'))).toBe(true);
  });

  test('one huge paragraph is cut between sentences, and one huge sentence between words', () => {
    const sentence = 'Call your doctor if the wound is red, warm, swollen or draining';
    const hugeParagraph = Array.from({ length: 30 }, (_, i) => `${sentence} on day ${i + 1}.`).join(' ');
    const hugeSentence = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    for (const text of [hugeParagraph, hugeSentence]) {
      const sections = splitIntoSections(text, 50);
      expect(sections.length).toBeGreaterThan(1);
      for (const section of sections) expect(estimateTokens(section.text)).toBeLessThanOrEqual(50);
      expect(
        words(
          joinSections(
            sections,
            sections.map((s) => s.text),
          ),
        ),
      ).toEqual(words(text));
    }
    const sentences = splitIntoSections(hugeParagraph, 50);
    for (const section of sentences) expect(section.text).toMatch(/\.$/);
  });

  test('Chinese without spaces is cut between sentences', () => {
    const text = '每天早上吃一片药。'.repeat(40);
    const sections = splitIntoSections(text, 30);
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) expect(section.text.endsWith('。')).toBe(true);
    expect(
      joinSections(
        sections,
        sections.map((s) => s.text),
      ),
    ).toBe(text);
  });

  test('blank text has no sections', () => {
    expect(splitIntoSections('  \n\n ', 100)).toEqual([]);
  });
});
