import type { AuditLog } from '../audit/auditLog.js';
import type { Authorize } from '../auth/authorize.js';
import type { CookieNames } from '../auth/cookies.js';
import type { AnonymousCsrf } from '../auth/csrf.js';
import type { LoginGuard } from '../auth/lockout.js';
import type { Sessions } from '../auth/sessions.js';
import type { TicketQueue } from '../escalation/queue.js';
import type { Logger } from '../logger.js';
import type { Clock, Store } from '../store/types.js';
import type { PatientSide } from './patientSide.js';
import type { StaffPresence } from './presence.js';

/** What the staff API's routes are built from (server/http/routes/*). */
export interface StaffApiDeps {
  store: Store;
  queue: TicketQueue;
  audit: AuditLog;
  authorize: Authorize;
  sessions: Sessions;
  guard: LoginGuard;
  anonymousCsrf: AnonymousCsrf;
  cookies: CookieNames;
  secureCookies: boolean;
  presence: StaffPresence;
  /** Set once the socket server exists. */
  side: () => PatientSide | undefined;
  /** Ends the live console connections of a session or an account (sign-out, account change). */
  disconnect: (match: { token?: string; userId?: string }, reason: 'signed_out' | 'account_changed') => void;
  now: Clock;
  logger: Logger;
}
