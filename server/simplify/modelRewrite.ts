import type { Lang } from '../../client/shared/languages.js';
import type { ReadabilityScores } from '../../content/readability/types.js';
import type { OutputCheck } from '../../safety/output/types.js';
import { LlmError } from '../llm/errors.js';
import type { Model } from '../llm/model.js';
import { joinSections, type Section } from '../llm/sections.js';
import { estimateTokens } from '../llm/tokens.js';
import type { ChatMessage } from '../llm/types.js';
import { findProblems, hasProblems, type SectionProblems } from './problems.js';
import { cleanReply, initialMessages, retryMessages } from './prompt.js';
import type { Progress, Redactor } from './types.js';

/**
 * The model's side of a rewrite: each section of the redacted document is written, checked
 * against its source, and written once more with its problems fed back if it fails. Model
 * failures are thrown as LlmError; deciding what to serve is the engine's job.
 */

export interface RewriteInput {
  sections: Section[];
  map: Record<string, string>;
  lang: Lang;
  targetGrade: number;
  model: Model;
  redactor: Redactor;
  hide: (text: string) => string;
  checkFacts: (source: string, output: string) => OutputCheck;
  score: (text: string) => ReadabilityScores;
  signal: AbortSignal;
  concurrency: number;
  /** Estimated tokens (prompts and replies, retries included) the document may use. */
  tokenBudget: number;
  report: (progress: Progress) => void;
}

export interface SectionOutcome {
  /** The chosen reply, placeholders still in. */
  text: string;
  retried: boolean;
  /** What is still wrong with the chosen reply (and its fact check). */
  problems: SectionProblems;
  /** What was wrong with the first reply, when there was a retry. */
  firstProblems?: SectionProblems;
}

export interface RewriteOutcome {
  /** The whole rewrite with PHI restored. */
  text: string;
  sections: SectionOutcome[];
}

/** Room for plain-language explanations, which make a text longer than its source. */
const outputAllowance = (sectionTokens: number): number => sectionTokens * 4 + 200;

const messagesTokens = (messages: ChatMessage[]): number =>
  messages.reduce((sum, message) => sum + estimateTokens(message.content) + 4, 0);

function budgetError(): LlmError {
  return new LlmError('budget', 'the document used up its token budget');
}

export async function rewriteWithModel(input: RewriteInput): Promise<RewriteOutcome> {
  const total = input.sections.length;
  let done = 0;
  let spent = 0;
  const stop = new AbortController();
  const signal = AbortSignal.any([input.signal, stop.signal]);

  const call = async (messages: ChatMessage[], section: Section): Promise<string> => {
    const promptTokens = messagesTokens(messages);
    if (spent + promptTokens > input.tokenBudget) throw budgetError();
    spent += promptTokens;
    const reply = await input.model.complete({
      messages,
      signal,
      maxOutputTokens: outputAllowance(section.tokens),
    });
    spent += estimateTokens(reply.text);
    return cleanReply(reply.text);
  };

  const check = (section: Section, reply: string): SectionProblems =>
    findProblems({
      redactedSource: section.text,
      redactedOutput: reply,
      source: input.redactor.restore(section.text, input.map),
      output: input.redactor.restore(reply, input.map),
      lang: input.lang,
      targetGrade: input.targetGrade,
      hide: input.hide,
      checkFacts: input.checkFacts,
      score: input.score,
    });

  const rewriteSection = async (section: Section): Promise<SectionOutcome> => {
    const messages = initialMessages(section.text, input.lang, input.targetGrade);
    const first = await call(messages, section);
    const firstProblems = check(section, first);
    if (!hasProblems(firstProblems)) return { text: first, retried: false, problems: firstProblems };
    input.report({ done, total, stage: 'retry' });
    const feedback = [...firstProblems.facts, ...firstProblems.grade];
    const second = await call(retryMessages(messages, first, feedback), section);
    const secondProblems = check(section, second);
    // A version that keeps every fact beats an easier one that does not.
    const keepFirst = firstProblems.facts.length === 0 && secondProblems.facts.length > 0;
    return keepFirst
      ? { text: first, retried: true, problems: firstProblems, firstProblems }
      : { text: second, retried: true, problems: secondProblems, firstProblems };
  };

  const outcomes: SectionOutcome[] = new Array<SectionOutcome>(total);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next;
      next += 1;
      const section = input.sections[index];
      if (section === undefined) continue;
      outcomes[index] = await rewriteSection(section);
      done += 1;
      input.report({ done, total, stage: 'write' });
    }
  };

  input.report({ done: 0, total, stage: 'prepare' });
  const workers = Array.from({ length: Math.max(1, Math.min(input.concurrency, total)) }, () => worker());
  try {
    await Promise.all(workers);
  } catch (error) {
    // One section failing dooms the rewrite: stop the others rather than pay for them.
    stop.abort();
    await Promise.allSettled(workers);
    throw error;
  }
  const redactedText = joinSections(
    input.sections,
    outcomes.map((outcome) => outcome.text),
  );
  return { text: input.redactor.restore(redactedText, input.map), sections: outcomes };
}

/** The smallest the rewrite can cost: each section's prompt and a reply as long as the section. */
export function minimumCost(sections: readonly Section[], systemPromptTokens: number): number {
  return sections.reduce((sum, section) => sum + systemPromptTokens + 2 * section.tokens, 0);
}
