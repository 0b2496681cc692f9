import { randomBytes } from 'node:crypto';
import type { Express, RequestHandler } from 'express';
import { Router } from 'express';
import type { Server as SocketServer } from 'socket.io';
import { createAuditLog, type AuditLog } from '../audit/auditLog.js';
import { createAuthorizer } from '../auth/authorize.js';
import { cookieNames, usesSecureCookies } from '../auth/cookies.js';
import { createAnonymousCsrf } from '../auth/csrf.js';
import { createAuthMiddleware, type StaffRoute } from '../auth/http.js';
import { createLoginGuard } from '../auth/lockout.js';
import type { Action } from '../auth/policy.js';
import { createSessions, type Sessions } from '../auth/sessions.js';
import { issueSetupLink } from '../auth/setup.js';
import type { PatientNamespace } from '../chat/patientChat.js';
import type { Escalator } from '../chat/escalator.js';
import type { Config } from '../config.js';
import type { PatientHandoff } from '../escalation/patientHandoff.js';
import { presentTicket } from '../escalation/present.js';
import { createTicketQueue, type TicketQueue } from '../escalation/queue.js';
import type { HealthCheck } from '../http/health.js';
import { auditRoutes } from '../http/routes/audit.js';
import { authRouter, authRoutes } from '../http/routes/auth.js';
import { conversationRoutes } from '../http/routes/conversations.js';
import { setupRouter } from '../http/routes/setup.js';
import { ticketRoutes } from '../http/routes/tickets.js';
import { userRoutes } from '../http/routes/users.js';
import type { Translate } from '../i18n.js';
import type { Logger } from '../logger.js';
import { projectPath } from '../paths.js';
import { typedNamespace } from '../realtime/namespaces.js';
import type { Clock, Store } from '../store/types.js';
import type { StaffApiDeps } from './apiDeps.js';
import { consoleRouter } from './console.js';
import { createHandoff } from './handoff.js';
import { attachStaffNamespace } from './namespace.js';
import { createPatientSide, type PatientSide } from './patientSide.js';
import { createPresence, type StaffPresence } from './presence.js';
import { staffRooms } from './rooms.js';
import type { StaffNamespace } from './types.js';

/**
 * The staff side, composed once at start: escalation queue, sessions and policies, the staff JSON
 * API, the /staff socket namespace and the console's static files. `createPlainCare` plugs it in
 * (escalator, routes, namespace); `serve` starts its timers and prints the first-start setup link.
 */
export interface StaffModule {
  readonly escalator: Escalator;
  readonly handoff: PatientHandoff;
  readonly queue: TicketQueue;
  readonly audit: AuditLog;
  readonly presence: StaffPresence;
  readonly sessions: Sessions;
  /** Every signed-in route with its policy action: the every-route-every-role test walks it. */
  readonly routes: readonly StaffRoute[];
  readonly healthChecks: HealthCheck[];
  /**
   * The staff API's recipe for another area's routes (documents): session → CSRF on state changes →
   * the policy's gate for `action`. Read the signed-in person with `staffOf(req)` (server/auth/http.ts).
   */
  routeGuard(action: Action): RequestHandler[];
  mountRoutes(app: Express): void;
  attach(sockets: { io: SocketServer; patients: PatientNamespace }): void;
  /** Starts the service-level timer and, when no admin exists, prints a one-time setup link. */
  start(options: { baseUrl: string }): Promise<string | undefined>;
  close(): Promise<void>;
}

export interface StaffModuleDeps {
  config: Config;
  logger: Logger;
  store: Store;
  t: Translate;
  now?: Clock;
  /** Where the built console lives (dist/client/staff by default). */
  consoleDir?: string;
  /** How often the service-level timer and the held-ticket retry run. */
  tickMs?: number;
  retryMs?: number;
}

export function createStaffModule(deps: StaffModuleDeps): StaffModule {
  const { config, logger, store, t } = deps;
  const now = deps.now ?? Date.now;
  const audit = createAuditLog({ store: store.audit, now });
  const authorize = createAuthorizer({ audit, logger });
  const sessions = createSessions({
    store: store.sessions,
    now,
    settings: { idleMs: config.staff.idleMs, maxMs: config.staff.sessionMaxMs },
  });
  const secureCookies = usesSecureCookies(config);
  const cookies = cookieNames(secureCookies);
  // Without SESSION_SECRET (development only) the pre-login CSRF key lives as long as the process.
  const csrfKey = config.sessionSecret ? Buffer.from(config.sessionSecret) : randomBytes(32);
  const presence = createPresence(store.presence, config.staff.presenceTtlMs);
  const numbers = {
    emergency: config.emergencyNumber,
    ...(config.hospitalPhone ? { hospital: config.hospitalPhone } : {}),
  };

  let staffNsp: StaffNamespace | undefined;
  let side: PatientSide | undefined;

  const queue = createTicketQueue({
    store,
    audit,
    now,
    logger,
    levels: config.staff.serviceLevels,
    ...(deps.tickMs !== undefined ? { tickMs: deps.tickMs } : {}),
    ...(deps.retryMs !== undefined ? { retryMs: deps.retryMs } : {}),
    listener: {
      changed(ticket, change) {
        staffNsp
          ?.to(staffRooms.everyone)
          .emit(change === 'created' ? 'ticket:created' : 'ticket:updated', presentTicket(ticket));
      },
      alerted(ticket, level) {
        const rooms = level === 'supervisor' ? staffRooms.role('admin') : staffRooms.everyone;
        staffNsp?.to(rooms).emit('ticket:alert', { ticket: presentTicket(ticket), level });
      },
    },
  });

  const handoff = createHandoff({
    store,
    queue,
    presence,
    side: () => side,
    logger,
    hospitalPhone: config.hospitalPhone,
  });

  const disconnect: StaffApiDeps['disconnect'] = (match, reason) => {
    if (!staffNsp) return;
    for (const socket of staffNsp.sockets.values()) {
      if (
        (match.token && socket.data.token === match.token) ||
        (match.userId && socket.data.staff.id === match.userId)
      ) {
        socket.emit('session:ended', { reason });
        socket.disconnect(true);
      }
    }
  };

  const apiDeps: StaffApiDeps = {
    store,
    queue,
    audit,
    authorize,
    sessions,
    guard: createLoginGuard(store.counters),
    anonymousCsrf: createAnonymousCsrf(csrfKey),
    cookies,
    secureCookies,
    presence,
    side: () => side,
    disconnect,
    now,
    logger,
  };
  const middleware = createAuthMiddleware({ sessions, users: store.users, cookies, logger, authorize });
  const routes: StaffRoute[] = [
    ...authRoutes(apiDeps),
    ...ticketRoutes(apiDeps),
    ...conversationRoutes(apiDeps),
    ...userRoutes(apiDeps),
    ...auditRoutes(apiDeps),
  ];

  return {
    escalator: handoff.escalator,
    handoff,
    queue,
    audit,
    presence,
    sessions,
    routes,
    healthChecks: [
      {
        name: 'escalation',
        critical: false,
        check: () =>
          queue.heldCount() === 0
            ? Promise.resolve()
            : Promise.reject(new Error(`${queue.heldCount()} tickets held until the store answers`)),
      },
    ],
    routeGuard(action) {
      return [middleware.authenticate, middleware.requireCsrf, middleware.gate(action, action)];
    },
    mountRoutes(app) {
      app.use(authRouter(apiDeps));
      app.use(setupRouter(apiDeps));
      const api = Router();
      middleware.mount(api, routes);
      app.use(api);
      app.use(consoleRouter(deps.consoleDir ?? projectPath('dist', 'client', 'staff')));
    },
    attach({ io, patients }) {
      staffNsp = typedNamespace<StaffNamespace>(io, '/staff');
      side = createPatientSide({ patients, staff: staffNsp, store, t, now, logger, numbers });
      const publicOrigin = config.publicUrl ? new URL(config.publicUrl).origin : undefined;
      attachStaffNamespace(staffNsp, {
        store,
        sessions,
        cookies,
        audit,
        authorize,
        queue,
        presence,
        side,
        logger,
        now,
        ...(publicOrigin ? { publicOrigin } : {}),
      });
    },
    async start({ baseUrl }) {
      queue.start();
      const link = await issueSetupLink({ users: store.users, baseUrl: config.publicUrl ?? baseUrl });
      if (link) {
        logger.warn(
          { setup: true },
          `No admin account exists yet. Open this one-time link to create the first admin (valid 24 hours, single use): ${link}`,
        );
      }
      return link;
    },
    async close() {
      await queue.stop();
    },
  };
}
