/** A funder creates a grant program: who funds it, validation, the write, the audit entry, the event. */
import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { callerOrganization, type OrgRef } from '../../../infra/authz.js';
import { badInput, conflict, isDuplicateKey, notFound, problemError } from '../../../infra/errors.js';
import { canonicalRegion, isRegionProblem } from '../../../infra/regions.js';
import { oid } from '../../../infra/entity.js';
import { assertDate } from '../../../infra/dates.js';
import { CURRENCY, parseMoney } from '../../../infra/money.js';
import { OrganizationAction, type OrganizationDto } from '../../organizations/organizations.contract.js';
import { GrantEvent, type CreateProgramParams, type GrantProgramDto, type GrantProgramEventPayload } from '../grants.contract.js';
import type { GrantModels, GrantProgramDoc } from '../grants.model.js';
import { toProgramDto } from '../grants.mappers.js';
import { criteriaProblemMsgs, criteriaRefusal, newProgramFunderId, normalizeCriteria, requireFunderOf, windowOrderProblem } from '../grants.rules.js';
import { appendAudit } from './audit.js';
import { userCaller } from '../../../infra/caller.js';
import { SERVICE } from './callers.js';
import { msg } from '../../../infra/message-registry.js';

const codeKey = (code: string) => code.trim().toUpperCase();

/** The funding organization: the caller's own (looked up once per request), or the one an admin names. */
async function funderRef(ctx: Context<unknown, CallMeta>, id: string): Promise<OrgRef | null> {
  if (id === actorOf(ctx).org) return callerOrganization(ctx, SERVICE);
  const o = await userCaller(ctx)<OrganizationDto | null>(OrganizationAction.get, { id });
  return o ? { id: o.id, kind: o.kind, regionCode: o.regionCode } : null;
}

/**
 * A FUNDER creates a program for its own GOVERNMENT organization within that organization's region (platform admins
 * and services for a named one). The program's region is a GB/T 2260 division (infra/regions.ts; a retired code with
 * one successor is stored as that successor). FORBIDDEN / NOT_FOUND for the funder, BAD_USER_INPUT for the region
 * (REGION_UNKNOWN / REGION_RETIRED), criteria, money (fen, CNY only) and window, CONFLICT for a code the funder already uses (case-insensitive). Publishes `grants.programCreated`
 * (the standings projection computes the new program's standings from it).
 */
export async function createProgram(models: GrantModels, ctx: Context<CreateProgramParams, CallMeta>): Promise<GrantProgramDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const region = canonicalRegion(p.regionCode);
  if (isRegionProblem(region)) throw problemError(region);
  const regionCode = region.code;
  const funderId = newProgramFunderId(actor, p.funderOrganizationId);
  const funder = await funderRef(ctx, funderId);
  if (!funder) throw notFound('Organization', funderId);
  requireFunderOf(funder, regionCode);
  const problems = criteriaProblemMsgs(p.criteria);
  if (problems.length) throw badInput(criteriaRefusal(problems), { field: 'criteria', problems: problems.map((m) => m.message) });
  const fen = parseMoney(p.awardAmount, { field: 'awardAmount', positive: true });
  const opensOn = p.opensOn ? assertDate(p.opensOn, 'opensOn') : null;
  const closesOn = p.closesOn ? assertDate(p.closesOn, 'closesOn') : null;
  const windowProblem = windowOrderProblem(opensOn, closesOn);
  if (windowProblem) throw badInput(windowProblem, { field: 'closesOn' });
  let doc: GrantProgramDoc;
  try {
    doc = (
      await models.Program.create({
        code: p.code,
        codeKey: codeKey(p.code),
        name: p.name,
        funderOrganizationId: oid(funder.id),
        regionCode,
        opensOn,
        closesOn,
        awardAmountFen: fen,
        currency: CURRENCY,
        criteria: normalizeCriteria(p.criteria),
        createdBy: actor.id,
      })
    ).toObject() as GrantProgramDoc;
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict(msg('grants.codeTaken', { code: codeKey(p.code) }), { field: 'code' });
    throw err;
  }
  const dto = toProgramDto(doc);
  await appendAudit(models, {
    key: `program:${dto.id}`,
    action: 'PROGRAM_CREATED',
    by: actor.id,
    byOrganizationId: actor.org ?? null,
    funderOrganizationId: funder.id,
    regionCode: dto.regionCode,
    programId: dto.id,
    snapshot: { program: dto },
  });
  ctx.emit(GrantEvent.programCreated, { programId: dto.id, funderOrganizationId: dto.funderOrganizationId, regionCode: dto.regionCode } satisfies GrantProgramEventPayload);
  return dto;
}
