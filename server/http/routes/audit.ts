import { z } from 'zod';
import type { AuditEntryView } from '../../../client/shared/staffProtocol.js';
import type { StaffRoute } from '../../auth/http.js';
import type { StaffApiDeps } from '../../staff/apiDeps.js';
import type { AuditEntry } from '../../store/staffRecords.js';
import { errors } from '../errors.js';

const AuditQuery = z.object({
  action: z.string().max(80).optional(),
  actor: z.string().max(254).optional(),
  targetKind: z.enum(['ticket', 'conversation', 'user', 'document', 'session', 'route']).optional(),
  targetId: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

function present(entry: AuditEntry): AuditEntryView {
  return {
    seq: entry.seq,
    at: new Date(entry.at).toISOString(),
    actor: { ...entry.actor },
    action: entry.action,
    outcome: entry.outcome,
    hash: entry.hash,
    ...(entry.target ? { target: { ...entry.target } } : {}),
    ...(entry.details ? { details: { ...entry.details } } : {}),
  };
}

/** `/api/audit`: the audit log for admins, filtered and paged newest first, and a check of its chain. */
export function auditRoutes(deps: StaffApiDeps): StaffRoute[] {
  return [
    {
      method: 'get',
      path: '/api/audit',
      action: 'audit.view',
      handler: async (req, res) => {
        const query = AuditQuery.safeParse(req.query);
        if (!query.success)
          throw errors.badRequest(
            'Filters: action, actor, targetKind, targetId, from, to (ISO times), before, limit.',
          );
        const { before, limit, from, to, ...filter } = query.data;
        const page = await deps.audit.query(
          {
            ...filter,
            ...(from ? { from: Date.parse(from) } : {}),
            ...(to ? { to: Date.parse(to) } : {}),
          },
          { limit, ...(before !== undefined ? { before } : {}) },
        );
        res.json({
          entries: page.entries.map(present),
          ...(page.next !== undefined ? { next: page.next } : {}),
        });
      },
    },
    {
      method: 'get',
      path: '/api/audit/verify',
      action: 'audit.view',
      handler: async (_req, res) => {
        res.json(await deps.audit.verify());
      },
    },
  ];
}
