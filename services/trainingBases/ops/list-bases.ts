/** Bases of alliances, a page at a time (keyset on _id). */
import { actorOf } from '../../../infra/auth.js';
import { settleEach, type BatchEntry } from '../../../infra/batch.js';
import { findPage, oid } from '../../../infra/entity.js';
import type { ListBasesParams, ListByAlliancesParams, Page, TrainingBaseDto } from '../trainingBases.contract.js';
import { toBaseDto } from '../trainingBases.mappers.js';
import type { BaseModels, TrainingBaseDoc } from '../trainingBases.model.js';
import type { Ctx } from './common.js';

const basesOf = (models: BaseModels, allianceId: string, args: { first?: number | null; after?: string | null }) =>
  findPage<TrainingBaseDoc, TrainingBaseDto>(models.Base, { allianceId: oid(allianceId) }, args, toBaseDto);

/** An alliance's bases (any verified caller). */
export function listBases(models: BaseModels, ctx: Ctx<ListBasesParams>): Promise<Page<TrainingBaseDto>> {
  actorOf(ctx);
  return basesOf(models, ctx.params.allianceId, ctx.params);
}

/** Several alliances' bases, one page per alliance id in order (for Alliance.trainingBases). */
export function listBasesOfAlliances(models: BaseModels, ctx: Ctx<ListByAlliancesParams>): Promise<BatchEntry<Page<TrainingBaseDto>>[]> {
  actorOf(ctx);
  return settleEach(ctx.params.allianceIds, (id) => basesOf(models, id, ctx.params));
}
