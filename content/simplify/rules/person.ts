import type { GlossaryPair } from '../../../safety/output/index.js';
import type { PersonRules } from '../data/types.js';
import type { CompiledRules } from './patternRules.js';
import { applyRules, compileRules, unicodeBoundaries } from './patternRules.js';

export interface CompiledPerson {
  narrative: RegExp;
  patientName: RegExp;
  verbAfterName: RegExp;
  otherPeople: RegExp;
  possessives: CompiledRules;
  pronouns: CompiledRules;
  /** Any pronoun the rules turn (a sentence without one is left as it is). */
  anyPronoun: RegExp;
}

export function compilePerson(rules: PersonRules | undefined): CompiledPerson | undefined {
  if (!rules) return undefined;
  return {
    narrative: new RegExp(unicodeBoundaries(rules.narrative), 'iu'),
    patientName: new RegExp(unicodeBoundaries(rules.patientName), 'u'),
    verbAfterName: new RegExp(unicodeBoundaries(rules.verbAfterName), 'u'),
    otherPeople: new RegExp(unicodeBoundaries(rules.otherPeople), 'iu'),
    possessives: compileRules(rules.possessives),
    pronouns: compileRules(rules.pronouns),
    anyPronoun: /\b(?:he|she|his|her|him|himself|herself)\b/iu,
  };
}

/** Who a document is about: a note in the third person about one patient, and the name it calls them by. */
export interface PatientContext {
  /** The document is a note about the patient ("a 71-year-old man", "the patient was admitted"). */
  narrative: boolean;
  /** "Mr. Okafor" as a regular expression, when the note names the patient with a title before their age. */
  name: RegExp | undefined;
  /** The pronoun the title stands for, so "Mr. Okafor is" is turned like "he is". */
  pronoun: 'he' | 'she';
}

const NAME_MARK = '\u0081';
const NAME_AND_VERB = /\u0081(\p{L}+\s+\p{L}+)/gu;
const NOT_NARRATIVE: PatientContext = { narrative: false, name: undefined, pronoun: 'he' };
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export function patientContext(text: string, person: CompiledPerson | undefined): PatientContext {
  if (!person || !person.narrative.test(text)) return NOT_NARRATIVE;
  const m = person.patientName.exec(text);
  const title = m?.[1];
  const name = m?.[2];
  return {
    narrative: true,
    name: title && name ? new RegExp(`\\b${escape(title)}\\.? ${escape(name)}(?:'s|’s)?`, 'gu') : undefined,
    pronoun: title === 'Mr' ? 'he' : 'she',
  };
}

/**
 * A sentence of a note about the patient said to the patient: "Mr. Okafor is a 71-year-old man" → "You are a
 * 71-year-old man", "She was started on" → "You were started on", "his furosemide" → "your furosemide". A sentence
 * that names another person ("her husband", "Dr. Reyes") keeps "he", "she", "him" and "her" as objects, because
 * they may be that person; so does a sentence starting with "He"/"She" right after one. Possessives still turn.
 */
export function toSecondPerson(
  sentence: string,
  previous: string,
  person: CompiledPerson,
  patient: PatientContext,
  pairs: GlossaryPair[],
): string {
  if (!patient.narrative) return sentence;
  const others = person.otherPeople.test(sentence);
  if (/^(?:he|she)\b/iu.test(sentence) && person.otherPeople.test(previous)) return sentence;
  let s = sentence;
  if (patient.name) {
    s = s.replace(patient.name, (match: string, offset: number) => {
      const possessive = /(?:'s|’s)$/u.test(match);
      if (!possessive && !person.verbAfterName.test(sentence.slice(offset + match.length))) return match;
      const word = possessive ? (patient.pronoun === 'he' ? 'his' : 'her') : patient.pronoun;
      const pronoun = offset === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
      // With another person named, only the name and its own verb are turned here ("Ms. Brennan is" → "You are").
      return others && !possessive ? `${NAME_MARK}${pronoun}` : pronoun;
    });
    if (others) s = s.replace(NAME_AND_VERB, (_, two: string) => applyRules(two, person.pronouns, pairs));
  }
  if (!person.anyPronoun.test(s)) return s;
  s = applyRules(s, person.possessives, pairs);
  if (!others) return applyRules(s, person.pronouns, pairs);
  // "He will need … by his doctor": a pronoun before the other person is named cannot be them.
  const named = person.otherPeople.exec(s)?.index ?? 0;
  return applyRules(s.slice(0, named), person.pronouns, pairs) + s.slice(named);
}
