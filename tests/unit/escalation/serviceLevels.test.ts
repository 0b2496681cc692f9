import { describe, expect, test } from '@jest/globals';
import { DEFAULT_SERVICE_LEVELS, serviceLevelDue } from '../../../server/escalation/serviceLevels.js';
import type { Ticket } from '../../../server/store/staffRecords.js';
import { makeTicket } from '../../support/tickets.js';

const S = 1000;
const at0 = (overrides: Partial<Ticket>) => makeTicket({ createdAt: 0, waitingSince: 0, ...overrides });

describe('service levels (defaults: emergency re-alert 30 s, supervisor 2 min; urgent 5 min)', () => {
  test.each<[string, Partial<Ticket>, number, string | undefined]>([
    ['a new emergency is not due', { priority: 'emergency' }, 29 * S, undefined],
    ['an emergency unclaimed 30 s is re-alerted', { priority: 'emergency' }, 30 * S, 'realert'],
    [
      '30 s after the last re-alert it is due again',
      { priority: 'emergency', alerts: 1, lastAlertAt: 30 * S },
      60 * S,
      'realert',
    ],
    [
      '10 s after the last re-alert it is not',
      { priority: 'emergency', alerts: 1, lastAlertAt: 30 * S },
      40 * S,
      undefined,
    ],
    [
      'after 2 minutes an emergency goes to a supervisor',
      { priority: 'emergency', alerts: 3, lastAlertAt: 90 * S },
      120 * S,
      'supervisor',
    ],
    [
      'a supervisor is told once; re-alerts go on',
      { priority: 'emergency', alerts: 4, lastAlertAt: 120 * S, supervisorAlertedAt: 120 * S },
      150 * S,
      'realert',
    ],
    ['an urgent ticket waits 5 minutes before a re-alert', { priority: 'urgent' }, 299 * S, undefined],
    ['an urgent ticket is re-alerted after 5 minutes', { priority: 'urgent' }, 300 * S, 'realert'],
    [
      'an urgent ticket never goes to a supervisor',
      { priority: 'urgent', alerts: 1, lastAlertAt: 300 * S },
      400 * S,
      undefined,
    ],
    ['a request has no re-alert by default', { priority: 'request' }, 3600 * S, undefined],
    ['a claimed emergency is never due', { priority: 'emergency', status: 'claimed' }, 600 * S, undefined],
    ['a resolved one neither', { priority: 'emergency', status: 'resolved' }, 600 * S, undefined],
  ])('%s', (_name, ticket, now, expected) => {
    expect(serviceLevelDue(at0(ticket), now, DEFAULT_SERVICE_LEVELS)).toBe(expected);
  });

  test('timings come from the configuration', () => {
    const fast = {
      emergencyRealertMs: 5 * S,
      emergencySupervisorMs: 10 * S,
      urgentRealertMs: 7 * S,
      requestRealertMs: 9 * S,
    };
    expect(serviceLevelDue(at0({ priority: 'emergency' }), 5 * S, fast)).toBe('realert');
    expect(serviceLevelDue(at0({ priority: 'emergency' }), 10 * S, fast)).toBe('supervisor');
    expect(serviceLevelDue(at0({ priority: 'request' }), 9 * S, fast)).toBe('realert');
  });
});
