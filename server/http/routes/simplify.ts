import { Router, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { LANGUAGES, type Lang } from '../../../client/shared/languages.js';
import { detectLanguage } from '../../../safety/lang/index.js';
import type { Logger } from '../../logger.js';
import type { Progress, Simplifier } from '../../simplify/types.js';
import { AppError, errorBody, errors } from '../errors.js';

/**
 * `POST /api/simplify`: a clinical text in, its plain version out. JSON by default; with
 * `Accept: text/event-stream` it streams `progress` events ({done,total,stage}) while a long
 * document is written, then one `result` event (or one `error` event). Mounted by the app under
 * clinician authentication: `authorize` is that check.
 */

export const MAX_TEXT_CHARS = 100_000;

const SimplifyBody = z.object({
  text: z
    .string({ error: (issue) => (issue.input === undefined ? 'text is required' : 'text must be a string') })
    .refine((text) => text.trim().length > 0, { message: 'text must not be empty' })
    .refine((text) => text.length <= MAX_TEXT_CHARS, {
      message: `text must be at most ${MAX_TEXT_CHARS.toLocaleString('en-US')} characters`,
    }),
  lang: z.enum(LANGUAGES, { message: `lang must be one of ${LANGUAGES.join(', ')}` }).optional(),
  targetGrade: z
    .number({ message: 'targetGrade must be a number' })
    .int({ message: 'targetGrade must be a whole number' })
    .min(1, { message: 'targetGrade must be from 1 to 16' })
    .max(16, { message: 'targetGrade must be from 1 to 16' })
    .optional(),
});

export type SimplifyBody = z.infer<typeof SimplifyBody>;

export interface SimplifyRouterDeps {
  simplifier: Simplifier;
  /** The clinician check (one handler or a chain); it answers 401/403 itself or calls next(). */
  authorize: RequestHandler | readonly RequestHandler[];
  /** Runs before `authorize`, e.g. a per-user rate limit. */
  rateLimit?: RequestHandler;
  logger?: Logger;
  /** How often an idle event stream sends a comment, so proxies keep it open. */
  heartbeatMs?: number;
}

function parseBody(body: unknown): SimplifyBody {
  if (typeof body !== 'object' || body === null) {
    throw errors.badRequest('Send a JSON body such as {"text": "..."}.');
  }
  const parsed = SimplifyBody.safeParse(body);
  if (!parsed.success) {
    // The message names the field, never the value: the text is a patient's document.
    throw errors.badRequest(parsed.error.issues[0]?.message ?? 'The request is not valid.');
  }
  return parsed.data;
}

function languageOf(body: SimplifyBody): Lang {
  return body.lang ?? detectLanguage(body.text, 'en').lang;
}

function wantsEventStream(req: Request): boolean {
  return (req.get('accept') ?? '').toLowerCase().includes('text/event-stream');
}

function sendEvent(res: Response, event: string, data: unknown): void {
  // The client may have gone; the work finishes (cancelled) but has no one to tell.
  if (res.writableEnded || res.destroyed) return;
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

export function createSimplifyRouter(deps: SimplifyRouterDeps): Router {
  const router = Router();
  const heartbeatMs = deps.heartbeatMs ?? 15_000;
  const guards: RequestHandler[] = [...(deps.rateLimit ? [deps.rateLimit] : []), ...[deps.authorize].flat()];

  router.post('/api/simplify', ...guards, async (req, res) => {
    const body = parseBody(req.body);
    const lang = languageOf(body);
    const options = { lang, ...(body.targetGrade !== undefined ? { targetGrade: body.targetGrade } : {}) };

    if (!wantsEventStream(req)) {
      const controller = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) controller.abort();
      });
      const result = await deps.simplifier.simplify(body.text, { ...options, signal: controller.signal });
      res.json(result);
      return;
    }

    res.status(200);
    res.set({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const heartbeat = setInterval(() => {
      if (!res.destroyed) res.write(': keep-alive\n\n');
    }, heartbeatMs);
    try {
      const result = await deps.simplifier.simplify(body.text, {
        ...options,
        signal: controller.signal,
        onProgress: (progress: Progress) => sendEvent(res, 'progress', progress),
      });
      sendEvent(res, 'result', result);
    } catch (error) {
      deps.logger?.error(
        { err: error instanceof Error ? { message: error.message } : 'unknown' },
        'simplify failed',
      );
      const appError =
        error instanceof AppError
          ? error
          : new AppError(500, 'server_error', 'Something went wrong on our side. Please try again.');
      sendEvent(res, 'error', errorBody(appError));
    } finally {
      clearInterval(heartbeat);
      res.end();
    }
  });

  return router;
}
