/** The append-only audit trail: entries written once (by key), and the disqualification entries. */
import type { Caller } from '../../../infra/caller.js';
import { isDuplicateKey } from '../../../infra/errors.js';
import { oid } from '../../../infra/entity.js';
import { OrganizationAction, type DisqualificationDto, type OrganizationDto } from '../../organizations/organizations.contract.js';
import type { AuditAction } from '../grants.contract.js';
import type { GrantModels } from '../grants.model.js';

/** One audit entry to write; ids are 24-hex strings, `key` makes it unique (e.g. `submitted:<applicationId>`). */
export interface AuditInput {
  key: string;
  action: AuditAction;
  /** Token subject of whoever did it. */
  by: string;
  byOrganizationId?: string | null;
  /** Which funder may read it. */
  funderOrganizationId?: string | null;
  /** Region of the alliance or organization concerned (funders of covering regions read disqualification entries). */
  regionCode?: string | null;
  programId?: string | null;
  allianceId?: string | null;
  applicationId?: string | null;
  organizationId?: string | null;
  disqualificationId?: string | null;
  note?: string | null;
  snapshot: Record<string, unknown>;
}

/** Inserts an audit entry once: a second insert with the same key (a retry, a replayed event) is a no-op. */
export async function appendAudit(models: GrantModels, e: AuditInput): Promise<void> {
  const toOid = (id: string | null | undefined) => (id ? oid(id) : null);
  try {
    await models.AuditEntry.create({
      key: e.key,
      action: e.action,
      at: new Date(),
      by: e.by,
      byOrganizationId: toOid(e.byOrganizationId),
      funderOrganizationId: toOid(e.funderOrganizationId),
      regionCode: e.regionCode ?? null,
      programId: toOid(e.programId),
      allianceId: toOid(e.allianceId),
      applicationId: toOid(e.applicationId),
      organizationId: toOid(e.organizationId),
      disqualificationId: toOid(e.disqualificationId),
      note: e.note ?? null,
      snapshot: e.snapshot,
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}

/** The disqualification audit actions. */
export type DisqualificationAuditAction = Extract<AuditAction, 'ORGANIZATION_DISQUALIFIED' | 'DISQUALIFICATION_LIFTED'>;

/**
 * Records a disqualification (or its lifting) with the organization as it stood, readable by the funder who acted
 * (`byOrg`, else the imposing funder) and by funders whose region covers the organization's. Written by the
 * grants actions that proxy `organizations.disqualify`/`lift` (before they answer, with the acting funder's
 * organization) and again from the organizations service's events (so one made directly on the bus is in the
 * trail too); the key (`disqualified:<id>` / `lifted:<id>`) keeps whichever comes first.
 */
export async function auditDisqualification(models: GrantModels, call: Caller, action: DisqualificationAuditAction, dq: DisqualificationDto, by: string, byOrg: string | null): Promise<void> {
  const org = await call<OrganizationDto | null>(OrganizationAction.get, { id: dq.organizationId });
  await appendAudit(models, {
    key: `${action === 'ORGANIZATION_DISQUALIFIED' ? 'disqualified' : 'lifted'}:${dq.id}`,
    action,
    by,
    byOrganizationId: byOrg,
    funderOrganizationId: byOrg ?? dq.imposedByOrganizationId,
    regionCode: org?.regionCode ?? null,
    organizationId: dq.organizationId,
    disqualificationId: dq.id,
    note: action === 'ORGANIZATION_DISQUALIFIED' ? dq.reason : dq.liftReason,
    snapshot: { disqualification: dq, organization: org ? { id: org.id, name: org.name, kind: org.kind, regionCode: org.regionCode, creditCode: org.creditCode } : null },
  });
}
