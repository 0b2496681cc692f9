import { describe, expect, test } from '@jest/globals';
import { TRANSITIONS, transition, type TicketEvent } from '../../../server/escalation/transitions.js';
import type { StaffRef, Ticket } from '../../../server/store/staffRecords.js';
import { makeTicket } from '../../support/tickets.js';

const ana: StaffRef = { id: 'u-ana', email: 'ana@example.org', name: 'Ana', role: 'agent' };
const ben: StaffRef = { id: 'u-ben', email: 'ben@example.org', name: 'Ben', role: 'clinician' };

const waiting = (): Ticket => makeTicket({ priority: 'urgent', createdAt: 100 });
const claimedBy = (who: StaffRef): Ticket => ({
  ...waiting(),
  status: 'claimed',
  assignee: who,
  claimedAt: 150,
  version: 2,
});
const joinedBy = (who: StaffRef): Ticket => ({ ...claimedBy(who), joinedAt: 160, version: 3 });
const resolved = (): Ticket => ({
  ...claimedBy(ana),
  status: 'resolved',
  resolvedAt: 200,
  disposition: 'answered',
  version: 3,
});

describe('ticket transitions', () => {
  // (state, event, expected outcome) — extend the table rather than writing new tests.
  test.each<[string, () => Ticket, TicketEvent, string]>([
    ['a waiting ticket is claimed', waiting, { type: 'claim', by: ana, at: 150 }, 'claimed'],
    [
      'a ticket held by Ana is refused to Ben',
      () => claimedBy(ana),
      { type: 'claim', by: ben, at: 160 },
      'already_claimed',
    ],
    [
      'Ana claiming her own ticket again changes nothing',
      () => claimedBy(ana),
      { type: 'claim', by: ana, at: 160 },
      'unchanged',
    ],
    ['a resolved ticket cannot be claimed', resolved, { type: 'claim', by: ana, at: 300 }, 'ticket_resolved'],
    ['the holder joins the chat', () => claimedBy(ana), { type: 'join', by: ana, at: 170 }, 'claimed'],
    [
      'someone else cannot join a held chat',
      () => claimedBy(ana),
      { type: 'join', by: ben, at: 170 },
      'not_holder',
    ],
    ['nobody joins a waiting ticket', waiting, { type: 'join', by: ana, at: 170 }, 'not_claimed'],
    ['the holder leaves the chat', () => joinedBy(ana), { type: 'leave', by: ana, at: 180 }, 'claimed'],
    [
      'a transfer hands the ticket to Ben',
      () => joinedBy(ana),
      { type: 'transfer', by: ana, to: ben, at: 180 },
      'claimed',
    ],
    [
      'a transfer to the holder is refused',
      () => claimedBy(ana),
      { type: 'transfer', by: ana, to: ana, at: 180 },
      'same_person',
    ],
    [
      'a waiting ticket cannot be transferred',
      waiting,
      { type: 'transfer', by: ana, to: ben, at: 180 },
      'not_claimed',
    ],
    [
      'release puts the ticket back in the queue',
      () => claimedBy(ana),
      { type: 'release', by: ana, at: 190 },
      'waiting',
    ],
    [
      'resolve ends a claimed ticket',
      () => claimedBy(ana),
      { type: 'resolve', by: ana, disposition: 'answered', at: 200 },
      'resolved',
    ],
    [
      'a resolved ticket is not resolved twice',
      resolved,
      { type: 'resolve', by: ana, disposition: 'answered', at: 300 },
      'ticket_resolved',
    ],
    [
      'a note can be added after resolution',
      resolved,
      { type: 'note', by: ana, noteId: 'n', text: 'called back', at: 300 },
      'resolved',
    ],
    ['a waiting ticket is re-alerted', waiting, { type: 'alert', level: 'realert', at: 130 }, 'waiting'],
    [
      'a claimed ticket is never re-alerted',
      () => claimedBy(ana),
      { type: 'alert', level: 'realert', at: 130 },
      'not_waiting',
    ],
  ])('%s', (_name, make, event, expected) => {
    const before = make();
    const result = transition(before, event);
    if (!result.ok) {
      expect(result.code).toBe(expected);
      return;
    }
    if (expected === 'unchanged') {
      expect(result.changed).toBe(false);
      expect(result.ticket).toBe(before);
      return;
    }
    expect(result.ticket.status).toBe(expected);
    expect(result.ticket.version).toBe(before.version + 1);
  });

  test('a refused claim says who holds the ticket', () => {
    expect(transition(claimedBy(ana), { type: 'claim', by: ben, at: 1 })).toEqual({
      ok: false,
      code: 'already_claimed',
      holder: ana,
    });
  });

  test('a transfer clears the join: the new holder joins the chat themselves', () => {
    const result = transition(joinedBy(ana), { type: 'transfer', by: ana, to: ben, at: 180 });
    expect(result.ok && result.ticket).toMatchObject({ assignee: ben, claimedAt: 180 });
    expect(result.ok && result.ticket.joinedAt).toBeUndefined();
  });

  test('release forgets the holder and restarts the service-level clock', () => {
    const alerted = { ...claimedBy(ana), alerts: 3, lastAlertAt: 140, supervisorAlertedAt: 140 };
    const result = transition(alerted, { type: 'release', by: ana, at: 190 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ticket).toMatchObject({ status: 'waiting', waitingSince: 190, alerts: 0 });
    expect(result.ticket.assignee).toBeUndefined();
    expect(result.ticket.lastAlertAt).toBeUndefined();
    expect(result.ticket.supervisorAlertedAt).toBeUndefined();
  });

  test('resolving records the disposition and leaves the chat', () => {
    const result = transition(joinedBy(ana), {
      type: 'resolve',
      by: ana,
      disposition: 'advised_emergency',
      at: 200,
    });
    expect(result.ok && result.ticket).toMatchObject({
      status: 'resolved',
      resolvedAt: 200,
      disposition: 'advised_emergency',
    });
    expect(result.ok && result.ticket.joinedAt).toBeUndefined();
  });

  describe('a new red flag in a conversation with an open ticket', () => {
    test('raises its priority, merges categories and restarts the clock of a waiting ticket', () => {
      const request = {
        ...waiting(),
        priority: 'request' as const,
        kind: 'request' as const,
        alerts: 2,
        lastAlertAt: 120,
      };
      const result = transition(request, {
        type: 'raise',
        priority: 'emergency',
        kind: 'red_flag',
        categories: ['overdose'],
        messageId: 'm9',
        at: 500,
      });
      expect(result.ok && result.ticket).toMatchObject({
        priority: 'emergency',
        kind: 'red_flag',
        categories: ['overdose'],
        messageId: 'm9',
        waitingSince: 500,
        alerts: 0,
      });
    });

    test('never lowers the priority', () => {
      const emergency = { ...waiting(), priority: 'emergency' as const, categories: ['chest_pain'] };
      const result = transition(emergency, {
        type: 'raise',
        priority: 'request',
        kind: 'request',
        categories: [],
        at: 500,
      });
      expect(result).toMatchObject({ ok: true, changed: false });
    });

    test('keeps the holder of a claimed ticket', () => {
      const result = transition(claimedBy(ana), {
        type: 'raise',
        priority: 'emergency',
        kind: 'red_flag',
        categories: ['x'],
        at: 500,
      });
      expect(result.ok && result.ticket).toMatchObject({
        status: 'claimed',
        assignee: ana,
        priority: 'emergency',
      });
    });

    test('a call-back request on an open ticket attaches the number', () => {
      const result = transition(waiting(), {
        type: 'raise',
        priority: 'request',
        kind: 'callback',
        categories: [],
        callback: { phone: '555 0100' },
        at: 500,
      });
      expect(result.ok && result.ticket.callback).toEqual({ phone: '555 0100' });
    });
  });

  test('every state lists the events it accepts', () => {
    expect(TRANSITIONS.resolved).toEqual(['note']);
    expect(TRANSITIONS.waiting).not.toContain('join');
  });
});
