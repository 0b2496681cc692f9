import { z } from 'zod';
import { LANGUAGES } from '../../../client/shared/languages.js';
import {
  DISPOSITIONS,
  ROLES,
  TICKET_KINDS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type AuditEntry,
  type StaffUser,
  type Ticket,
} from '../staffRecords.js';

/** What comes back from Redis is checked before it is trusted: a corrupt record fails loudly. */

const StaffRefSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
});

export const TicketSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  conversationId: z.string(),
  priority: z.enum(TICKET_PRIORITIES),
  kind: z.enum(TICKET_KINDS),
  categories: z.array(z.string()),
  lang: z.enum(LANGUAGES),
  messageId: z.string().optional(),
  status: z.enum(TICKET_STATUSES),
  createdAt: z.number(),
  waitingSince: z.number(),
  claimedAt: z.number().optional(),
  resolvedAt: z.number().optional(),
  assignee: StaffRefSchema.optional(),
  joinedAt: z.number().optional(),
  disposition: z.enum(DISPOSITIONS).optional(),
  notes: z.array(z.object({ id: z.string(), author: StaffRefSchema, text: z.string(), at: z.number() })),
  callback: z.object({ phone: z.string(), note: z.string().optional() }).optional(),
  alerts: z.number().int(),
  lastAlertAt: z.number().optional(),
  supervisorAlertedAt: z.number().optional(),
}) satisfies z.ZodType<Ticket>;

export const StaffUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  passwordHash: z.string(),
  disabled: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
}) satisfies z.ZodType<StaffUser>;

export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.number(),
  actor: z.object({
    kind: z.enum(['staff', 'system', 'cli', 'anonymous']),
    id: z.string().optional(),
    email: z.string().optional(),
    role: z.enum(ROLES).optional(),
  }),
  action: z.string(),
  target: z
    .object({
      kind: z.enum(['ticket', 'conversation', 'user', 'document', 'session', 'route']),
      id: z.string(),
    })
    .optional(),
  outcome: z.enum(['ok', 'denied', 'failed']),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  prevHash: z.string(),
  hash: z.string(),
}) satisfies z.ZodType<AuditEntry>;

export function parseJson<T>(schema: z.ZodType<T>, json: string): T {
  return schema.parse(JSON.parse(json));
}
