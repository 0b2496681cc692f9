import type { Translate } from '../../i18n.js';
import type { Stage, TurnReply, TurnState } from '../pipeline.js';
import type { ScreenerPort, Screening } from '../ports.js';

export interface CallNumbers {
  emergency: string;
  crisis: string;
  hospital?: string;
}

export interface ScreenStageDeps {
  screener: ScreenerPort;
  t: Translate;
  numbers: CallNumbers;
}

const FALLBACK_KEYS: Record<Exclude<Screening['action'], 'allow'>, string> = {
  emergency: 'emergency:general',
  urgent: 'emergency:urgent',
  block: 'emergency:blocked',
};

function guidanceReply(state: TurnState, screening: Screening, deps: ScreenStageDeps): TurnReply {
  const action = screening.action;
  if (action === 'allow') throw new Error('guidance is only for red flags and blocked messages');
  const guidance = screening.guidance;
  const text = deps.t(state.lang, guidance?.key ?? FALLBACK_KEYS[action], {
    emergency: deps.numbers.emergency,
    crisis: deps.numbers.crisis,
    hospital: deps.numbers.hospital ?? deps.numbers.emergency,
  });
  if (action === 'block') return { outcome: 'blocked', text, lang: state.lang, sources: [] };
  const usesCrisis = guidance?.numbers.includes('crisis') ?? false;
  return {
    outcome: action,
    text,
    lang: state.lang,
    sources: [],
    escalate: { priority: action, categories: screening.categories },
    callNumbers: {
      emergency: deps.numbers.emergency,
      ...(usesCrisis ? { crisis: deps.numbers.crisis } : {}),
      ...(deps.numbers.hospital ? { hospital: deps.numbers.hospital } : {}),
    },
  };
}

/**
 * The first stage and the red-flag path: pure and synchronous, so emergency guidance never waits
 * on the network, a model or the store. A screener failure is not treated as safe: the patient
 * gets the urgent guidance and staff are told.
 */
export function screenStage(deps: ScreenStageDeps): Stage {
  return {
    name: 'screen',
    run(state) {
      let screening: Screening;
      try {
        screening = deps.screener.screen(
          state.input.text,
          state.input.lang ? { lang: state.input.lang } : {},
        );
      } catch {
        screening = {
          action: 'urgent',
          categories: ['screening_failed'],
          lang: state.lang,
          guidance: { key: 'emergency:unscreened', numbers: ['emergency'] },
        };
      }
      state.screening = screening;
      state.lang = state.input.lang ?? screening.lang;
      if (screening.action === 'allow') return { kind: 'continue' };
      return { kind: 'stop', reply: guidanceReply(state, screening, deps) };
    },
  };
}
