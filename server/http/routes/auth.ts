import { Router, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { Me } from '../../../client/shared/staffProtocol.js';
import { staffActor } from '../../auth/accounts.js';
import { cookieOptions } from '../../auth/cookies.js';
import { sessionCsrfMatches } from '../../auth/csrf.js';
import { sessionToken, type StaffRoute } from '../../auth/http.js';
import { login } from '../../auth/login.js';
import { capabilities } from '../../auth/policy.js';
import { readCookie } from '../../auth/cookies.js';
import { resolveStaff } from '../../auth/resolveStaff.js';
import { presentStaff } from '../../escalation/present.js';
import type { StaffApiDeps } from '../../staff/apiDeps.js';
import { AppError, errors } from '../errors.js';

const LoginBody = z.object({ email: z.string().max(254), password: z.string().max(1024) });

/**
 * Login attempts per client address per minute, on top of the per-account lock: high enough for a
 * call centre behind one NAT address signing in at the start of a shift, low enough to slow a
 * password-spraying run across many accounts.
 */
const LOGIN_ATTEMPTS_PER_MINUTE = 100;

/**
 * Checks the CSRF token of a request made before there is a session (login, setup): bound to the
 * pre-login cookie, or to the session if the browser still has one.
 */
export async function checkPreSessionCsrf(deps: StaffApiDeps, req: Request): Promise<boolean> {
  const header = req.headers['x-csrf-token'];
  if (deps.anonymousCsrf.check(readCookie(req.headers.cookie, deps.cookies.csrf), header)) return true;
  const session = await deps.sessions.resume(sessionToken(req, deps.cookies), { touch: false });
  return session !== undefined && sessionCsrfMatches(session.record.csrfToken, header);
}

export function setSessionCookie(deps: StaffApiDeps, res: Response, token: string): void {
  res.cookie(deps.cookies.session, token, cookieOptions(deps.secureCookies));
  res.clearCookie(deps.cookies.csrf, cookieOptions(deps.secureCookies));
}

/** `/api/auth/*`: the routes that come before a session (CSRF token, login) and sign-out. */
export function authRouter(deps: StaffApiDeps): Router {
  const router = Router();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: LOGIN_ATTEMPTS_PER_MINUTE,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(errors.tooMany('Too many sign-in attempts from here. Please wait a minute.')),
  });

  router.get('/api/auth/csrf', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const found = await resolveStaff(
      { sessions: deps.sessions, users: deps.store.users },
      sessionToken(req, deps.cookies),
      { touch: false },
    );
    if (found) {
      res.json({ csrfToken: found.session.record.csrfToken });
      return;
    }
    const issued = deps.anonymousCsrf.issue();
    res.cookie(deps.cookies.csrf, issued.cookieValue, cookieOptions(deps.secureCookies));
    res.json({ csrfToken: issued.token });
  });

  router.post('/api/auth/login', limiter, async (req, res) => {
    if (!(await checkPreSessionCsrf(deps, req))) {
      deps.logger.warn({ event: 'csrf_failed', ip: req.ip }, 'login refused: CSRF token missing or wrong');
      throw new AppError(403, 'csrf_failed', 'This sign-in form has expired. Reload the page and try again.');
    }
    const body = LoginBody.safeParse(req.body);
    if (!body.success) throw errors.badRequest('Send an email and a password.');
    const result = await login(
      {
        users: deps.store.users,
        sessions: deps.sessions,
        guard: deps.guard,
        audit: deps.audit,
        logger: deps.logger,
      },
      { email: body.data.email, password: body.data.password, ip: req.ip },
    );
    if (!result.ok) {
      if (result.reason === 'locked') {
        throw errors.tooMany(
          'This account is locked for 15 minutes after too many wrong passwords. Please wait, or ask an admin.',
        );
      }
      throw new AppError(401, 'wrong_credentials', 'The email or the password is not right.');
    }
    // Rotation: whatever session this browser had ends; the new one gets a new token.
    await deps.sessions.end(sessionToken(req, deps.cookies));
    setSessionCookie(deps, res, result.token);
    res.set('Cache-Control', 'no-store');
    res.json({
      user: { email: result.user.email, role: result.user.role, name: result.user.name, id: result.user.id },
      csrfToken: result.session.record.csrfToken,
    });
  });

  return router;
}

/** Signed-in routes of `/api/auth`. */
export function authRoutes(deps: StaffApiDeps): StaffRoute[] {
  return [
    {
      method: 'get',
      path: '/api/auth/me',
      action: null,
      handler: async (_req, res, ctx) => {
        res.set('Cache-Control', 'no-store');
        const me: Me = {
          user: presentStaff(ctx.staff),
          can: capabilities(ctx.staff.role),
          csrfToken: ctx.session.record.csrfToken,
        };
        res.json(me);
        await Promise.resolve();
      },
    },
    {
      method: 'post',
      path: '/api/auth/logout',
      action: null,
      handler: async (_req, res, ctx) => {
        await deps.sessions.end(ctx.token);
        res.clearCookie(
          deps.cookies.session,
          deps.secureCookies ? cookieOptions(true) : cookieOptions(false),
        );
        deps.disconnect({ token: ctx.token }, 'signed_out');
        await deps.audit
          .record({
            actor: staffActor(ctx.user),
            action: 'auth.logout',
            target: { kind: 'user', id: ctx.user.id },
          })
          .catch((error: unknown) =>
            deps.logger.error({ err: { message: String(error) } }, 'audit entry not written'),
          );
        res.status(204).end();
      },
    },
  ];
}
