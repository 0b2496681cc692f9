import { z } from 'zod';
import type { UserView } from '../../../client/shared/staffProtocol.js';
import {
  AccountChangeSchema,
  changeAccount,
  createAccount,
  NewAccountSchema,
  staffActor,
} from '../../auth/accounts.js';
import type { StaffRoute } from '../../auth/http.js';
import type { StaffApiDeps } from '../../staff/apiDeps.js';
import type { StaffUser } from '../../store/staffRecords.js';
import { AppError, errors } from '../errors.js';

function presentUser(user: StaffUser, online: Set<string>): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabled,
    createdAt: new Date(user.createdAt).toISOString(),
    online: online.has(user.id),
  };
}

const STATUS_BY_CODE: Record<string, number> = { email_taken: 409, last_admin: 409 };

/** `/api/staff` (colleagues, for transfers) and `/api/users` (accounts, admins only). */
export function userRoutes(deps: StaffApiDeps): StaffRoute[] {
  const online = () => deps.presence.onlineUserIds().catch(() => new Set<string>());
  return [
    {
      method: 'get',
      path: '/api/staff',
      action: 'staff.list',
      handler: async (_req, res) => {
        const [users, who] = await Promise.all([deps.store.users.list(), online()]);
        res.json(
          users
            .filter((u) => !u.disabled)
            .map((u) => ({ id: u.id, name: u.name, role: u.role, online: who.has(u.id) })),
        );
      },
    },
    {
      method: 'get',
      path: '/api/users',
      action: 'user.list',
      handler: async (_req, res) => {
        const [users, who] = await Promise.all([deps.store.users.list(), online()]);
        res.json(users.map((u) => presentUser(u, who)));
      },
    },
    {
      method: 'post',
      path: '/api/users',
      action: 'user.create',
      handler: async (req, res, ctx) => {
        const input = NewAccountSchema.safeParse(req.body ?? {});
        if (!input.success)
          throw errors.badRequest(
            'Send email, password, role (agent, clinician or admin) and optionally name.',
          );
        const result = await createAccount(
          { users: deps.store.users, audit: deps.audit, now: deps.now },
          input.data,
          staffActor(ctx.user),
        );
        if (!result.ok) throw new AppError(STATUS_BY_CODE[result.code] ?? 400, result.code, result.message);
        res.status(201).json({ user: presentUser(result.user, new Set()) });
      },
    },
    {
      method: 'patch',
      path: '/api/users/:id',
      action: 'user.update',
      handler: async (req, res, ctx) => {
        const id = z.uuid().safeParse(req.params.id);
        const user = id.success ? await deps.store.users.get(id.data) : undefined;
        if (!user) throw errors.notFound('This account does not exist.');
        const change = AccountChangeSchema.safeParse(req.body ?? {});
        if (!change.success) throw errors.badRequest('You can change role, disabled and name.');
        const result = await changeAccount(
          { users: deps.store.users, audit: deps.audit, now: deps.now },
          user,
          change.data,
          staffActor(ctx.user),
        );
        if (!result.ok) throw new AppError(STATUS_BY_CODE[result.code] ?? 400, result.code, result.message);
        if (result.user.role !== user.role || result.user.disabled !== user.disabled) {
          // Their open consoles reconnect with the new rights, or not at all.
          deps.disconnect({ userId: user.id }, 'account_changed');
        }
        res.json({ user: presentUser(result.user, await online()) });
      },
    },
  ];
}
