import { z } from 'zod';
import { staffActor } from '../../auth/accounts.js';
import type { StaffRoute } from '../../auth/http.js';
import { presentConversation } from '../../escalation/present.js';
import type { StaffApiDeps } from '../../staff/apiDeps.js';
import { errors } from '../errors.js';

/** `GET /api/conversations/:id`: any conversation by id, for clinicians and admins; every view is audited. */
export function conversationRoutes(deps: StaffApiDeps): StaffRoute[] {
  return [
    {
      method: 'get',
      path: '/api/conversations/:id',
      action: 'conversation.view',
      handler: async (req, res, ctx) => {
        const id = z.uuid().safeParse(req.params.id);
        const conversation = id.success ? await deps.store.conversations.get(id.data) : undefined;
        if (!conversation) throw errors.notFound('This conversation does not exist or is no longer kept.');
        await deps.audit.record({
          actor: staffActor(ctx.user),
          action: 'conversation.view',
          target: { kind: 'conversation', id: conversation.id },
          details: { via: 'api' },
        });
        res.json(presentConversation(conversation, await deps.store.conversations.messages(conversation.id)));
      },
    },
  ];
}
