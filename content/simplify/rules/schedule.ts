import type { LanguageRules } from '../data/types.js';
import { unicodeBoundaries } from './patternRules.js';

export interface CompiledSchedule {
  take: string;
  use: string;
  inject: string;
  of: string;
  useWhen: RegExp;
  injectWhen: RegExp;
  finiteVerbs: ReadonlySet<string>;
  /** Where how or how often it is taken starts ("by mouth", "every", "twice a day"). */
  timing: RegExp;
}

export function compileSchedule(rules: LanguageRules): CompiledSchedule | undefined {
  const s = rules.schedule;
  if (!s) return undefined;
  return {
    take: s.take,
    use: s.use,
    inject: s.inject,
    of: s.of,
    useWhen: new RegExp(unicodeBoundaries(s.useWhen), 'iu'),
    injectWhen: new RegExp(unicodeBoundaries(s.injectWhen), 'u'),
    finiteVerbs: new Set(rules.finiteVerbs),
    timing: new RegExp(
      unicodeBoundaries(
        '\\b(?:by mouth|under the|into|every|each|once|twice|daily|a day|at bedtime|when needed|as needed|in the morning|in the evening|por la boca|debajo de|cada|una vez|dos veces|al día|al acostarse|cuando lo necesite|si lo necesita)\\b',
      ),
      'iu',
    ),
  };
}

const NAME_WORD = /^[\p{L}][\p{L}'’-]*(?:\/[\p{L}][\p{L}-]*)?/u;
const FORMULATION =
  /^(?:tartrate|succinate|sodium|potassium|calcium|hcl|hydrochloride|er|xl|sr|cr|xr|dr|ec|extended-release|delayed-release|oral|solution|suspension|inhaler|cream|ointment|tablets?|capsules?)\b/iu;
const QUANTITY =
  /(?:,\s*)?(?:(?:take|tome)\s+)?\b(\d+(?:\.\d+)?(?:\s+(?:to|a|or|o)\s+\d+(?:\.\d+)?)?|one|two|half a|1\/2|un|una|dos)\s+(tablets?|capsules?|puffs?|drops?|sprays?|patch(?:es)?|comprimidos?|cápsulas?|gotas?|inhalaciones?|parches?)\b/iu;
const LIMIT = /\b(?:max|maximum|up to|no more than|not more than|at most|hasta|máximo)\W*$/iu;
const BY_MOUTH =
  /\b(?:by mouth|orally|per os|under the tongue|sublingual(?:ly)?|por la boca|v[íi]a oral|debajo de la lengua)\b/iu;
const HAS_DOSE_OR_TIMING =
  /\d|\b(?:a day|every|daily|when needed|at bedtime|twice|once|al día|cada|cuando lo necesite)\b/iu;

/**
 * A prescription line ("Metoprolol tartrate 25 mg, 1 tablet by mouth twice a day") as an instruction: "Take 1 tablet
 * of metoprolol tartrate 25 mg by mouth twice a day". Only the count of tablets moves to the front; every other word
 * stays where it was. The line must start with a medicine name and hold a dose or a timing, and must not be a
 * sentence about the medicine ("Metoprolol was stopped").
 */
export function toSchedule(
  sentence: string,
  schedule: CompiledSchedule,
  isMedicine: (word: string) => boolean,
): string | undefined {
  const first = NAME_WORD.exec(sentence)?.[0];
  if (!first) return undefined;
  const parts = first.split(/[-/]/u).filter((p) => p.length > 0);
  if (!parts.some((p) => isMedicine(p.toLowerCase()))) return undefined;
  let nameEnd = first.length;
  for (;;) {
    const rest = sentence.slice(nameEnd);
    const formulation = /^\s+/u.exec(rest) && FORMULATION.exec(rest.trimStart());
    if (!formulation) break;
    nameEnd += rest.length - rest.trimStart().length + formulation[0].length;
  }
  const name = sentence.slice(0, nameEnd);
  let rest = sentence.slice(nameEnd).trim();
  if (!HAS_DOSE_OR_TIMING.test(rest)) return undefined;
  const restWords = rest.toLowerCase().split(/[\s,]+/u);
  if (restWords.some((w) => schedule.finiteVerbs.has(w))) return undefined;
  let quantity = '';
  const q = QUANTITY.exec(rest);
  // Only the count that says how many to take moves: one that comes before how and how often it is taken, and
  // not a limit ("max 4 tablets a day", "up to 3 doses").
  const timing = schedule.timing.exec(rest)?.index ?? rest.length;
  if (q && q.index < timing && !LIMIT.test(rest.slice(0, q.index))) {
    quantity = `${q[1] ?? ''} ${q[2] ?? ''} ${schedule.of} `;
    rest = (rest.slice(0, q.index).replace(/[,:]\s*$/u, ' ') + rest.slice(q.index + q[0].length))
      .replace(/^\s*:\s*/u, ' ')
      .replace(/\s{2,}/gu, ' ')
      .trim();
  }
  rest = rest.replace(/^[,;:-]\s*/u, '');
  // "400 units by mouth" is taken, not injected: a route by mouth settles it before any unit does.
  const verb =
    !BY_MOUTH.test(rest) && schedule.injectWhen.test(rest)
      ? schedule.inject
      : schedule.useWhen.test(`${name} ${rest}`)
        ? schedule.use
        : schedule.take;
  const shownName =
    parts.every((p) => isMedicine(p.toLowerCase())) && /^\p{Lu}\p{Ll}+/u.test(name)
      ? name.charAt(0).toLowerCase() + name.slice(1)
      : name;
  return `${verb} ${quantity}${shownName}${rest ? ` ${rest}` : ''}`.replace(/\s{2,}/gu, ' ');
}
