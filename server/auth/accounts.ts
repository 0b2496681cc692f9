import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AuditLog } from '../audit/auditLog.js';
import { ROLES, type AuditActor, type Role, type StaffRef, type StaffUser } from '../store/staffRecords.js';
import type { Clock, UserStore } from '../store/types.js';
import { hashPassword, passwordProblem } from './passwords.js';

/**
 * Creating and changing staff accounts, shared by `plaincare user add`, the admin page and the
 * first-start setup link. Every change is audited; one that cannot be audited is undone.
 */

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .transform((email) => email.toLowerCase())
  .pipe(z.email());

export const NameSchema = z.string().trim().min(1).max(80);

export const NewAccountSchema = z.object({
  email: z.string(),
  password: z.string(),
  role: z.enum(ROLES),
  name: z.string().optional(),
});
export type NewAccount = z.infer<typeof NewAccountSchema>;

export type AccountError = {
  code: 'invalid_email' | 'invalid_name' | 'weak_password' | 'email_taken' | 'last_admin';
  message: string;
};
export type AccountResult = { ok: true; user: StaffUser } | ({ ok: false } & AccountError);

export interface AccountDeps {
  users: UserStore;
  audit: AuditLog;
  now: Clock;
}

export function normalizeEmail(email: string): string | undefined {
  const parsed = EmailSchema.safeParse(email);
  return parsed.success ? parsed.data : undefined;
}

export function staffRef(user: StaffUser): StaffRef {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function staffActor(user: Pick<StaffUser, 'id' | 'email' | 'role'>): AuditActor {
  return { kind: 'staff', id: user.id, email: user.email, role: user.role };
}

/** "ana.lopez@hospital.org" → "ana.lopez": a starting display name when none is given. */
function nameFromEmail(email: string): string {
  return email.split('@')[0] ?? email;
}

/** Validates a new account before anything is written; resolves with the normalised email and name. */
export async function checkNewAccount(
  users: UserStore,
  input: { email: string; password: string; name?: string | undefined },
): Promise<{ ok: true; email: string; name: string } | ({ ok: false } & AccountError)> {
  const email = normalizeEmail(input.email);
  if (!email) return { ok: false, code: 'invalid_email', message: 'Enter a valid email address.' };
  const name = NameSchema.safeParse(input.name ?? nameFromEmail(email));
  if (!name.success)
    return { ok: false, code: 'invalid_name', message: 'The name must be 1 to 80 characters.' };
  const weak = passwordProblem(input.password, email);
  if (weak) return { ok: false, code: 'weak_password', message: weak };
  if (await users.byEmail(email)) {
    return { ok: false, code: 'email_taken', message: 'An account with this email already exists.' };
  }
  return { ok: true, email, name: name.data };
}

export async function createAccount(
  deps: AccountDeps,
  input: NewAccount,
  actor: AuditActor,
  action = 'user.create',
): Promise<AccountResult> {
  const checked = await checkNewAccount(deps.users, input);
  if (!checked.ok) return checked;
  const { email } = checked;
  const at = deps.now();
  const user: StaffUser = {
    id: randomUUID(),
    email,
    name: checked.name,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    disabled: false,
    createdAt: at,
    updatedAt: at,
  };
  const created = await deps.users.create(user);
  if (!created.created)
    return { ok: false, code: 'email_taken', message: 'An account with this email already exists.' };
  try {
    await deps.audit.record({
      actor,
      action,
      target: { kind: 'user', id: user.id },
      details: { email, role: user.role },
    });
  } catch (error) {
    // Fail closed: an account nobody can account for is switched off again.
    await deps.users.update({ ...user, disabled: true, updatedAt: deps.now() }).catch(() => undefined);
    throw error;
  }
  return { ok: true, user };
}

export const AccountChangeSchema = z
  .object({
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
    name: z.string().optional(),
  })
  .strict();
export type AccountChange = z.infer<typeof AccountChangeSchema>;

async function activeAdmins(users: UserStore): Promise<number> {
  return (await users.list()).filter((u) => u.role === 'admin' && !u.disabled).length;
}

/** Changes a role, a name or whether the account can sign in; the last active admin cannot be removed. */
export async function changeAccount(
  deps: AccountDeps,
  user: StaffUser,
  change: AccountChange,
  actor: AuditActor,
): Promise<AccountResult> {
  let name = user.name;
  if (change.name !== undefined) {
    const parsed = NameSchema.safeParse(change.name);
    if (!parsed.success)
      return { ok: false, code: 'invalid_name', message: 'The name must be 1 to 80 characters.' };
    name = parsed.data;
  }
  const role: Role = change.role ?? user.role;
  const disabled = change.disabled ?? user.disabled;
  const losesAdmin = user.role === 'admin' && !user.disabled && (role !== 'admin' || disabled);
  if (losesAdmin && (await activeAdmins(deps.users)) <= 1) {
    return {
      ok: false,
      code: 'last_admin',
      message: 'This is the last active admin account. Make someone else an admin first.',
    };
  }
  const next: StaffUser = { ...user, name, role, disabled, updatedAt: deps.now() };
  await deps.users.update(next);
  const details: Record<string, string | boolean> = {};
  if (role !== user.role) Object.assign(details, { fromRole: user.role, toRole: role });
  if (disabled !== user.disabled) details.disabled = disabled;
  if (name !== user.name) details.renamed = true;
  const action =
    role !== user.role
      ? 'user.role_change'
      : disabled !== user.disabled
        ? 'user.access_change'
        : 'user.update';
  try {
    await deps.audit.record({ actor, action, target: { kind: 'user', id: user.id }, details });
  } catch (error) {
    await deps.users.update(user).catch(() => undefined);
    throw error;
  }
  return { ok: true, user: next };
}
