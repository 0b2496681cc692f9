import { describe, expect, test } from '@jest/globals';
import { createEmbeddedSimplifier } from '../../../../content/simplify/index.js';
import type { SimplifyResult } from '../../../../content/simplify/index.js';
import { EN_TEST_LEXICON } from './fixtures.js';

/**
 * The narrative rules: a note written about the patient is said to the patient, clinical constructions in plain
 * active words, long sentences cut where the patient is the subject again, and lists inside sentences. Each table
 * row is (source, plain version); rows marked "must not" are places a rule would move or change a fact or a person.
 * The small test lexicon keeps the expected words stable while the real lexicon grows.
 */
const simplifier = createEmbeddedSimplifier({ en: EN_TEST_LEXICON });
const en = (text: string): SimplifyResult => simplifier.simplify(text, { lang: 'en' });
const plain = (text: string): string => en(text).text.split('\n\nWords to know')[0] ?? '';

/** A note about the patient starts by saying who they are; the rules for "he" and "she" apply after it. */
const NOTE = 'Ms. Lee is a 58-year-old woman.';
const SAID = 'You are a 58-year-old woman.';

describe('a note about the patient is said to the patient', () => {
  test.each([
    [
      'Mr. Okafor is a 71-year-old male with a history of hypertension who presented to the emergency department with chest pain.',
      'You are a 71-year-old man. You have a history of high blood pressure. You came to the emergency department with chest pain.',
    ],
    [
      'Mrs. Huang is an 83-year-old female who was admitted after a fall.',
      'You are an 83-year-old woman. You were admitted after a fall.',
    ],
    [
      'Mrs. Delacroix is a 79 y/o woman with h/o hypertension who presented after a fall.',
      'You are a 79-year-old woman. You have a history of high blood pressure. You came in after a fall.',
    ],
    [
      'Mr. ___ is a ___ y/o M who p/w chest pain.',
      'You are a ___-year-old man. You came in with chest pain.',
    ],
    [
      'The patient is a 66-year-old man who underwent a colonoscopy.',
      'You are a 66-year-old man. You had a colonoscopy.',
    ],
    [
      `${NOTE} She was started on furosemide 40 mg daily. Her weight improved.`,
      `${SAID} You started taking furosemide 40 mg daily. Your weight improved.`,
    ],
    [`${NOTE} She was continued on her home metoprolol.`, `${SAID} You kept taking your home metoprolol.`],
    // "Pt" in small letters is the patient ("PT" in capitals is physical therapy).
    [
      `${NOTE} Pt was admitted to the surgical service.`,
      `${SAID} You were admitted to the surgical service.`,
    ],
    // A clause inside the history ("that was treated") does not stop "who presented" from being the patient.
    [
      'Mr. Adeyemi is a 55-year-old gentleman with one prior episode of gout that was treated at home, who presented with four days of pain.',
      'You are a 55-year-old man. You have one prior episode of gout that was treated at home. You came in with four days of pain.',
    ],
  ])('%j → %j', (source, expected) => {
    expect(plain(source)).toBe(expected);
    expect(en(source).facts.preserved).toBe(true);
  });

  test.each([
    // Another person is named: "she" may be them, so only the possessive turns.
    [
      `${NOTE} Her husband reported that she had been taking lactulose.`,
      `${SAID} Your husband said that she had been taking lactulose.`,
    ],
    // "She" before the doctor is named is the patient; "He" right after a sentence about a doctor is the doctor.
    [
      `${NOTE} She was seen by Dr. Reyes. He recommended a stress test.`,
      `${SAID} You were seen by Dr. Reyes. He advised a stress test.`,
    ],
    // "her" as an object after "drove" is not "your".
    [`${NOTE} Ms. Lee's daughter drove her home.`, `${SAID} Your daughter drove her home.`],
    // Not a note about the patient (no age, no "the patient was"): pronouns stay.
    ['He was given aspirin.', 'He was given aspirin.'],
    // A name that is not the subject of a verb stays.
    [
      'Dear Mr. Okafor, it was a pleasure caring for you.',
      'Dear Mr. Okafor, it was a pleasure caring for you.',
    ],
  ])('must not turn a person who may be someone else: %j', (source, expected) => {
    expect(plain(source)).toBe(expected);
  });
});

describe('clinical constructions in plain, active words', () => {
  test.each([
    ['Chest x-ray demonstrated a small effusion.', 'Chest x-ray showed a small effusion.'],
    ['The CT revealed a kidney stone.', 'The CT showed a kidney stone.'],
    ['Her exam was notable for a rash on both arms.', 'Her exam showed a rash on both arms.'],
    ['Labs notable for a sodium of 118.', 'Labs showed a sodium of 118.'],
    ['Urinalysis was consistent with infection.', 'Urinalysis pointed to infection.'],
    ['The scan was negative for a fracture.', 'The scan showed no fracture.'],
    [
      'Spironolactone was held in the setting of high potassium.',
      'Spironolactone was paused with high potassium.',
    ],
    ['You are status post appendectomy.', 'You are after appendectomy.'],
    [
      'Given the absence of concerning features, she was managed without surgery.',
      'Because of the absence of worrying signs, she was managed without surgery.',
    ],
    [
      'He was treated with ceftriaxone 1 g daily, with resolution of his fever by hospital day 3.',
      'He was treated with ceftriaxone 1 g daily. His fever went away by hospital day 3.',
    ],
    [
      'She was treated with fluids, with improvement in her breathing.',
      'She was treated with fluids. Her breathing got better.',
    ],
    ['The biopsy was suspicious for cancer.', 'The biopsy showed possible cancer.'],
    ['Risks may result in a longer stay.', 'Risks may cause a longer stay.'],
    ['I consent to the administration of anesthesia.', 'I agree to get anesthesia.'],
    ['Resume your medicines as previously prescribed.', 'Resume your medicines as prescribed before.'],
    [
      'Supplemental oxygen was weaned to room air on day 3.',
      'Supplemental oxygen was slowly stopped on day 3.',
    ],
  ])('%j → %j', (source, expected) => {
    const r = en(source);
    expect(r.text).toBe(expected);
    expect(r.facts.preserved).toBe(true);
  });

  test.each([
    // "started on day 2" is a time, not a medicine to take.
    ['Metoprolol was started on day 2.', 'Metoprolol was started on day 2.'],
    // "was given" is a verb, not "because of".
    ['She was given the vaccine.', 'She was given the vaccine.'],
    // "so as to" is not "about".
    ['Sit up so as to breathe easier.', 'Sit up so as to breathe easier.'],
  ])('must not fire: %j', (source, expected) => {
    expect(plain(source)).toBe(expected);
  });
});

describe('shorter everyday words with the same meaning (fewer syllables)', () => {
  test.each([
    [
      'Smoking greatly increases the risk of another heart attack.',
      'Smoking greatly raises the risk of another heart attack.',
    ],
    ['Clopidogrel increases bleeding risk.', 'Clopidogrel raises bleeding risk.'],
    ['Missing doses decreases the chance of success.', 'Missing doses lowers the chance of success.'],
    ['The doctor decreased the dose to 5 mg.', 'The doctor lowered the dose to 5 mg.'],
    ['Amlodipine was increased from 5 mg to 10 mg.', 'Amlodipine was raised from 5 mg to 10 mg.'],
    ['Amlodipine was decreased back to 5 mg daily.', 'Amlodipine was lowered back to 5 mg daily.'],
    [
      'Take furosemide 20 mg by mouth daily (dose decreased from 40 mg).',
      'Take furosemide 20 mg by mouth daily (dose lowered from 40 mg).',
    ],
    [
      'Call if your weight increases by more than 2 lb in one day.',
      'Call if your weight goes up by more than 2 lb in one day.',
    ],
    ['The swelling has decreased by more than 50%.', 'The swelling has gone down by more than 50%.'],
    ['A decrease in blood pressure may happen.', 'A drop in blood pressure may happen.'],
    ['This was caused by an increase in your dose.', 'This was caused by a rise in your dose.'],
    ['Low blood pressure secondary to bleeding.', 'Low blood pressure because of bleeding.'],
    ['Your heart rate normalized within 24 hours.', 'Your heart rate went back to normal within 24 hours.'],
    [
      'Your husband reported that you had stopped lactulose.',
      'Your husband said that you had stopped lactulose.',
    ],
    ['You will be checked the following morning.', 'You will be checked the next morning.'],
    ['The goal of the operation is to relieve pain.', 'The goal of the surgery is to relieve pain.'],
    ['This may need a second operation.', 'This may need a second surgery.'],
    ['You may need an operation.', 'You may need a surgery.'],
    ['Continue to take aspirin 81 mg daily.', 'Keep taking aspirin 81 mg daily.'],
    ['Continue your usual medications.', 'Keep taking your usual medicines.'],
    ['Continue using the inhaler.', 'Keep using the inhaler.'],
  ])('%j → %j', (source, expected) => {
    const r = en(source);
    expect(r.text).toBe(expected);
    expect(r.facts.preserved).toBe(true);
  });

  test.each([
    // An adjective, not a verb: "an raised risk" would be wrong.
    ['You have an increased risk of bleeding.', 'You have an increased risk of bleeding.'],
    // The operation of a machine is not a surgery.
    ['Learn the operation of your insulin pump.', 'Learn the operation of your insulin pump.'],
    // A named measure, and a reading someone brought back to normal.
    ['INR means international normalized ratio.', 'INR means international normalized ratio.'],
    ['Your sodium was normalized with fluids.', 'Your sodium was normalized with fluids.'],
    // "secondary" alone is not a cause.
    ['This is called secondary prevention.', 'This is called secondary prevention.'],
    // Continuing something that is not a medicine is not "taking" it.
    ['Continue physical therapy twice a week.', 'Continue physical therapy twice a week.'],
  ])('must not fire: %j', (source, expected) => {
    expect(plain(source)).toBe(expected);
  });
});

describe('long sentences are cut where the patient is the subject again', () => {
  test.each([
    [
      `${NOTE} He was started on IV heparin and was transitioned to apixaban on day 2.`,
      `${SAID} You started IV heparin. You were switched to apixaban on day 2.`,
    ],
    [
      `${NOTE} She underwent an uncomplicated laparoscopic appendectomy and tolerated the procedure well and was discharged home on day 2.`,
      `${SAID} You had an uncomplicated laparoscopic appendectomy. You tolerated the procedure well and went home on day 2.`,
    ],
    [
      `${NOTE} She was evaluated by physical therapy, who recommended discharge home with a walker and home physical therapy three times a week.`,
      `${SAID} You were checked by physical therapy. They advised discharge home with a walker and home physical therapy three times a week.`,
    ],
    [
      'I understand that the procedure has risks, and that no guarantee has been made about the results.',
      'I know that the procedure has risks. I know that no promise has been made about the results.',
    ],
  ])('%j → %j', (source, expected) => {
    const r = en(source);
    expect(r.text).toBe(expected);
    expect(r.facts.preserved).toBe(true);
  });

  test.each([
    // The second verb belongs to "your sodium", inside "because …": no cut, no "you".
    [
      `${NOTE} She was admitted because her sodium was low and was corrected slowly over 3 days.`,
      `${SAID} You were admitted because your sodium was low and was corrected slowly over 3 days.`,
    ],
    // "then adjusted to" has no subject of its own.
    [
      'You were treated with lactulose every 2 hours, then adjusted to 3 stools a day, and rifaximin was added.',
      'You were treated with lactulose every 2 hours, then adjusted to 3 stools a day, and rifaximin was added.',
    ],
    // "although very rare," is an aside inside the clause: cutting before it leaves "But very rare, may cause …".
    [
      'It is permanent in a few patients, and harm to the nerves on both sides, although very rare, may cause trouble breathing.',
      'It is permanent in a few patients, and harm to the nerves on both sides, although very rare, may cause trouble breathing.',
    ],
  ])('must not cut: %j', (source, expected) => {
    expect(plain(source)).toBe(expected);
  });

  test('a cut that would part a dose from its medicine is not made', () => {
    // The validator pairs "550 mg" with the medicine of its sentence; cutting before "rifaximin" would move it.
    const source = `${NOTE} She was treated with lactulose 30 mL every 2 hours, and rifaximin 550 mg twice daily was added for prevention.`;
    const r = en(source);
    expect(r.facts.preserved).toBe(true);
    expect(r.text).toContain('lactulose 30 mL every 2 hours, and rifaximin 550 mg twice a day was added');
  });

  test('"and was" after "you" agrees with "you" when the sentence stays whole', () => {
    expect(plain(`${NOTE} She received 3 liters of fluids and was started on ceftriaxone.`)).toBe(
      `${SAID} You got 3 liters of fluids and started taking ceftriaxone.`,
    );
  });
});

describe('long sentences are cut at more joints, the new sentence with a subject of its own', () => {
  test.each([
    // ", causing" / ", resulting in": what it caused, in the mood or tense of the first clause.
    [
      'The parathyroid glands may be injured or removed during surgery, resulting in low calcium levels and tingling.',
      'The parathyroid glands may be hurt or removed during surgery. This can cause low calcium levels and tingling.',
    ],
    [
      'Your sodium dropped quickly over the two days before you came in, causing confusion and falls at home.',
      'Your sodium dropped quickly over the two days before you came in. This caused confusion and falls at home.',
    ],
    // "and I …": a pronoun after "and" starts a clause, even after a list of things.
    [
      'I have had the chance to talk about the risks, benefits and other choices with my surgeon and I request that the procedure be done.',
      'I have had the chance to talk about the risks, benefits and other choices with my surgeon. I ask that the procedure be done.',
    ],
    [
      'Do not take ibuprofen, naproxen, or other pain relievers like them, as they can worsen heart failure.',
      'Do not take ibuprofen, naproxen, or other pain relievers like them. This is because they can worsen heart failure.',
    ],
    // ", which" before any verb in the past tense or a common verb in -s.
    [
      'You came in with two hours of chest tightness spreading to the left arm, which began while you were shoveling snow.',
      'You came in with two hours of chest tightness spreading to the left arm. This began while you were shoveling snow.',
    ],
    // The part before a semicolon is cut too ("because" comes before the semicolon).
    [
      'My surgeon has explained to me that the procedure is being advised because a biopsy showed possible cancer; the operation is planned for next week.',
      'My surgeon has explained to me that the procedure is being advised. This is because a biopsy showed possible cancer. The surgery is planned for next week.',
    ],
  ])('%j → %j', (source, expected) => {
    const r = en(source);
    expect(r.text).toBe(expected);
    expect(r.facts.preserved).toBe(true);
  });

  test.each([
    // The first clause's subject goes on after the cause ("…, and may need"): "This" would take it over.
    'Blood clots may form in the vein around the tube, causing arm swelling, and may need treatment with blood thinners.',
    // No tense or mood to say the cause in ("Take …, causing"): left whole.
    'Take your medicines with food, causing less upset stomach for most people who take them.',
    // "because of" is not a clause: "This is because of …" would point at the wrong thing.
    'You were switched to apixaban after we found that you were not a candidate for clot-busting treatment because of your stable blood pressure.',
    // A "not" or a condition before the "and" may govern both instructions.
    'Do not lift anything heavy for two weeks and call us if the wound opens or bleeds.',
    'If your sugar is low, drink a glass of juice right away and check it again in 15 minutes.',
  ])('must not cut: %j', (source) => {
    expect(plain(source)).toBe(source);
  });

  test('two instructions joined by "and" are two sentences', () => {
    const source =
      'Keep the wound clean and dry for two full days and wash it gently with soap and water after that.';
    expect(plain(source)).toBe(
      'Keep the wound clean and dry for two full days. Wash it gently with soap and water after that.',
    );
  });
});

describe('lists inside sentences become bullet lists', () => {
  test.each([
    [
      'You have a history of asthma, hypertension, and diabetes.',
      'You have a history of:\n- asthma\n- high blood pressure\n- diabetes',
    ],
    [
      'You were treated with ceftriaxone, azithromycin, and oxygen.',
      'You were treated with:\n- ceftriaxone\n- azithromycin\n- oxygen',
    ],
    [
      'Call 911 if you faint again, have chest pain that does not go away, or notice weakness on one side.',
      'Call 911 if you:\n- faint again\n- have chest pain that does not go away\n- notice weakness on one side',
    ],
    [
      'Risks include: bleeding, which may require a transfusion; infection, which may require antibiotics; and injury to nearby organs.',
      'Risks include:\n  - bleeding, which may need a transfusion\n  - infection, which may need antibiotics\n  - harm to nearby organs',
    ],
    [
      'I understand that the risks include, but are not limited to: infection of the joint, which may require more surgery; bleeding; and stiffness.',
      'I know that the risks include:\n- infection of the joint, which may need more surgery\n- bleeding\n- stiffness',
    ],
    [
      'Symptoms: cough, fever, chills, and body aches.',
      'Symptoms:\n  - cough\n  - fever\n  - chills\n  - body aches',
    ],
    // Cut first where the patient is the subject again, then each part is its own list.
    [
      'You have a history of asthma, diabetes, and gout who came in with fever, cough, and chills.',
      'You have a history of:\n- asthma\n- diabetes\n- gout\nYou came in with:\n- fever\n- cough\n- chills',
    ],
    // "Tell", "ask" and "let … know" call someone in as much as "call" does.
    [
      'During the transfusion, tell the nurse right away if you have itching, rash, back pain, or chest pain.',
      'During the transfusion, tell the nurse right away if you have any of these:\n- itching\n- rash\n- back pain\n- chest pain',
    ],
    // Medicines are what you take.
    [
      'Tell your doctor if you take aspirin, clopidogrel, warfarin, or other blood thinners.',
      'Tell your doctor if you take any of these:\n- aspirin\n- clopidogrel\n- warfarin\n- other blood thinners',
    ],
    // A form that speaks as the patient keeps "I" in the lead-in.
    [
      'I will call the clinic if I develop fever, chills, or redness at the site.',
      'I will call the clinic if I have any of these:\n- fever\n- chills\n- redness at the site',
    ],
    [
      'I will call 911 for chest pain, fainting, or trouble breathing.',
      'I will call 911 if I have any of these:\n- chest pain\n- fainting\n- trouble breathing',
    ],
    // "such as" lists things after any words.
    [
      'Avoid triggers such as tobacco smoke, dust and pet dander.',
      'Avoid triggers such as:\n- tobacco smoke\n- dust\n- pet dander',
    ],
    // Conditions side by side, the last after "or": one condition per line, each with its own subject.
    [
      'Call your doctor if you need your inhaler more than every 4 hours, if your mucus changes color, or if your ankles swell.',
      'Call your doctor if:\n- you need your inhaler more than every 4 hours\n- your mucus changes color\n- your ankles swell',
    ],
    [
      'I will tell the staff if I have eaten, if I have pauses in breathing during sleep, or if I have had a reaction to sedation.',
      'I will tell the staff if:\n- I have eaten\n- I have pauses in breathing during sleep\n- I have had a reaction to sedation',
    ],
    // The first sentence of a label's body may be a list of its own; the next sentence follows it.
    [
      'Common side effects: fatigue, hair loss, mouth sores, and changes in taste. Most go away after treatment.',
      'Common side effects:\n  - fatigue\n  - hair loss\n  - mouth sores\n  - changes in taste\nMost go away after treatment.',
    ],
  ])('%j → %j', (source, expected) => {
    expect(plain(source)).toBe(expected);
    expect(en(source).facts.preserved).toBe(true);
  });

  test.each([
    // Clauses are not things: "then adjusted …", "… was added".
    'You were treated with lactulose every 2 hours, then adjusted to 3 stools a day, and rifaximin was added.',
    // After a colon, a verb in the past tense makes the parts clauses, not a list.
    'AKI: creatinine peaked at 1.9, likely prerenal, improved to 1.5 with fluids.',
    // Things in a statement that runs on past the list ("…, and body aches was the worst") are not a list.
    'You were treated with fluids, rest, and oxygen was given at night.',
    // An item that pairs two things, and a time at the end that may be about every item: "such as" stays a sentence.
    'You will need to take medicines such as aspirin and clopidogrel, ticagrelor or prasugrel for up to 12 months.',
    // "have eaten": "have" is a helping verb, not the start of a list of signs.
    'Tell the nurse if you have eaten, had a drink, or taken your pills.',
    // "…, and if …" may mean all of the conditions together.
    'You may go home if you can walk, if you can eat, and if your pain is controlled.',
  ])('must not list: %j', (source) => {
    expect(en(source).text).not.toMatch(/\n\s*- /u);
  });
});

describe('wordy and long words in everyday ones', () => {
  test.each([
    ['You may benefit from participating.', 'You may benefit from taking part.'],
    ['Your creatinine remained stable.', 'Your creatinine stayed stable.'],
    ['The study will determine whether the drug works.', 'The study will find out if the drug works.'],
    ['You will attend 8 study visits.', 'You will go to 8 study visits.'],
    ['Nerve damage is usually temporary.', 'Nerve damage is usually short-term.'],
    ['Do not drive or operate machinery for 24 hours.', 'Do not drive or use machines for 24 hours.'],
    ['I request that the procedure be done.', 'I ask that the procedure be done.'],
    ['No guarantee has been made about the results.', 'No promise has been made about the results.'],
    ['You were hospitalized from 1/22 to 1/27.', 'You were in the hospital from 1/22 to 1/27.'],
    [
      'Keep taking apixaban 5 mg twice daily without interruption.',
      'Keep taking apixaban 5 mg twice a day without stopping.',
    ],
    ['A thin tube will be inserted into a vein.', 'A thin tube will be put into a vein.'],
  ])('%j → %j', (source, expected) => {
    const r = en(source);
    expect(r.text).toBe(expected);
    expect(r.facts.preserved).toBe(true);
  });

  test('"inserted" in the name of a device stays', () => {
    expect(plain('You have a peripherally inserted central catheter.')).toContain('peripherally inserted');
  });
});

describe('words from the lexicon read as drop-in words', () => {
  const lexicon = {
    ...EN_TEST_LEXICON,
    entries: [
      ...EN_TEST_LEXICON.entries,
      {
        term: 'bilateral',
        plain: 'on both sides',
        explanation: 'On both sides.',
        kind: 'term' as const,
        category: 'anatomy',
      },
      {
        term: 'edema',
        plain: 'swelling',
        explanation: 'Swelling.',
        kind: 'term' as const,
        category: 'symptom',
      },
      {
        term: 'hypotensive',
        plain: 'with low blood pressure',
        explanation: 'Low blood pressure.',
        kind: 'term' as const,
        category: 'condition',
      },
      {
        term: 'tachycardic',
        plain: 'with a fast heartbeat',
        explanation: 'A fast heartbeat.',
        kind: 'term' as const,
        category: 'symptom',
      },
      {
        term: 'right lower lobe',
        plain: 'lower part of the right lung',
        explanation: 'Part of a lung.',
        kind: 'term' as const,
        category: 'anatomy',
      },
      {
        term: 'consolidation',
        plain: 'fluid-filled area',
        explanation: 'A filled area.',
        kind: 'term' as const,
        category: 'test',
      },
      {
        term: 'injection',
        aliases: ['injections'],
        plain: 'shot',
        explanation: 'A shot.',
        kind: 'term' as const,
        category: 'procedure',
      },
      {
        term: 'NSAID',
        aliases: ['NSAIDs'],
        plain: 'anti-inflammatory pain reliever',
        explanation: 'A pain reliever.',
        kind: 'abbreviation' as const,
        category: 'drug class',
      },
      {
        term: 'PO',
        aliases: ['p.o.'],
        plain: 'by mouth',
        explanation: 'By mouth.',
        kind: 'abbreviation' as const,
        caseSensitive: true,
        category: 'route',
      },
    ],
  };
  const withTerms = createEmbeddedSimplifier({ en: lexicon });
  const terms = (text: string): string =>
    withTerms.simplify(text, { lang: 'en' }).text.split('\n\nWords to know')[0] ?? '';

  test.each([
    // An adjective whose plain words fit only after the noun goes after it.
    ['He has bilateral edema.', 'He has swelling on both sides.'],
    // After "was", "with …" is "had …", also for the next adjective of the list.
    [
      'She was hypotensive and tachycardic to 124.',
      'She had low blood pressure and had a fast heartbeat to 124.',
    ],
    // A place in many words goes after the finding it names.
    [
      'Chest x-ray showed right lower lobe consolidation.',
      'Chest x-ray showed fluid-filled area in the lower part of the right lung.',
    ],
    // A plural term takes plain words in the plural; an abbreviation's capitals do not carry over.
    ['Avoid injections and NSAIDs.', 'Avoid shots and anti-inflammatory pain relievers.'],
    // A route before the medicine goes after its name.
    ['Switched to PO torsemide 40 mg daily.', 'Switched to torsemide by mouth 40 mg daily.'],
  ])('%j → %j', (source, expected) => {
    expect(terms(source)).toBe(expected);
  });

  test('an adjective used after "was" stays where it is ("the swelling was bilateral")', () => {
    expect(terms('The swelling was bilateral.')).toBe('The swelling was on both sides.');
  });
});

describe('safety around medicine lines', () => {
  test('under a heading or label that stops a medicine, no line becomes "Take …"', () => {
    const r = en(
      'STOPPED: hydrochlorothiazide 25 mg daily\n\nSTOP THESE MEDICINES:\n1. Metoprolol 25 mg PO BID',
    );
    expect(r.text).not.toMatch(/Take/u);
    expect(r.text).toContain('twice a day');
  });

  test.each([
    // Units by mouth are taken, not injected.
    [
      'Calcium carbonate 500 mg-vitamin D3 400 units PO BID',
      'Take calcium carbonate 500 mg-vitamin D3 400 units by mouth twice a day',
    ],
    // Units with no route by mouth are still injected.
    ['Insulin glargine 22 units SC at bedtime', 'Inject insulin glargine 22 units SC at bedtime'],
  ])('the verb follows the route: %j → %j', (source, expected) => {
    expect(plain(source)).toBe(expected);
  });

  test('an abbreviation joined by a hyphen to a letter is part of a name ("AC-T" is not "before meals")', () => {
    const r = en('Regimen: AC-T every 2 weeks for 4 cycles. Take ondansetron 8 mg AC.');
    expect(r.text).toContain('AC-T every 2 weeks');
    expect(r.text).toContain('before meals');
  });

  test('a vital sign after a decimal is not read as hours ("T 97.9 HR 104")', () => {
    expect(plain('Vitals: T 97.9 HR 104 BP 148/92.')).not.toContain('hours');
  });
});

describe('typography', () => {
  test('curly quotes and dashes give the same plain version as straight ones, with every fact', () => {
    const straight = "The patient's fever - 39.1 C - went down. Don't take ibuprofen.";
    const curly = 'The patient’s fever – 39.1 C – went down. Don’t take ibuprofen.';
    const r = en(curly);
    expect(r.text).toBe(en(straight).text);
    expect(r.facts.preserved).toBe(true);
  });
});
