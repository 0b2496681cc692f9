import type { AuditLog } from '../audit/auditLog.js';
import type { Logger } from '../logger.js';
import type { StaffUser } from '../store/staffRecords.js';
import type { UserStore } from '../store/types.js';
import { normalizeEmail } from './accounts.js';
import type { LoginGuard } from './lockout.js';
import { verifyPassword } from './passwords.js';
import type { ActiveSession, Sessions } from './sessions.js';

export type LoginResult =
  | { ok: true; user: StaffUser; token: string; session: ActiveSession }
  | { ok: false; reason: 'wrong_credentials' | 'locked' };

export interface LoginDeps {
  users: UserStore;
  sessions: Sessions;
  guard: LoginGuard;
  audit: AuditLog;
  logger: Logger;
}

/**
 * Checks an email and password. Every attempt is logged and audited (the account name, never the
 * password); an unknown account and a wrong password look the same from outside and take as long.
 */
export async function login(
  deps: LoginDeps,
  input: { email: string; password: string; ip: string | undefined },
): Promise<LoginResult> {
  const email = normalizeEmail(input.email) ?? input.email.trim().toLowerCase().slice(0, 254);
  const attempt = async (outcome: 'ok' | 'failed' | 'denied', reason: string, user?: StaffUser) => {
    deps.logger.info(
      { event: 'login', outcome, reason, userId: user?.id, ip: input.ip },
      'staff login attempt',
    );
    await deps.audit.record({
      actor: user
        ? { kind: 'staff', id: user.id, email: user.email, role: user.role }
        : { kind: 'anonymous', email },
      action: 'auth.login',
      outcome,
      ...(user ? { target: { kind: 'user' as const, id: user.id } } : {}),
      details: { reason, ...(input.ip ? { ip: input.ip } : {}) },
    });
  };

  if (await deps.guard.isLocked(email)) {
    await attempt('denied', 'locked', await deps.users.byEmail(email));
    return { ok: false, reason: 'locked' };
  }
  const user = await deps.users.byEmail(email);
  const passwordOk = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordOk || user.disabled) {
    await deps.guard.failed(email);
    await attempt(
      'failed',
      !user ? 'unknown_account' : user.disabled ? 'account_disabled' : 'wrong_password',
      user,
    );
    return { ok: false, reason: 'wrong_credentials' };
  }
  await deps.guard.succeeded(email);
  const { token, session } = await deps.sessions.start(user.id);
  try {
    await attempt('ok', 'password', user);
  } catch (error) {
    await deps.sessions.end(token);
    throw error;
  }
  return { ok: true, user, token, session };
}
