import { describe, expect, it } from 'vitest';
import { funderCovers } from '../../infra/authz.js';
import {
  PROJECT_STATUSES,
  activeMemberKinds,
  addMilestone,
  addParticipant,
  administersProject,
  assertAdministers,
  assertAllianceTakesProjects,
  assertPartner,
  assertPeriod,
  canTransition,
  completeMilestone,
  compositionProblem,
  holdsMilestone,
  leadOf,
  newParticipant,
  proposeProject,
  readsProjectDirectly,
  recordOutput,
  resolveOwners,
  seesAllOfAlliance,
  setStatus,
  takesPart,
  totalCommittedFen,
  type ComposedParticipant,
  type ProjectState,
} from './projects.rules.js';
import { MAX_MILESTONES, MAX_OUTPUTS, MAX_PARTICIPANTS, ProjectEvent } from './projects.contract.js';
import type { MilestoneEntry, OutputEntry, ParticipantEntry } from './projects.model.js';
import { thrown } from '../../test/helpers/outcomes.js';

const A = '0123456789abcdef01234567';
const B = '0123456789abcdef01234568';
const C = '0123456789abcdef01234569';
const D = '0123456789abcdef0123456a';
const part = (organizationId: string, orgKind: string, role: 'LEAD' | 'PARTNER' = 'PARTNER'): ComposedParticipant => ({ organizationId, orgKind, role });

describe('project composition', () => {
  it('accepts one LEAD, a school and an enterprise', () => {
    expect(compositionProblem([part(A, 'SCHOOL', 'LEAD'), part(B, 'ENTERPRISE')])).toBeNull();
    expect(compositionProblem([part(B, 'ENTERPRISE', 'LEAD'), part(A, 'SCHOOL'), part(C, 'RESEARCH_INSTITUTE')])).toBeNull();
  });
  it('needs an enterprise and a school', () => {
    expect(compositionProblem([part(A, 'SCHOOL', 'LEAD'), part(B, 'SCHOOL'), part(C, 'RESEARCH_INSTITUTE')])?.rule).toBe('NEEDS_ENTERPRISE');
    expect(compositionProblem([part(A, 'ENTERPRISE', 'LEAD'), part(B, 'ENTERPRISE')])?.rule).toBe('NEEDS_SCHOOL');
  });
  it('needs exactly one LEAD and distinct organizations', () => {
    expect(compositionProblem([part(A, 'SCHOOL'), part(B, 'ENTERPRISE')])?.rule).toBe('EXACTLY_ONE_LEAD');
    expect(compositionProblem([part(A, 'SCHOOL', 'LEAD'), part(B, 'ENTERPRISE', 'LEAD')])?.rule).toBe('EXACTLY_ONE_LEAD');
    expect(compositionProblem([part(A, 'SCHOOL', 'LEAD'), part(B, 'ENTERPRISE'), part(B, 'ENTERPRISE')])?.rule).toBe('DISTINCT_ORGANIZATIONS');
  });
});

describe('project status transitions', () => {
  it('allows PROPOSED → ACTIVE/TERMINATED and ACTIVE → COMPLETED/TERMINATED only; closed is final', () => {
    const allowed = new Set(['PROPOSED>ACTIVE', 'PROPOSED>TERMINATED', 'ACTIVE>COMPLETED', 'ACTIVE>TERMINATED']);
    for (const from of PROJECT_STATUSES) {
      for (const to of PROJECT_STATUSES) expect(canTransition(from, to), `${from}>${to}`).toBe(allowed.has(`${from}>${to}`));
    }
  });
});

describe('who may change and read a project', () => {
  const scope = { leadOrganizationId: A, participantOrganizationIds: [A, B], allianceLeadOrganizationId: C, regionCode: '450203' };
  it("changes: the lead's ORG_ADMIN, a platform admin or a service", () => {
    expect(administersProject({ id: 'u', org: A, roles: ['ORG_ADMIN'] }, A)).toBe(true);
    expect(administersProject({ id: 'u', org: A, roles: ['ORG_MEMBER'] }, A)).toBe(false);
    expect(administersProject({ id: 'u', org: B, roles: ['ORG_ADMIN'] }, A)).toBe(false);
    expect(administersProject({ id: 'u', roles: ['PLATFORM_ADMIN'] }, A)).toBe(true);
    expect(administersProject({ id: 's', roles: [], system: true }, A)).toBe(true);
  });
  it("reads: participants' users of any role and the alliance lead's admins", () => {
    expect(readsProjectDirectly({ id: 'u', org: B, roles: ['ORG_MEMBER'] }, scope)).toBe(true);
    expect(readsProjectDirectly({ id: 'u', org: C, roles: ['ORG_ADMIN'] }, scope)).toBe(true);
    expect(readsProjectDirectly({ id: 'u', org: C, roles: ['ORG_MEMBER'] }, scope)).toBe(false);
    expect(readsProjectDirectly({ id: 'u', org: D, roles: ['ORG_ADMIN'] }, scope)).toBe(false);
    expect(readsProjectDirectly({ id: 'u', org: D, roles: ['FUNDER'] }, scope)).toBe(false);
  });
  it('reads: a FUNDER of a government whose region covers the alliance', () => {
    const f = { id: 'u', org: D, roles: ['FUNDER' as const] };
    expect(funderCovers(f, { id: D, kind: 'GOVERNMENT', regionCode: '450000' }, '450203')).toBe(true);
    expect(funderCovers(f, { id: D, kind: 'GOVERNMENT', regionCode: '450200' }, '450203')).toBe(true);
    expect(funderCovers(f, { id: D, kind: 'GOVERNMENT', regionCode: '610100' }, '450203')).toBe(false);
    expect(funderCovers(f, { id: D, kind: 'ENTERPRISE', regionCode: '450000' }, '450203')).toBe(false);
    expect(funderCovers({ ...f, roles: ['ORG_ADMIN'] }, { id: D, kind: 'GOVERNMENT', regionCode: '450000' }, '450203')).toBe(false);
    expect(funderCovers(f, null, '450203')).toBe(false);
  });
});

describe('outputs and funding', () => {
  it('owners are participants, the lead by default, each once', () => {
    expect(resolveOwners(undefined, [A, B], A)).toEqual({ owners: [A] });
    expect(resolveOwners([B, A, B], [A, B], A)).toEqual({ owners: [B, A] });
    expect(resolveOwners([B, C], [A, B], A)).toEqual({ notParticipants: [C] });
  });
  it('sums committed funding in integer fen', () => {
    expect(totalCommittedFen([{ committedFundingFen: 100000001 }, { committedFundingFen: null }, { committedFundingFen: 1 }])).toBe(100000002n);
    // Beyond 2^53: two commitments of the largest amount add up exactly.
    expect(totalCommittedFen([{ committedFundingFen: Number.MAX_SAFE_INTEGER }, { committedFundingFen: Number.MAX_SAFE_INTEGER }])).toBe(18_014_398_509_481_982n);
  });
});

const AT = '2026-03-01T02:00:00.000Z';
const entry = (organizationId: string, orgKind: string, role: 'LEAD' | 'PARTNER' = 'PARTNER'): ParticipantEntry => ({
  organizationId,
  orgKind,
  role,
  committedFundingFen: null,
  committedStaff: null,
  addedAt: AT,
  addedBy: 'u',
});
const milestone = (milestoneId: string, completedAt: string | null = null): MilestoneEntry => ({
  milestoneId,
  title: milestoneId,
  dueOn: '2026-06-30',
  createdAt: AT,
  completedAt,
  completedBy: completedAt ? 'u' : null,
  evidenceNote: null,
});
const output = (outputId: string, kind: OutputEntry['kind'], reference: string | null): OutputEntry => ({
  outputId,
  kind,
  title: outputId,
  reference,
  ownerOrganizationIds: [A],
  recordedAt: AT,
  recordedBy: 'u',
});
/** A PROPOSED project led by school A with enterprise B. */
function project(over: Partial<ProjectState> = {}): ProjectState {
  const participants = over.participants ?? [entry(A, 'SCHOOL', 'LEAD'), entry(B, 'ENTERPRISE')];
  const milestones = over.milestones ?? [];
  return {
    status: 'PROPOSED',
    startOn: null,
    endOn: null,
    leadOrganizationId: A,
    statusHistory: [{ status: 'PROPOSED', at: AT, by: 'u', reason: null }],
    outputs: [],
    ...over,
    participants,
    participantOrganizationIds: participants.map((x) => x.organizationId),
    milestones,
    milestoneIds: milestones.map((m) => m.milestoneId),
  };
}

describe('creating a project: the checks before the write', () => {
  it('names the one LEAD, else BAD_USER_INPUT EXACTLY_ONE_LEAD on participants', () => {
    expect(leadOf([{ organizationId: B, role: 'PARTNER' }, { organizationId: A, role: 'LEAD' }])).toBe(A);
    for (const list of [[{ organizationId: A, role: 'PARTNER' as const }], [{ organizationId: A, role: 'LEAD' as const }, { organizationId: B, role: 'LEAD' as const }]]) {
      expect(thrown(() => leadOf(list))).toEqual({ type: 'BAD_USER_INPUT', data: { rule: 'EXACTLY_ONE_LEAD', field: 'participants' } });
    }
  });
  it('accepts open or ordered periods; refuses an end before the start and malformed dates', () => {
    expect(thrown(() => assertPeriod(null, undefined)).type).toBe('OK');
    expect(thrown(() => assertPeriod('2026-01-01', '2026-01-01')).type).toBe('OK');
    expect(thrown(() => assertPeriod('2026-01-02', '2026-01-01'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'endOn' } });
    expect(thrown(() => assertPeriod('2026-02-30', null)).type).toBe('BAD_USER_INPUT');
  });
  it('starts projects only in a FORMING or ACTIVE alliance', () => {
    expect(thrown(() => assertAllianceTakesProjects('FORMING')).type).toBe('OK');
    expect(thrown(() => assertAllianceTakesProjects('ACTIVE')).type).toBe('OK');
    expect(thrown(() => assertAllianceTakesProjects('DISSOLVED'))).toEqual({ type: 'FAILED_PRECONDITION', data: { allianceStatus: 'DISSOLVED' } });
  });
  it('takes kinds from the active members; names every non-member once (ACTIVE_MEMBER)', () => {
    const members = [{ organizationId: A, orgKind: 'SCHOOL' }, { organizationId: B, orgKind: 'ENTERPRISE' }];
    expect([...activeMemberKinds(members, [B, A]).entries()]).toEqual([[A, 'SCHOOL'], [B, 'ENTERPRISE']]);
    expect(thrown(() => activeMemberKinds(members, [A, C, D, C]))).toEqual({ type: 'FAILED_PRECONDITION', data: { rule: 'ACTIVE_MEMBER', organizationIds: [C, D] } });
  });
  it('stores funding as integer fen and refuses malformed money', () => {
    expect(newParticipant({ organizationId: B, role: 'PARTNER', committedFunding: { amount: '1000000.01' }, committedStaff: 3 }, 'ENTERPRISE', 'u', AT)).toEqual({
      organizationId: B,
      orgKind: 'ENTERPRISE',
      role: 'PARTNER',
      committedFundingFen: 100000001,
      committedStaff: 3,
      addedAt: AT,
      addedBy: 'u',
    });
    expect(newParticipant({ organizationId: B, role: 'PARTNER' }, 'ENTERPRISE', 'u', AT)).toMatchObject({ committedFundingFen: null, committedStaff: null });
    expect(thrown(() => newParticipant({ organizationId: B, role: 'PARTNER', committedFunding: { amount: '1.234' } }, 'ENTERPRISE', 'u', AT)).type).toBe('BAD_USER_INPUT');
  });
  it('proposes a PROPOSED project with its first history entry, or refuses the composition', () => {
    const fields = proposeProject({ title: 't', leadOrganizationId: A, participants: [entry(A, 'SCHOOL', 'LEAD'), entry(B, 'ENTERPRISE')], startOn: '2026-01-01', by: 'u', at: AT });
    expect(fields).toMatchObject({ status: 'PROPOSED', startOn: '2026-01-01', endOn: null, participantOrganizationIds: [A, B], milestones: [], milestoneIds: [], outputs: [], rev: 0, createdBy: 'u' });
    expect(fields.statusHistory).toEqual([{ status: 'PROPOSED', at: AT, by: 'u', reason: null }]);
    expect(thrown(() => proposeProject({ title: 't', leadOrganizationId: A, participants: [entry(A, 'SCHOOL', 'LEAD'), entry(C, 'RESEARCH_INSTITUTE')], by: 'u', at: AT }))).toEqual({
      type: 'BAD_USER_INPUT',
      data: { rule: 'NEEDS_ENTERPRISE', field: 'participants' },
    });
  });
});

describe('who changes and who sees all', () => {
  it("refuses a change with FORBIDDEN unless the caller administers the lead", () => {
    expect(thrown(() => assertAdministers({ id: 'u', org: A, roles: ['ORG_ADMIN'] }, A)).type).toBe('OK');
    expect(thrown(() => assertAdministers({ id: 'u', org: A, roles: ['ORG_MEMBER'] }, A)).type).toBe('FORBIDDEN');
  });
  it("sees all of an alliance: its lead's admins, platform admins and services", () => {
    expect(seesAllOfAlliance({ id: 'u', org: C, roles: ['ORG_ADMIN'] }, C)).toBe(true);
    expect(seesAllOfAlliance({ id: 'u', org: C, roles: ['ORG_MEMBER'] }, C)).toBe(false);
    expect(seesAllOfAlliance({ id: 'u', roles: ['PLATFORM_ADMIN'] }, C)).toBe(true);
    expect(seesAllOfAlliance({ id: 's', roles: [], system: true }, C)).toBe(true);
  });
  it('takes part and holds milestones by id', () => {
    expect(takesPart(B, { participantOrganizationIds: [A, B] })).toBe(true);
    expect(takesPart(C, { participantOrganizationIds: [A, B] })).toBe(false);
    expect(holdsMilestone({ milestones: [milestone('m1')] }, 'm1')).toBe(true);
    expect(holdsMilestone({ milestones: [] }, 'm1')).toBe(false);
  });
});

describe('changes: each returns the fields to write and the event, or a coded problem', () => {
  it('adds a PARTNER only', () => {
    expect(thrown(() => assertPartner('PARTNER')).type).toBe('OK');
    expect(thrown(() => assertPartner('LEAD'))).toEqual({ type: 'BAD_USER_INPUT', data: { rule: 'EXACTLY_ONE_LEAD', field: 'role' } });
  });

  it('adds a participant to an open project, once, up to the limit', () => {
    const c = addParticipant(project(), entry(C, 'RESEARCH_INSTITUTE'));
    expect(c.event).toBe(ProjectEvent.participantAdded);
    expect(c.subjectId).toBe(C);
    expect(c.set.participantOrganizationIds).toEqual([A, B, C]);
    expect(c.set.participants?.map((x) => x.organizationId)).toEqual([A, B, C]);
    expect(thrown(() => addParticipant(project(), entry(B, 'ENTERPRISE')))).toEqual({ type: 'CONFLICT', data: { organizationId: B } });
    for (const status of ['COMPLETED', 'TERMINATED'] as const) {
      expect(thrown(() => addParticipant(project({ status }), entry(C, 'ENTERPRISE')))).toEqual({ type: 'FAILED_PRECONDITION', data: { status } });
    }
    expect(thrown(() => addParticipant(project({ status: 'ACTIVE' }), entry(C, 'ENTERPRISE'))).type).toBe('OK');
    const full = Array.from({ length: MAX_PARTICIPANTS }, (_, i) => entry(i.toString(16).padStart(24, '0'), i === 0 ? 'SCHOOL' : 'ENTERPRISE', i === 0 ? 'LEAD' : 'PARTNER'));
    expect(thrown(() => addParticipant(project({ participants: full }), entry(D, 'ENTERPRISE'))).type).toBe('FAILED_PRECONDITION');
  });

  it('plans milestones while PROPOSED or ACTIVE, not before the start, up to the limit', () => {
    const m = { milestoneId: 'm1', title: '样机', dueOn: '2026-06-30', at: AT };
    const c = addMilestone(project(), m);
    expect(c).toMatchObject({ event: ProjectEvent.milestoneAdded, subjectId: 'm1', set: { milestoneIds: ['m1'] } });
    expect(c.set.milestones).toEqual([{ milestoneId: 'm1', title: '样机', dueOn: '2026-06-30', createdAt: AT, completedAt: null, completedBy: null, evidenceNote: null }]);
    expect(thrown(() => addMilestone(project({ status: 'ACTIVE' }), m)).type).toBe('OK');
    expect(thrown(() => addMilestone(project({ status: 'COMPLETED' }), m))).toEqual({ type: 'FAILED_PRECONDITION', data: { status: 'COMPLETED' } });
    expect(thrown(() => addMilestone(project({ startOn: '2026-07-01' }), m))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'dueOn' } });
    expect(thrown(() => addMilestone(project({ startOn: '2026-06-30' }), m)).type).toBe('OK');
    const many = Array.from({ length: MAX_MILESTONES }, (_, i) => milestone(`x${i}`));
    expect(thrown(() => addMilestone(project({ milestones: many }), m)).type).toBe('FAILED_PRECONDITION');
  });

  it('completes an open milestone of an ACTIVE project once, keeping the others', () => {
    const p = project({ status: 'ACTIVE', milestones: [milestone('m1'), milestone('m2')] });
    const c = completeMilestone(p, { milestoneId: 'm2', by: 'v', at: AT, evidenceNote: '验收报告' });
    expect(c).toMatchObject({ event: ProjectEvent.milestoneCompleted, subjectId: 'm2' });
    expect(c.set.milestones).toEqual([milestone('m1'), { ...milestone('m2'), completedAt: AT, completedBy: 'v', evidenceNote: '验收报告' }]);
    expect(completeMilestone(p, { milestoneId: 'm1', by: 'v', at: AT, evidenceNote: '' }).set.milestones?.[0].evidenceNote).toBeNull();
    expect(thrown(() => completeMilestone(project({ status: 'ACTIVE', milestones: [milestone('m1', AT)] }), { milestoneId: 'm1', by: 'v', at: AT }))).toEqual({ type: 'CONFLICT', data: { completedAt: AT } });
    for (const status of ['PROPOSED', 'COMPLETED', 'TERMINATED'] as const) {
      expect(thrown(() => completeMilestone(project({ status, milestones: [milestone('m1')] }), { milestoneId: 'm1', by: 'v', at: AT }))).toEqual({ type: 'FAILED_PRECONDITION', data: { status } });
    }
  });

  it('records outputs of ACTIVE or COMPLETED projects, owned by participants, one per kind and reference', () => {
    const o = { outputId: 'o1', kind: 'PATENT' as const, title: '专利', reference: 'ZL1', ownerOrganizationIds: [B, A, B], by: 'v', at: AT };
    const c = recordOutput(project({ status: 'ACTIVE' }), o);
    expect(c).toMatchObject({ event: ProjectEvent.outputRecorded, subjectId: 'o1' });
    expect(c.set.outputs).toEqual([{ outputId: 'o1', kind: 'PATENT', title: '专利', reference: 'ZL1', ownerOrganizationIds: [B, A], recordedAt: AT, recordedBy: 'v' }]);
    expect(recordOutput(project({ status: 'COMPLETED' }), { ...o, reference: '', ownerOrganizationIds: null }).set.outputs?.[0]).toMatchObject({ reference: null, ownerOrganizationIds: [A] });
    for (const status of ['PROPOSED', 'TERMINATED'] as const) {
      expect(thrown(() => recordOutput(project({ status }), o))).toEqual({ type: 'FAILED_PRECONDITION', data: { status } });
    }
    expect(thrown(() => recordOutput(project({ status: 'ACTIVE' }), { ...o, ownerOrganizationIds: [C] }))).toEqual({
      type: 'BAD_USER_INPUT',
      data: { field: 'ownerOrganizationIds', organizationIds: [C] },
    });
    const recorded = project({ status: 'ACTIVE', outputs: [output('x', 'PATENT', 'ZL1')] });
    expect(thrown(() => recordOutput(recorded, o))).toEqual({ type: 'CONFLICT', data: { kind: 'PATENT', reference: 'ZL1' } });
    expect(thrown(() => recordOutput(recorded, { ...o, kind: 'STANDARD' })).type).toBe('OK');
    expect(thrown(() => recordOutput(recorded, { ...o, reference: null })).type).toBe('OK');
    const many = Array.from({ length: MAX_OUTPUTS }, (_, i) => output(`y${i}`, 'PAPER', null));
    expect(thrown(() => recordOutput(project({ status: 'ACTIVE', outputs: many }), o)).type).toBe('FAILED_PRECONDITION');
  });

  it('moves the status along the allowed transitions, keeping history and setting start and end days once', () => {
    const r = { by: 'v', at: AT, day: '2026-03-01' };
    const active = setStatus(project(), { ...r, status: 'ACTIVE', reason: '' });
    expect(active).toEqual({
      event: ProjectEvent.statusChanged,
      set: { status: 'ACTIVE', statusHistory: [...project().statusHistory, { status: 'ACTIVE', at: AT, by: 'v', reason: null }], startOn: '2026-03-01' },
    });
    expect(setStatus(project({ startOn: '2025-01-01' }), { ...r, status: 'ACTIVE' }).set.startOn).toBeUndefined();
    const terminated = setStatus(project(), { ...r, status: 'TERMINATED', reason: '经费未落实' });
    expect(terminated.set).toMatchObject({ status: 'TERMINATED', endOn: '2026-03-01' });
    expect(terminated.set.statusHistory?.at(-1)).toEqual({ status: 'TERMINATED', at: AT, by: 'v', reason: '经费未落实' });
    expect(setStatus(project({ status: 'ACTIVE', endOn: '2027-12-31' }), { ...r, status: 'COMPLETED' }).set.endOn).toBeUndefined();
    expect(thrown(() => setStatus(project(), { ...r, status: 'COMPLETED' }))).toEqual({ type: 'CONFLICT', data: { from: 'PROPOSED', to: 'COMPLETED' } });
    expect(thrown(() => setStatus(project({ status: 'TERMINATED' }), { ...r, status: 'ACTIVE' }))).toEqual({ type: 'CONFLICT', data: { from: 'TERMINATED', to: 'ACTIVE' } });
  });

  it('completes a project only when every milestone is done', () => {
    const r = { by: 'v', at: AT, day: '2026-03-01', status: 'COMPLETED' as const };
    const open = project({ status: 'ACTIVE', milestones: [milestone('m1', AT), milestone('m2'), milestone('m3')] });
    expect(thrown(() => setStatus(open, r))).toEqual({ type: 'FAILED_PRECONDITION', data: { openMilestoneIds: ['m2', 'm3'] } });
    expect(thrown(() => setStatus(project({ status: 'ACTIVE', milestones: [milestone('m1', AT)] }), r)).type).toBe('OK');
  });
});
