import { describe, expect, test } from '@jest/globals';
import { asksForPerson } from '../../../server/escalation/askForPerson.js';

describe('a patient asking for a person', () => {
  // (message, language heard) — clinicians and interpreters: add the phrasings you hear.
  test.each([
    ['Can I talk to a nurse?', 'en'],
    ['I want to speak with someone', 'en'],
    ['let me talk to a real person please', 'en'],
    ['connect me to a doctor', 'en'],
    ['human please', 'en'],
    ['Quiero hablar con alguien', 'es'],
    ['¿Puedo hablar con una enfermera?', 'es'],
    ['necesito hablar con un médico', 'es'],
    ['quiero una persona real', 'es'],
    ['我想和护士说话', 'zh'],
    ['转人工', 'zh'],
    ['请帮我找医生', 'zh'],
    ['Tôi muốn nói chuyện với y tá', 'vi'],
    ['toi muon noi chuyen voi nguoi that', 'vi'],
    ['간호사와 이야기하고 싶어요', 'ko'],
    ['상담원 연결해 주세요', 'ko'],
    ['أريد التحدث مع ممرضة', 'ar'],
    ['اريد التكلم مع شخص حقيقي', 'ar'],
  ])('"%s" asks for a person (%s)', (message, lang) => {
    expect(asksForPerson(message)).toBe(lang);
  });

  test.each([
    'what does NPO mean?',
    'my nurse said to take two pills',
    'the doctor told me to rest',
    '¿qué significa hipertensión?',
    '医生说我要休息',
    'bác sĩ nói tôi cần nghỉ ngơi',
    '의사가 쉬라고 했어요',
    'قال الطبيب أن أرتاح',
  ])('"%s" does not', (message) => {
    expect(asksForPerson(message)).toBeUndefined();
  });
});
