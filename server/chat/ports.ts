import type { Lang } from '../../client/shared/languages.js';
import type { Engine, Outcome, Source } from '../../client/shared/protocol.js';

/**
 * What the chat needs from the guardrails and the answer engines, as narrow interfaces: the real
 * `safety/` modules satisfy them, and the pipeline never reaches past them.
 */

export type ScreenAction = 'emergency' | 'urgent' | 'block' | 'allow';

export interface Guidance {
  /** i18n key of the text the patient sees, e.g. `emergency:self_harm`. */
  key: string;
  /** The numbers that text names. */
  numbers: Array<'emergency' | 'crisis'>;
}

export interface Screening {
  action: ScreenAction;
  categories: string[];
  lang: Lang;
  /** What to tell the patient; present for every action but 'allow'. */
  guidance?: Guidance;
}

export interface ScreenerPort {
  screen(text: string, options?: { lang?: Lang }): Screening;
}

export interface RedactorPort {
  redact(text: string): { text: string; map: Record<string, string> };
  restore(text: string, map: Record<string, string>): string;
}

export type OutputCheckPort = (
  source: string,
  output: string,
  options?: { lang?: Lang },
) => { preserved: boolean; missing: string[]; added: string[] };

export interface Question {
  /** The patient's words with PHI replaced by placeholders. */
  text: string;
  lang: Lang;
  /** Red-flag categories the screener saw in an education question ("what are the signs of a stroke?"). */
  hints: string[];
}

/** An answer before the output check: `grounding` is the vetted text it may state facts from. */
export interface Draft {
  outcome: Extract<Outcome, 'answered' | 'no_answer' | 'handoff'>;
  text: string;
  engine: Engine;
  sources: Source[];
  grounding: string;
}

export interface Answerer {
  answer(question: Question): Promise<Draft>;
}
