import type { Lang } from '../../client/shared/languages.js';
import type { Engine, Outcome, Source } from '../../client/shared/protocol.js';
import type { Draft, Screening } from './ports.js';

/**
 * One patient turn runs through an ordered list of named stages (screen → handoff → redact →
 * answer → check → restore). A stage either lets the turn continue or stops it with the reply; each
 * records how long it took and what it decided, so a reply's path is always explainable.
 */

export type EscalationPriority = 'emergency' | 'urgent' | 'request';

export interface TurnInput {
  conversationId: string;
  messageId: string;
  text: string;
  /** The language the patient chose, if they chose one. */
  lang?: Lang;
  /** The conversation's language so far, used when the message alone does not tell. */
  conversationLang?: Lang;
}

export interface TurnState {
  readonly input: TurnInput;
  lang: Lang;
  screening?: Screening;
  redacted?: { text: string; map: Record<string, string> };
  draft?: Draft;
}

export interface TurnReply {
  outcome: Outcome;
  text: string;
  lang: Lang;
  engine?: Engine;
  sources: Source[];
  /** Set when staff must be told: the chat raises a ticket after the patient has the reply. */
  escalate?: { priority: EscalationPriority; categories: string[] };
  /** Numbers the patient should be able to call from this reply. */
  callNumbers?: { emergency: string; crisis?: string; hospital?: string };
  /** A staff member is in the conversation: the assistant sends nothing, staff answer. */
  quiet?: boolean;
}

export type StageDecision = { kind: 'continue' } | { kind: 'stop'; reply: TurnReply };

export interface Stage {
  readonly name: string;
  run(state: TurnState): StageDecision | Promise<StageDecision>;
}

export interface StageRecord {
  stage: string;
  decision: StageDecision['kind'];
  ms: number;
}

export interface TurnResult {
  reply: TurnReply;
  trace: StageRecord[];
}

export interface Pipeline {
  readonly stages: readonly string[];
  run(input: TurnInput): Promise<TurnResult>;
}

export function createPipeline(stages: readonly Stage[], now: () => number): Pipeline {
  const frozen = Object.freeze([...stages]);
  return {
    stages: frozen.map((s) => s.name),
    async run(input) {
      const state: TurnState = { input, lang: input.lang ?? input.conversationLang ?? 'en' };
      const trace: StageRecord[] = [];
      for (const stage of frozen) {
        const started = now();
        const decision = await stage.run(state);
        trace.push({
          stage: stage.name,
          decision: decision.kind,
          ms: Math.round((now() - started) * 1000) / 1000,
        });
        if (decision.kind === 'stop') return { reply: decision.reply, trace };
      }
      throw new Error(
        `the chat pipeline ended without a reply (stages: ${frozen.map((s) => s.name).join(', ')})`,
      );
    },
  };
}
