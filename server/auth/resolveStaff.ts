import type { StaffUser } from '../store/staffRecords.js';
import type { UserStore } from '../store/types.js';
import type { ActiveSession, Sessions } from './sessions.js';

/**
 * The staff member behind a session token, read fresh from the store each time: a role change
 * applies at once, and a disabled account's session ends on its next request.
 */
export async function resolveStaff(
  deps: { sessions: Sessions; users: UserStore },
  token: unknown,
  options: { touch: boolean },
): Promise<{ user: StaffUser; session: ActiveSession } | undefined> {
  const session = await deps.sessions.resume(token, { touch: options.touch });
  if (!session) return undefined;
  const user = await deps.users.get(session.record.userId);
  if (!user || user.disabled) {
    await deps.sessions.end(token);
    return undefined;
  }
  return { user, session };
}
