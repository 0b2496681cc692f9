import { describe, expect, test } from '@jest/globals';
import { ACTIONS, can, capabilities, mayEver, RULES, type Action } from '../../../server/auth/policy.js';
import type { Role, StaffRef } from '../../../server/store/staffRecords.js';
import { makeTicket } from '../../support/tickets.js';

const staff = (role: Role, id = `u-${role}`): StaffRef => ({
  id,
  email: `${id}@example.org`,
  name: id,
  role,
});

describe('who may do what', () => {
  // (role, action, allowed in some state) — the whole policy as a table a reviewer can read.
  const table: Array<[Action, boolean, boolean, boolean]> = [
    // action                 agent  clinician admin
    ['ticket.list', true, true, true],
    ['ticket.view', true, true, true],
    ['ticket.claim', true, true, true],
    ['ticket.release', true, true, true],
    ['ticket.transfer', true, true, true],
    ['ticket.note', true, true, true],
    ['ticket.resolve', true, true, true],
    ['ticket.conversation', true, true, true],
    ['conversation.join', true, true, true],
    ['conversation.send', true, true, true],
    ['conversation.view', false, true, true],
    ['staff.list', true, true, true],
    ['user.list', false, false, true],
    ['user.create', false, false, true],
    ['user.update', false, false, true],
    ['audit.view', false, false, true],
    ['document.create', false, true, true],
    ['document.view', false, true, true],
    ['document.approve', false, true, true],
    ['document.share', false, true, true],
  ];

  test('the table covers every action', () => {
    expect(table.map(([action]) => action).sort()).toEqual([...ACTIONS].sort());
  });

  test.each(table)('%s: agent %s, clinician %s, admin %s', (action, agent, clinician, admin) => {
    expect([mayEver('agent', action), mayEver('clinician', action), mayEver('admin', action)]).toEqual([
      agent,
      clinician,
      admin,
    ]);
  });

  test('only the holder may resolve, release or transfer a ticket; an admin may always', () => {
    const ana = staff('agent', 'ana');
    const ben = staff('clinician', 'ben');
    const held = makeTicket({ status: 'claimed', assignee: ana });
    for (const action of ['ticket.resolve', 'ticket.release', 'ticket.transfer'] as const) {
      expect(can(ana, action, held)).toBe(true);
      expect(can(ben, action, held)).toBe(false);
      expect(can(staff('admin'), action, held)).toBe(true);
      expect(can(ana, action)).toBe(false); // a condition needs the ticket it is about
    }
  });

  test('writing to the patient needs holding the ticket and having joined the chat, whatever the role', () => {
    const ana = staff('agent', 'ana');
    const admin = staff('admin');
    const held = makeTicket({ status: 'claimed', assignee: ana });
    const joined = { ...held, joinedAt: 5 };
    expect(can(ana, 'conversation.send', held)).toBe(false);
    expect(can(ana, 'conversation.send', joined)).toBe(true);
    expect(can(admin, 'conversation.send', joined)).toBe(false);
    expect(can(ana, 'conversation.join', held)).toBe(true);
    expect(can(admin, 'conversation.join', held)).toBe(false);
  });

  test('capabilities are what the console shows', () => {
    expect(capabilities('agent')).not.toContain('audit.view');
    expect(capabilities('admin')).toEqual([...ACTIONS]);
  });

  test('every rule is one line: roles, an action, at most one condition', () => {
    for (const rule of RULES) {
      expect(Object.keys(rule).every((k) => ['roles', 'action', 'when'].includes(k))).toBe(true);
    }
  });
});
