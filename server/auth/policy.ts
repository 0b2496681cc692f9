import { ROLES, type Role, type StaffRef, type Ticket } from '../store/staffRecords.js';

/**
 * Who may do what, as one-line rules: `allow(roles, action, condition?)`. A condition sees the
 * actor and the ticket the action is about (state in the condition, as in "only the holder may
 * resolve"). Routes and socket events ask `can()` after loading what they act on; the console
 * asks for `capabilities()` and shows only the buttons a person may use.
 */
export const ACTIONS = [
  'ticket.list',
  'ticket.view',
  'ticket.claim',
  'ticket.release',
  'ticket.transfer',
  'ticket.note',
  'ticket.resolve',
  'ticket.conversation',
  'conversation.join',
  'conversation.send',
  'conversation.view',
  'staff.list',
  'user.list',
  'user.create',
  'user.update',
  'audit.view',
  'document.create',
  'document.view',
  'document.approve',
  'document.share',
] as const;
export type Action = (typeof ACTIONS)[number];

export type Condition = (actor: StaffRef, ticket: Ticket) => boolean;

export interface Rule {
  roles: readonly Role[];
  action: Action;
  when?: Condition;
}

const allow = (roles: readonly Role[], action: Action, when?: Condition): Rule => ({
  roles,
  action,
  ...(when ? { when } : {}),
});

const STAFF = ROLES;
const CLINICAL: readonly Role[] = ['clinician', 'admin'];
const ADMIN: readonly Role[] = ['admin'];

const holds: Condition = (actor, ticket) => ticket.assignee?.id === actor.id;
const inChat: Condition = (actor, ticket) => holds(actor, ticket) && ticket.joinedAt !== undefined;

export const RULES: readonly Rule[] = Object.freeze([
  allow(STAFF, 'ticket.list'),
  allow(STAFF, 'ticket.view'),
  allow(STAFF, 'ticket.claim'),
  allow(STAFF, 'ticket.note'),
  allow(STAFF, 'ticket.conversation'),
  allow(STAFF, 'ticket.release', holds),
  allow(ADMIN, 'ticket.release'),
  allow(STAFF, 'ticket.transfer', holds),
  allow(ADMIN, 'ticket.transfer'),
  allow(STAFF, 'ticket.resolve', holds),
  allow(ADMIN, 'ticket.resolve'),
  allow(STAFF, 'conversation.join', holds),
  allow(STAFF, 'conversation.send', inChat),
  allow(CLINICAL, 'conversation.view'),
  allow(STAFF, 'staff.list'),
  allow(ADMIN, 'user.list'),
  allow(ADMIN, 'user.create'),
  allow(ADMIN, 'user.update'),
  allow(ADMIN, 'audit.view'),
  allow(CLINICAL, 'document.create'),
  allow(CLINICAL, 'document.view'),
  allow(CLINICAL, 'document.approve'),
  allow(CLINICAL, 'document.share'),
]);

/** Whether `actor` may do `action` (to `ticket`, for rules that look at one). */
export function can(actor: StaffRef, action: Action, ticket?: Ticket): boolean {
  return RULES.some(
    (rule) =>
      rule.action === action &&
      rule.roles.includes(actor.role) &&
      (rule.when === undefined || (ticket !== undefined && rule.when(actor, ticket))),
  );
}

/** Whether any rule lets `role` do `action` in some state: a route whose action a role may never do answers 403 before loading anything. */
export function mayEver(role: Role, action: Action): boolean {
  return RULES.some((rule) => rule.action === action && rule.roles.includes(role));
}

export function capabilities(role: Role): Action[] {
  return ACTIONS.filter((action) => mayEver(role, action));
}
