import { describe, expect, it } from 'vitest';
import { funderCovers } from '../../infra/authz.js';
import {
  PROJECT_STATUSES,
  administersProject,
  canTransition,
  compositionProblem,
  readsProjectDirectly,
  resolveOwners,
  totalCommittedFen,
  type ComposedParticipant,
} from './projects.rules.js';

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
    expect(totalCommittedFen([{ committedFundingFen: 100000001 }, { committedFundingFen: null }, { committedFundingFen: 1 }])).toBe(100000002);
  });
});
