/** Documents → DTOs of the evaluation service. */
import type { EvaluationRunDto, IndicatorSystemDto, ListItemDto, PaymentDto, PilotCityDto } from './evaluation.contract.js';
import type { ListItemDoc, PaymentDoc, PilotCityDoc, RunDoc, SystemDoc } from './evaluation.model.js';
import { isOverdue } from './evaluation.rules.js';

export const toSystemDto = (d: SystemDoc): IndicatorSystemDto => ({ id: String(d._id), code: d.code, name: d.name, regionCode: d.regionCode, indicators: d.indicators, funderOrganizationId: String(d.funderOrganizationId), createdAt: d.createdAt.toISOString() });
export const toRunDto = (d: RunDoc): EvaluationRunDto => ({ id: String(d._id), systemId: String(d.systemId), systemName: d.systemName, funderOrganizationId: String(d.funderOrganizationId), regionCode: d.regionCode, year: d.year, asOf: d.asOf, status: d.status, publishedOn: d.publishedOn, unavailable: d.unavailable ?? [], rows: d.rows ?? [], createdAt: d.createdAt.toISOString() });
export const toCityDto = (d: PilotCityDoc): PilotCityDto => ({ id: String(d._id), regionCode: d.regionCode, name: d.name, provinceFunderOrganizationId: String(d.provinceFunderOrganizationId), targets: d.targets, deadline: d.deadline, achievements: d.achievements ?? [] });
export const toItemDto = (d: ListItemDoc, today: string): ListItemDto => ({ id: String(d._id), pilotCityId: String(d.pilotCityId), list: d.list, title: d.title, content: d.content, owner: d.owner, deadline: d.deadline, status: d.status, overdue: isOverdue(d.status, d.deadline, today), history: d.history ?? [] });
export const toPaymentDto = (d: PaymentDoc): PaymentDto => ({ id: String(d._id), applicationId: d.applicationId, funderOrganizationId: d.funderOrganizationId, recipientOrganizationId: d.recipientOrganizationId, paidOn: d.paidOn, amountFen: d.amountFen, voucherRef: d.voucherRef, permittedUse: d.permittedUse, spending: d.spending, createdAt: d.createdAt.toISOString() });
