import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { completeSetup, setupLinkValid } from '../../auth/setup.js';
import { looksLikeToken } from '../../auth/tokens.js';
import type { StaffApiDeps } from '../../staff/apiDeps.js';
import { AppError, errors } from '../errors.js';
import { checkPreSessionCsrf, setSessionCookie } from './auth.js';

const SetupBody = z.object({
  email: z.string().max(254),
  password: z.string().max(1024),
  name: z.string().max(200).optional(),
});

/** `/api/setup/:token`: whether a first-start link is still good, and using it to create the first admin. */
export function setupRouter(deps: StaffApiDeps): Router {
  const router = Router();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: 20,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(errors.tooMany()),
  });

  router.get('/api/setup/:token', limiter, async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const token = req.params.token;
    res.json({ valid: looksLikeToken(token) && (await setupLinkValid(deps.store.users, token)) });
  });

  router.post('/api/setup/:token', limiter, async (req, res) => {
    if (!(await checkPreSessionCsrf(deps, req))) {
      throw new AppError(403, 'csrf_failed', 'This form has expired. Reload the page and try again.');
    }
    const token = req.params.token;
    const input = SetupBody.safeParse(req.body ?? {});
    if (!input.success) throw errors.badRequest('Send email, password and optionally name.');
    if (!looksLikeToken(token)) throw new AppError(404, 'link_invalid', 'This setup link is not valid.');
    const result = await completeSetup({ users: deps.store.users, audit: deps.audit, now: deps.now }, token, {
      email: input.data.email,
      password: input.data.password,
      ...(input.data.name !== undefined ? { name: input.data.name } : {}),
    });
    if (!result.ok) {
      throw new AppError(
        result.code === 'link_invalid' ? 404 : result.code === 'email_taken' ? 409 : 400,
        result.code,
        result.message,
      );
    }
    deps.logger.info(
      { event: 'setup_complete', userId: result.user.id },
      'first admin created through the setup link',
    );
    // The new admin is signed in straight away.
    const { token: sessionToken, session } = await deps.sessions.start(result.user.id);
    setSessionCookie(deps, res, sessionToken);
    res.status(201).json({
      user: { id: result.user.id, email: result.user.email, role: result.user.role, name: result.user.name },
      csrfToken: session.record.csrfToken,
    });
  });
  return router;
}
