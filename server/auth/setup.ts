import type { AuditLog } from '../audit/auditLog.js';
import type { Clock, UserStore } from '../store/types.js';
import { checkNewAccount, createAccount, type AccountResult } from './accounts.js';
import { newToken, tokenHash } from './tokens.js';

/**
 * The first start: no admin exists and no default password ever does. The server prints a
 * one-time link; whoever opens it (the person who started the server and can read its log)
 * creates the first admin. The store keeps only a hash of the link's token.
 */
export const SETUP_LINK_TTL_MS = 24 * 60 * 60 * 1000;

export async function hasActiveAdmin(users: UserStore): Promise<boolean> {
  return (await users.list()).some((u) => u.role === 'admin' && !u.disabled);
}

/** A new setup link when no admin exists, else undefined. */
export async function issueSetupLink(deps: {
  users: UserStore;
  baseUrl: string;
  ttlMs?: number;
}): Promise<string | undefined> {
  if (await hasActiveAdmin(deps.users)) return undefined;
  const token = newToken();
  await deps.users.addSetupToken(tokenHash(token), deps.ttlMs ?? SETUP_LINK_TTL_MS);
  return `${deps.baseUrl.replace(/\/$/, '')}/setup/${token}`;
}

export async function setupLinkValid(users: UserStore, token: string): Promise<boolean> {
  return (await users.hasSetupToken(tokenHash(token))) && !(await hasActiveAdmin(users));
}

export type SetupResult = AccountResult | { ok: false; code: 'link_invalid'; message: string };

/** Uses the link (once) to create the first admin. */
export async function completeSetup(
  deps: { users: UserStore; audit: AuditLog; now: Clock },
  token: string,
  input: { email: string; password: string; name?: string },
): Promise<SetupResult> {
  const invalid = {
    ok: false as const,
    code: 'link_invalid' as const,
    message:
      'This setup link is not valid any more. Restart the server for a new one, or ask an admin for an account.',
  };
  if (!(await setupLinkValid(deps.users, token))) return invalid;
  // Check the input first so a typo does not burn the link.
  const checked = await checkNewAccount(deps.users, input);
  if (!checked.ok) return checked;
  if (!(await deps.users.consumeSetupToken(tokenHash(token)))) return invalid;
  return createAccount(deps, { ...input, role: 'admin' }, { kind: 'system' }, 'setup.admin_created');
}
