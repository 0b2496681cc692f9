import type { Request, RequestHandler, Response, Router } from 'express';
import { AppError, errors } from '../http/errors.js';
import type { Logger } from '../logger.js';
import type { StaffRef, StaffUser } from '../store/staffRecords.js';
import type { UserStore } from '../store/types.js';
import { staffRef } from './accounts.js';
import type { Authorize } from './authorize.js';
import { readCookie, type CookieNames } from './cookies.js';
import { sessionCsrfMatches } from './csrf.js';
import { mayEver, type Action } from './policy.js';
import { resolveStaff } from './resolveStaff.js';
import type { ActiveSession, Sessions } from './sessions.js';

/**
 * The staff API's recipe, the same for every route: authenticate (session cookie) → CSRF token on
 * anything that changes state → the policy's first gate (a role that may never do the action is
 * refused before anything is loaded) → the handler, which validates, loads, asks the policy about
 * the loaded ticket, operates and presents.
 */

export interface StaffContext {
  user: StaffUser;
  staff: StaffRef;
  session: ActiveSession;
  token: string;
}

export interface StaffRoute {
  method: 'get' | 'post' | 'patch';
  path: string;
  /** The policy action; null for what any signed-in staff member may do (sign out, who am I). */
  action: Action | null;
  handler: (req: Request, res: Response, ctx: StaffContext) => Promise<void>;
}

const contexts = new WeakMap<Request, StaffContext>();

export function staffOf(req: Request): StaffContext {
  const ctx = contexts.get(req);
  if (!ctx) throw errors.unauthorized();
  return ctx;
}

export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface AuthMiddlewareDeps {
  sessions: Sessions;
  users: UserStore;
  cookies: CookieNames;
  logger: Logger;
  authorize: Authorize;
}

export function sessionToken(req: Request, cookies: CookieNames): string | undefined {
  return readCookie(req.headers.cookie, cookies.session);
}

export function createAuthMiddleware(deps: AuthMiddlewareDeps) {
  const authenticate: RequestHandler = async (req, _res, next) => {
    const token = sessionToken(req, deps.cookies);
    const found = await resolveStaff({ sessions: deps.sessions, users: deps.users }, token, { touch: true });
    if (!found || token === undefined) {
      deps.logger.warn({ event: 'authentication_required', ip: req.ip }, 'staff API refused: no session');
      next(errors.unauthorized('Please sign in first.'));
      return;
    }
    contexts.set(req, { user: found.user, staff: staffRef(found.user), session: found.session, token });
    next();
  };

  const requireCsrf: RequestHandler = (req, _res, next) => {
    if (!STATE_CHANGING.has(req.method)) {
      next();
      return;
    }
    const ctx = staffOf(req);
    if (!sessionCsrfMatches(ctx.session.record.csrfToken, req.headers['x-csrf-token'])) {
      deps.logger.warn(
        { event: 'csrf_failed', userId: ctx.user.id, ip: req.ip },
        'staff API refused: CSRF token missing or wrong',
      );
      next(
        new AppError(
          403,
          'csrf_failed',
          'This request is missing its security token. Reload the page and try again.',
        ),
      );
      return;
    }
    next();
  };

  const gate =
    (action: Action | null, where: string): RequestHandler =>
    async (req, _res, next) => {
      if (action === null) {
        next();
        return;
      }
      const ctx = staffOf(req);
      if (!mayEver(ctx.staff.role, action)) {
        await deps.authorize(ctx.staff, action, { where });
      }
      next();
    };

  /** Mounts routes with the recipe; the list is also what the every-route-every-role test walks. */
  const mount = (router: Router, routes: readonly StaffRoute[]) => {
    for (const route of routes) {
      const where = `${route.method.toUpperCase()} ${route.path}`;
      router[route.method](
        route.path,
        authenticate,
        requireCsrf,
        gate(route.action, where),
        async (req, res) => {
          await route.handler(req, res, staffOf(req));
        },
      );
    }
  };

  return { authenticate, requireCsrf, gate, mount };
}
