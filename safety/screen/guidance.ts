import { CATEGORY_PRIORITY } from './categories.js';
import type { Finding, ScreenResult } from './types.js';

export type GuidanceNumber = 'emergency' | 'crisis';

/**
 * The guidance texts in `locales/<lang>/emergency.json` and the numbers each one names. The server
 * renders `t(lang, 'emergency:<key>', { emergency: EMERGENCY_NUMBER, crisis: CRISIS_LINE })`; a
 * test checks that every language has every key with exactly these placeholders.
 */
export const GUIDANCE: Readonly<Record<string, { numbers: readonly GuidanceNumber[] }>> = {
  general: { numbers: ['emergency'] },
  self_harm: { numbers: ['crisis', 'emergency'] },
  overdose: { numbers: ['emergency'] },
  choking: { numbers: ['emergency'] },
  breathing: { numbers: ['emergency'] },
  anaphylaxis: { numbers: ['emergency'] },
  chest_pain: { numbers: ['emergency'] },
  stroke: { numbers: ['emergency'] },
  bleeding: { numbers: ['emergency'] },
  seizure: { numbers: ['emergency'] },
  unresponsive: { numbers: ['emergency'] },
  head_injury: { numbers: ['emergency'] },
  pregnancy: { numbers: ['emergency'] },
  sepsis: { numbers: ['emergency'] },
  harm_to_others: { numbers: ['emergency'] },
  abuse: { numbers: ['emergency'] },
  infant_fever: { numbers: ['emergency'] },
  wound_infection: { numbers: ['emergency'] },
  blood_clot: { numbers: ['emergency'] },
  unscreened: { numbers: ['emergency'] },
  urgent: { numbers: ['emergency'] },
  blocked: { numbers: [] },
};

function rank(category: string): number {
  const index = (CATEGORY_PRIORITY as readonly string[]).indexOf(category);
  return index < 0 ? CATEGORY_PRIORITY.length : index;
}

/** The finding whose guidance the patient sees first: the highest-priority category of the winning action. */
function leadingFinding(result: ScreenResult): Finding | undefined {
  const wanted = result.action;
  const candidates = result.matches.filter((finding) => finding.hint !== true && finding.action === wanted);
  candidates.sort((a, b) => rank(a.category) - rank(b.category));
  return candidates[0];
}

/**
 * The i18n key of the guidance to show for a screen result, and which numbers it names;
 * undefined for 'allow'. For example `{ key: 'emergency:self_harm', numbers: ['crisis', 'emergency'] }`.
 */
export function guidanceFor(
  result: ScreenResult,
): { key: string; numbers: Array<GuidanceNumber> } | undefined {
  if (result.action === 'allow') return undefined;
  const pick = (name: string) => ({
    key: `emergency:${name}`,
    numbers: [...(GUIDANCE[name]?.numbers ?? [])],
  });
  if (result.action === 'block') return pick('blocked');
  const lead = leadingFinding(result);
  const specific: string | undefined = lead?.guidance ?? lead?.category;
  if (specific !== undefined && GUIDANCE[specific] !== undefined) return pick(specific);
  return pick(result.action === 'emergency' ? 'general' : 'urgent');
}
