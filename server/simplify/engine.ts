import { scoreText, scoreTextAndSentences, type SyllableMemo } from '../../content/readability/index.js';
import type { ReviewFlag, SimplifyOptions, SimplifyResult } from '../../content/simplify/types.js';
import { createOutputChecker, toOutputCheck } from '../../safety/output/index.js';
import type { Fact, OutputCheck } from '../../safety/output/types.js';
import type { ModelConfig } from '../config.js';
import { abortedError, LlmError } from '../llm/errors.js';
import { createModel, type Model, type ModelDeps } from '../llm/model.js';
import { splitIntoSections } from '../llm/sections.js';
import { estimateTokens } from '../llm/tokens.js';
import type { Clock } from '../llm/types.js';
import type { Logger } from '../logger.js';
import type { ReadabilityScores } from '../../content/readability/types.js';
import type { FactCheckFor } from './factCheck.js';
import { minimumCost, rewriteWithModel, type RewriteOutcome } from './modelRewrite.js';
import { GRADE_TOLERANCE, hiderFor } from './problems.js';
import { systemPrompt } from './prompt.js';
import type { EmbeddedSimplifier, Progress, Redactor, Simplifier, SimplifyRequest } from './types.js';

/**
 * Picks the engine for a plain version. Without a model: the embedded engine. With one: the model
 * writes it (PHI redacted, checked, retried once with its problems), and whenever the model is
 * late, down, over budget or unfaithful twice, the embedded version is served at once with a
 * `model_fallback` flag for the clinician. `engine` in the result names the text served.
 */
export interface SimplifierDeps {
  /** The model to use; absent means the embedded engine only. */
  model?: ModelConfig;
  /** A model already built (shared with the chat, so one circuit breaker sees all calls); wins over `model`. */
  llm?: Model;
  embedded: EmbeddedSimplifier;
  redactor: Redactor;
  logger?: Logger;
  clock: Clock;
  /** The most a caller waits for the model before the embedded version is served. */
  timeoutMs?: number;
  /** The largest section sent in one call, in estimated tokens. */
  sectionTokens?: number;
  /** Estimated tokens (prompts and replies, retries included) one document may use. */
  documentTokenBudget?: number;
  /**
   * What the fact check may count as the same fact in other words (the lexicon's plain terms) and
   * which words are medicine names, per language and document (see factCheckFromLexicons).
   * Without it the check knows only its built-in medicines and compares warnings word for word.
   */
  factCheck?: FactCheckFor;
  /** Sections written at the same time. */
  concurrency?: number;
  /** Retry policy, breaker, stall timeout, sleep and randomness for a model built from `model`. */
  modelDeps?: Omit<ModelDeps, 'clock'>;
}

export const DEFAULT_TIMEOUT_MS = 90_000;
export const DEFAULT_SECTION_TOKENS = 1_500;
export const DEFAULT_DOCUMENT_TOKEN_BUDGET = 100_000;
export const DEFAULT_CONCURRENCY = 3;
export const DEFAULT_TARGET_GRADE = 7;

const EMBEDDED_SERVED = "so this is the built-in engine's version";

function fallbackMessage(error: LlmError, timeoutMs: number): string {
  switch (error.kind) {
    case 'timeout':
      return `The model did not finish within ${Math.round(timeoutMs / 1000)} seconds, ${EMBEDDED_SERVED}.`;
    case 'circuit_open':
      return `The model is paused after repeated failures, ${EMBEDDED_SERVED}.`;
    case 'budget':
      return `The document is too long for the model's token budget, ${EMBEDDED_SERVED}.`;
    case 'aborted':
      return `The request was cancelled before the model finished, ${EMBEDDED_SERVED}.`;
    default:
      return `The model could not be used (${error.message}), ${EMBEDDED_SERVED}.`;
  }
}

/**
 * The document's fact check from its sections' checks (each section's source against its rewrite):
 * as strict as one check of the whole, and the whole is not checked a second time.
 */
function mergeChecks(checks: readonly OutputCheck[]): OutputCheck {
  const missing: Fact[] = checks.flatMap((check) => check.missingFacts);
  const seen = new Set<string>();
  const added: Fact[] = [];
  for (const fact of checks.flatMap((check) => check.addedFacts)) {
    const key = `${fact.kind}\u0000${fact.text}`;
    if (!seen.has(key)) {
      seen.add(key);
      added.push(fact);
    }
  }
  return toOutputCheck(missing, added);
}

/** Rejects when the signal aborts, so a model call that ignores its signal still cannot hold the caller. */
function abortRace(signal: AbortSignal): { promise: Promise<never>; dispose: () => void } {
  let onAbort = (): void => undefined;
  const promise = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortedError(signal));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}

export function createSimplifier(deps: SimplifierDeps): Simplifier {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const sectionTokens = deps.sectionTokens ?? DEFAULT_SECTION_TOKENS;
  const tokenBudget = deps.documentTokenBudget ?? DEFAULT_DOCUMENT_TOKEN_BUDGET;
  const concurrency = deps.concurrency ?? DEFAULT_CONCURRENCY;
  const log = deps.logger;
  const llm: Model | undefined =
    deps.llm ??
    (deps.model
      ? createModel(deps.model, {
          ...deps.modelDeps,
          clock: deps.clock,
          onRetry: (info) =>
            log?.warn(
              { attempt: info.attempt, delayMs: info.delayMs, kind: info.error.kind },
              'model call retried',
            ),
          onBreakerChange: (state) => log?.warn({ state }, 'model circuit breaker changed state'),
        })
      : undefined);

  const fallback = (
    embedded: SimplifyResult,
    message: string,
    started: number,
    report: (progress: Progress) => void,
    total = 1,
  ): SimplifyResult => {
    report({ done: total, total, stage: 'fallback' });
    report({ done: total, total, stage: 'done' });
    return {
      ...embedded,
      flags: [...embedded.flags, { code: 'model_fallback', message }],
      elapsedMs: deps.clock() - started,
    };
  };

  const modelResult = (
    text: string,
    outcome: RewriteOutcome,
    embedded: SimplifyResult,
    options: Required<SimplifyOptions>,
    memo: SyllableMemo,
    started: number,
  ): SimplifyResult | { rejected: string } => {
    const facts = mergeChecks(outcome.sections.map((section) => section.problems.check));
    const unfaithful = outcome.sections.some((section) => section.problems.facts.length > 0);
    if (!facts.preserved || unfaithful) {
      const lost = [
        ...facts.missing.map((fact) => `left out "${fact}"`),
        ...facts.added.map((fact) => `added "${fact}"`),
      ];
      const detail = lost.length > 0 ? ` (${lost.join('; ')})` : '';
      return { rejected: `The model's version changed the facts twice${detail}, ${EMBEDDED_SERVED}.` };
    }
    const { scores: after, sentences } = scoreTextAndSentences(outcome.text, options.lang, memo);
    const limit = options.targetGrade + GRADE_TOLERANCE;
    const flags: ReviewFlag[] = embedded.flags.filter((flag) => flag.code === 'ambiguous_abbreviation');
    if (!after.tooShort && after.grade > limit) {
      if (embedded.readability.after.grade < after.grade) {
        return {
          rejected: `The model's version read at grade ${after.grade.toFixed(1)}, harder than the built-in engine's ${embedded.readability.after.grade.toFixed(1)}, ${EMBEDDED_SERVED}.`,
        };
      }
      flags.push({
        code: 'grade_above_target',
        message: `This version reads at grade ${after.grade.toFixed(1)}, above the target of ${options.targetGrade}.`,
      });
    }
    const retried = outcome.sections.filter((section) => section.retried);
    if (retried.length > 0) {
      const firstProblems = retried.flatMap((section) => section.firstProblems?.facts ?? []);
      flags.push({
        code: 'model_retry',
        message:
          firstProblems.length > 0
            ? `The model's first version was written again because of these problems: ${firstProblems.join(' ')} The second version passed the checks; read those parts closely.`
            : "The model's first version was too hard to read and was written again.",
      });
    }
    const plain = outcome.text.toLowerCase();
    return {
      text: outcome.text,
      engine: 'llm',
      lang: options.lang,
      readability: { before: embedded.readability.before, after },
      facts,
      glossary: embedded.glossary.filter((item) => plain.includes(item.term.toLowerCase())),
      flags,
      sentences,
      elapsedMs: deps.clock() - started,
    };
  };

  return {
    modelState: () => llm?.breakerState() ?? 'none',

    async simplify(text: string, request: SimplifyRequest): Promise<SimplifyResult> {
      const started = deps.clock();
      const options: Required<SimplifyOptions> = {
        lang: request.lang,
        targetGrade: request.targetGrade ?? DEFAULT_TARGET_GRADE,
      };
      const report = (progress: Progress): void => request.onProgress?.(progress);
      const embedded = deps.embedded.simplify(text, { ...options, now: deps.clock });
      if (llm === undefined) {
        report({ done: 1, total: 1, stage: 'done' });
        return embedded;
      }
      if (llm.breakerState() === 'open') {
        return fallback(
          embedded,
          fallbackMessage(new LlmError('circuit_open', 'open'), timeoutMs),
          started,
          report,
        );
      }

      const redacted = deps.redactor.redact(text);
      const sections = splitIntoSections(redacted.text, sectionTokens);
      const promptTokens = estimateTokens(systemPrompt(options.lang, options.targetGrade));
      if (sections.length === 0 || minimumCost(sections, promptTokens) > tokenBudget) {
        return fallback(
          embedded,
          fallbackMessage(new LlmError('budget', 'budget'), timeoutMs),
          started,
          report,
        );
      }

      const checker = createOutputChecker({ ...deps.factCheck?.(options.lang, text), lang: options.lang });
      const checkFacts = (source: string, output: string): OutputCheck => checker.check(source, output);
      const memo: SyllableMemo = new Map();
      const score = (section: string): ReadabilityScores => scoreText(section, options.lang, memo);
      const deadline = AbortSignal.timeout(timeoutMs);
      const signal = request.signal ? AbortSignal.any([request.signal, deadline]) : deadline;
      const race = abortRace(signal);
      let outcome: RewriteOutcome;
      try {
        outcome = await Promise.race([
          rewriteWithModel({
            sections,
            map: redacted.map,
            lang: options.lang,
            targetGrade: options.targetGrade,
            model: llm,
            redactor: deps.redactor,
            hide: hiderFor(redacted.map),
            checkFacts,
            score,
            signal,
            concurrency,
            tokenBudget,
            report,
          }),
          race.promise,
        ]);
      } catch (error) {
        const failure =
          error instanceof LlmError ? error : new LlmError('bad_response', 'an unexpected error');
        log?.warn(
          { kind: failure.kind, status: failure.details.status },
          'simplify: model not used, serving the embedded version',
        );
        return fallback(embedded, fallbackMessage(failure, timeoutMs), started, report, sections.length);
      } finally {
        race.dispose();
      }

      report({ done: sections.length, total: sections.length, stage: 'check' });
      const result = modelResult(text, outcome, embedded, options, memo, started);
      if ('rejected' in result) {
        log?.warn(
          { sections: sections.length },
          'simplify: model version failed its checks, serving the embedded version',
        );
        return fallback(embedded, result.rejected, started, report, sections.length);
      }
      report({ done: sections.length, total: sections.length, stage: 'done' });
      return result;
    },
  };
}
