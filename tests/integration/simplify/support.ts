import type { Lang } from '../../../client/shared/languages.js';
import { loadLexicon } from '../../../content/lexicon/load.js';
import type { Lexicon } from '../../../content/lexicon/types.js';
import { createEmbeddedSimplifier } from '../../../content/simplify/index.js';
import { createRedactor } from '../../../safety/phi/index.js';
import { projectPath } from '../../../server/paths.js';
import {
  createSimplifier,
  factCheckFromLexicons,
  type SimplifierDeps,
} from '../../../server/simplify/index.js';
import type { Progress, Simplifier } from '../../../server/simplify/types.js';
import type { RecordedRequest } from '../../fakes/openaiServer.js';

/** The document inside a simplify prompt (the first user message, between the tags). */
export function documentOf(request: RecordedRequest): string {
  for (const message of request.body?.messages ?? []) {
    const match = /<document>\n([\s\S]*)\n<\/document>/.exec(message.content);
    if (message.role === 'user' && match?.[1] !== undefined) return match[1];
  }
  return '';
}

/** A model that gives the document back as it got it: faithful by construction. */
export const echo = (request: RecordedRequest): string => documentOf(request);

/** The last user message: on a retry, the problems fed back. */
export function feedbackOf(request: RecordedRequest | undefined): string {
  const messages = request?.body?.messages ?? [];
  return messages.at(-1)?.content ?? '';
}

const lexicons: Partial<Record<Lang, Lexicon>> = { en: loadLexicon(projectPath('content', 'lexicon'), 'en') };

export interface TestClock {
  now: () => number;
  advance: (ms: number) => void;
}

export function testClock(): TestClock {
  let now = 1_000_000;
  return { now: () => now, advance: (ms) => void (now += ms) };
}

/** The real embedded engine and redactor, with a model at `baseUrl` when given; no waiting between retries. */
export function simplifierFor(
  baseUrl: string | undefined,
  overrides: Partial<SimplifierDeps> = {},
): { simplifier: Simplifier; waits: number[] } {
  const waits: number[] = [];
  const simplifier = createSimplifier({
    ...(baseUrl ? { model: { apiKey: 'test-key', baseUrl, model: 'fake-model' } } : {}),
    embedded: createEmbeddedSimplifier(lexicons),
    factCheck: factCheckFromLexicons(lexicons),
    redactor: createRedactor(),
    clock: () => performance.now(),
    concurrency: 1,
    ...overrides,
    modelDeps: {
      sleep: (ms) => (waits.push(ms), Promise.resolve()),
      random: () => 0.5,
      ...overrides.modelDeps,
    },
  });
  return { simplifier, waits };
}

export function progressRecorder(): { events: Progress[]; onProgress: (progress: Progress) => void } {
  const events: Progress[] = [];
  return { events, onProgress: (progress) => events.push(progress) };
}
