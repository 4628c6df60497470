/** The matchmaking rules: registration windows, invitations, seat order, life cycle, figures counted like Yichang's. */
import { describe, expect, it } from 'vitest';
import { closesOnProblem, eventFigures, outcomeProblem, recordingProblem, registrationProblem, seatOrder, statusProblem, yearFigures, type RegistrationFacts } from './matchmaking.rules.js';

const open = { status: 'SCHEDULED' as const, registrationClosesOn: '2026-06-10', registrationMode: 'OPEN' as const };

describe('registration', () => {
  it('is open while SCHEDULED and until its closing day', () => {
    expect(registrationProblem(open, null, '2026-06-10')).toBeNull();
    expect(registrationProblem(open, null, '2026-06-11')?.data).toEqual({ reason: 'REGISTRATION_CLOSED', status: 'SCHEDULED', closesOn: '2026-06-10' });
    expect(registrationProblem({ ...open, status: 'CANCELLED' }, null, '2026-06-01')?.code).toBe('FAILED_PRECONDITION');
  });
  it('an invitation event seats the invited only; a registered organization is not seated twice', () => {
    const inv = { ...open, registrationMode: 'INVITATION' as const };
    expect(registrationProblem(inv, null, '2026-06-01')?.data).toEqual({ reason: 'NOT_INVITED' });
    expect(registrationProblem(inv, 'INVITED', '2026-06-01')).toBeNull();
    expect(registrationProblem(open, 'REGISTERED', '2026-06-01')?.data).toEqual({ reason: 'ALREADY_REGISTERED' });
    expect(registrationProblem(open, 'CANCELLED', '2026-06-01')).toBeNull();
  });
  it('closing after the event is refused', () => {
    expect(closesOnProblem('2026-06-10', '2026-06-11')?.data).toEqual({ field: 'registrationClosesOn' });
    expect(closesOnProblem('2026-06-10', '2026-06-10')).toBeNull();
  });
});

describe('seat order', () => {
  it('starts after the seats counted and wraps round, trying every seat once', () => {
    expect(seatOrder(5, 0)).toEqual([1, 2, 3, 4, 5]);
    expect(seatOrder(5, 3)).toEqual([4, 5, 1, 2, 3]);
    expect(seatOrder(5, 9)).toEqual([1, 2, 3, 4, 5]);
    for (let taken = 0; taken <= 30; taken++) expect([...seatOrder(30, taken)].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });
});

describe('life cycle and recording', () => {
  it('SCHEDULED → HELD on or after the date, or CANCELLED; nothing after', () => {
    expect(statusProblem('SCHEDULED', 'HELD', '2026-06-10', '2026-06-10')).toBeNull();
    expect(statusProblem('SCHEDULED', 'HELD', '2026-06-10', '2026-06-09')?.data).toEqual({ reason: 'NOT_YET_HELD', date: '2026-06-10' });
    expect(statusProblem('HELD', 'CANCELLED', '2026-06-10', '2026-06-11')?.data).toEqual({ reason: 'TRANSITION', from: 'HELD', to: 'CANCELLED' });
    expect(recordingProblem('SCHEDULED', '2026-06-10', '2026-06-09')?.data?.reason).toBe('NOT_YET_HELD');
    expect(recordingProblem('CANCELLED', '2026-06-10', '2026-06-11')?.data?.reason).toBe('TRANSITION');
  });
  it('an outcome is recorded once', () => {
    const o = [{ kind: 'AGREEMENT' as const, id: 'x', organizationIds: [], recordedAt: '' }];
    expect(outcomeProblem(o, 'AGREEMENT', 'x')?.data).toEqual({ reason: 'DUPLICATE_OUTCOME', kind: 'AGREEMENT', id: 'x' });
    expect(outcomeProblem(o, 'PROJECT', 'x')).toBeNull();
  });
});

describe('figures', () => {
  const reg = (organizationId: string, organizationKind: string, attended: boolean, representatives: number): RegistrationFacts => ({ organizationId, organizationKind, status: 'REGISTERED', attended, representatives });
  it('one event: registered, attended by kind, representatives, outcomes', () => {
    const f = eventFigures({ id: 'e', capacity: 30, outcomes: [{ kind: 'AGREEMENT', id: 'a', organizationIds: [], recordedAt: '' }] }, [reg('f1', 'ENTERPRISE', true, 3), reg('f2', 'ENTERPRISE', false, 0), reg('s1', 'SCHOOL', true, 2), { ...reg('f3', 'ENTERPRISE', false, 0), status: 'INVITED' }]);
    expect(f).toEqual({ eventId: 'e', capacity: 30, registered: 3, invited: 1, attendedOrganizations: 2, attendedEnterprises: 1, attendedSchools: 1, representatives: 5, agreements: 1, projects: 0 });
  });
  it('a year: a firm at several events counts once (as Yichang counts 118 firms), representatives add up', () => {
    const events = [
      { id: 'e1', kind: 'ROUNDTABLE' as const, outcomes: [] },
      { id: 'e2', kind: 'MATCHMAKING' as const, outcomes: [{ kind: 'PROJECT' as const, id: 'p', organizationIds: [], recordedAt: '' }] },
      { id: 'e3', kind: 'MATCHMAKING' as const, outcomes: [] },
    ];
    const regs = new Map([
      ['e1', [reg('f1', 'ENTERPRISE', true, 2), reg('f2', 'ENTERPRISE', true, 1)]],
      ['e2', [reg('f1', 'ENTERPRISE', true, 3), reg('s1', 'SCHOOL', true, 2)]],
      ['e3', [reg('f1', 'ENTERPRISE', true, 1), reg('f3', 'ENTERPRISE', true, 4)]],
    ]);
    const y = yearFigures(2026, '450200', events, regs);
    expect(y.events).toBe(3);
    expect(y.enterprises).toBe(3);
    expect(y.schools).toBe(1);
    expect(y.representatives).toBe(13);
    expect(y.projects).toBe(1);
    expect(y.byKind).toEqual([
      { kind: 'MATCHMAKING', events: 2, enterprises: 2, schools: 1, representatives: 10 },
      { kind: 'ROUNDTABLE', events: 1, enterprises: 2, schools: 0, representatives: 3 },
    ]);
  });
});
