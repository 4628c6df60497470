/** fastest-validator rules for the projects actions' params (validated by Moleculer at the boundary; types in projects.contract.ts). */
import { optionalMoneyInputRule } from '../../infra/money.js';
import { after, date, enumOf, first, idList, objectId, optionalDate, optionalReason, optionalText, text } from '../../infra/params.js';
import { MAX_PARTICIPANTS, OUTPUT_KINDS, PARTICIPANT_ROLES, PROJECT_STATUSES } from './projects.contract.js';

/** One `ParticipantInput`; unknown keys are dropped. */
const participantRule = {
  type: 'object',
  strict: 'remove',
  props: {
    organizationId: objectId,
    role: enumOf(PARTICIPANT_ROLES),
    committedFunding: optionalMoneyInputRule,
    committedStaff: { type: 'number', integer: true, min: 0, max: 1_000_000, optional: true, nullable: true, convert: false },
  },
} as const;

const optionalStatus = { ...enumOf(PROJECT_STATUSES), optional: true, nullable: true } as const;

export const createParams = {
  allianceId: objectId,
  title: text(200, 2),
  participants: { type: 'array', items: participantRule, min: 1, max: MAX_PARTICIPANTS },
  startOn: optionalDate,
  endOn: optionalDate,
} as const;
export const addParticipantParams = { projectId: objectId, participant: participantRule } as const;
export const addMilestoneParams = { projectId: objectId, title: text(200, 1), dueOn: date } as const;
export const completeMilestoneParams = { milestoneId: objectId, evidenceNote: optionalReason(2000) } as const;
export const recordOutputParams = {
  projectId: objectId,
  kind: enumOf(OUTPUT_KINDS),
  title: text(300, 1),
  reference: optionalText(100),
  ownerOrganizationIds: { type: 'array', items: objectId, max: MAX_PARTICIPANTS, optional: true, nullable: true },
} as const;
export const setStatusParams = { projectId: objectId, status: enumOf(PROJECT_STATUSES), reason: optionalReason(1000) } as const;
export const getParams = { id: objectId } as const;
export const getManyParams = { ids: idList } as const;
export const listByAllianceParams = { allianceId: objectId, status: optionalStatus, first, after } as const;
/** Bounded like the gateway's field batches (at most 200 parents per call). */
export const listByAlliancesParams = { allianceIds: { type: 'array', items: objectId, max: 1_000 }, status: optionalStatus, first, after } as const;
