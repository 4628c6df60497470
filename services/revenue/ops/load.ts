import { loadOr404 } from '../../../infra/entity.js';
import type { AgreementDoc, EventDoc, RevenueModels } from '../revenue.model.js';

/** What an agreement is called in NOT_FOUND errors. */
export const AGREEMENT = 'Revenue agreement';

/** The stored agreement, or NOT_FOUND (data `id`). */
export const loadAgreement = (models: RevenueModels, id: string): Promise<AgreementDoc> => loadOr404<AgreementDoc>(models.Agreement, id, AGREEMENT);

/** The stored ledger event, or NOT_FOUND (data `id`). */
export const loadEvent = (models: RevenueModels, id: string): Promise<EventDoc> => loadOr404<EventDoc>(models.Event, id, 'Revenue event');
