import type { RedFlagCategory } from './types.js';

/**
 * What each red-flag category asks for by default. `emergency`: life-threatening now, call
 * emergency services. `urgent`: needs a clinician today, so staff are told. A lexicon rule may ask
 * for more or less than its category (a hand wound with pus is urgent, a fever with confusion
 * after surgery is an emergency, both `sepsis`).
 */
export const CATEGORY_ACTION: Record<RedFlagCategory, 'emergency' | 'urgent'> = {
  chest_pain: 'emergency',
  stroke: 'emergency',
  breathing: 'emergency',
  bleeding: 'emergency',
  anaphylaxis: 'emergency',
  self_harm: 'emergency',
  overdose: 'emergency',
  seizure: 'emergency',
  unresponsive: 'emergency',
  head_injury: 'emergency',
  pregnancy: 'emergency',
  // A baby under 3 months with a fever must be seen the same day (AAP, MedlinePlus); the care
  // team decides where, so staff are told at once rather than sending every family to 911.
  infant_fever: 'urgent',
  sepsis: 'urgent',
  blood_clot: 'urgent',
  harm_to_others: 'emergency',
  abuse: 'urgent',
  dehydration: 'urgent',
  pain: 'urgent',
  urinary: 'urgent',
  concern: 'urgent',
  unscreened: 'urgent',
};

/**
 * When one message raises several flags, the guidance shown is the one for the first category in
 * this list: the crisis line before anything else for self-harm, then whatever kills fastest.
 */
export const CATEGORY_PRIORITY: readonly RedFlagCategory[] = [
  'self_harm',
  'unresponsive',
  'breathing',
  'anaphylaxis',
  'overdose',
  'chest_pain',
  'stroke',
  'bleeding',
  'seizure',
  'harm_to_others',
  'head_injury',
  'pregnancy',
  'sepsis',
  'blood_clot',
  'abuse',
  'infant_fever',
  'dehydration',
  'urinary',
  'pain',
  'concern',
  'unscreened',
];
