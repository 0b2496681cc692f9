import { describe, expect, test } from '@jest/globals';
import { scoreSentences, scoreText } from '../../../../content/readability/index.js';

const HARD =
  'The patient was admitted with community-acquired pneumonia complicated by hypoxemia, and intravenous antibiotics were administered with subsequent clinical improvement. Supplemental oxygen was discontinued after satisfactory oxygenation was demonstrated. Outpatient follow-up with the primary care physician is recommended.';
const PLAIN =
  'You had a lung infection. Your oxygen was low. You got medicine through a vein. You got better. We stopped the oxygen. See your doctor in one week. Call us if you feel worse. We are glad you are home.';

describe('scoreText', () => {
  test('English reports Flesch-Kincaid as the grade, with the other measures', () => {
    const s = scoreText(HARD, 'en');
    expect(s.grade).toBe(s.measures['fleschKincaid']);
    expect(Object.keys(s.measures)).toEqual(
      expect.arrayContaining(['fleschReadingEase', 'smog', 'colemanLiau']),
    );
    expect(s.grade).toBeGreaterThan(14);
  });

  test('plain text scores lower than clinical text in every measure', () => {
    const hard = scoreText(HARD, 'en');
    const plain = scoreText(PLAIN, 'en');
    for (const m of ['fleschKincaid', 'smog', 'colemanLiau'])
      expect(plain.measures[m] ?? 99).toBeLessThan(hard.measures[m] ?? 0);
    expect(plain.readingEase ?? 0).toBeGreaterThan(hard.readingEase ?? 100);
  });

  test('too-short text is marked, and an empty text has no made-up measures', () => {
    expect(scoreText('Rest.', 'en').tooShort).toBe(true);
    const empty = scoreText('   ', 'en');
    expect(empty).toMatchObject({ tooShort: true, words: 0, measures: {} });
    expect(scoreText(`${PLAIN} ${PLAIN}`, 'en').tooShort).toBe(false);
  });

  test.each([
    [
      'zh',
      '如果您感到胸痛或者呼吸困难并且症状持续加重而且伴随出汗和头晕的情况请立即拨打急救电话。',
      '胸痛请打电话。头晕请休息。',
    ],
    [
      'ko',
      '가슴 통증이나 호흡 곤란이 있고 증상이 계속 심해지며 땀과 어지러움이 함께 나타나면 즉시 응급 전화를 하십시오.',
      '약을 드세요. 물을 마세요. 꼭 쉬세요.',
    ],
    [
      'vi',
      'Nếu bạn bị đau ngực hoặc khó thở và các triệu chứng tiếp tục nặng hơn kèm theo đổ mồ hôi và chóng mặt thì hãy gọi cấp cứu ngay.',
      'Đau ngực thì gọi ngay. Chóng mặt thì nghỉ.',
    ],
    [
      'ar',
      'إذا شعرت بألم في الصدر أو صعوبة في التنفس واستمرت الأعراض بالازدياد مع التعرق والدوخة فاتصل بالإسعاف فوراً.',
      'إذا تألمت اتصل. إذا دخت ارتح.',
    ],
  ] as const)('%s: shorter sentences and words give a lower grade', (lang, long, short) => {
    expect(scoreText(short, lang).grade).toBeLessThan(scoreText(long, lang).grade);
  });
});

describe('scoreSentences', () => {
  test('each sentence has its offsets and grade, so the hardest can be marked', () => {
    const text = 'Rest. Intravenous anticoagulation necessitates hospitalization.';
    const sentences = scoreSentences(text, 'en');
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Rest.',
      'Intravenous anticoagulation necessitates hospitalization.',
    ]);
    expect(sentences[1]?.grade ?? 0).toBeGreaterThan(sentences[0]?.grade ?? 0);
  });
});
