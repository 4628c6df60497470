/** The evaluation service's documents. Arrays are written whole (the emulator has no $push). */
import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { claimModel } from '../../infra/claims.js';
import type { Indicator, ItemStatus, RunRow, TargetKind } from './evaluation.contract.js';

export interface SystemDoc { _id: Types.ObjectId; code: string; codeKey: string; name: string; regionCode: string; funderOrganizationId: Types.ObjectId; indicators: Indicator[]; createdBy: string; createdAt: Date }
export interface RunDoc { _id: Types.ObjectId; systemId: Types.ObjectId; systemName: string; funderOrganizationId: Types.ObjectId; regionCode: string; year: number; asOf: string; status: 'DRAFT' | 'PUBLISHED'; publishedOn: string | null; unavailable: string[]; indicators: Indicator[]; rows: RunRow[]; rev: number; createdBy: string; createdAt: Date }
export interface PilotCityDoc { _id: Types.ObjectId; regionCode: string; name: string; provinceFunderOrganizationId: Types.ObjectId; targets: { kind: TargetKind; target: number }[]; deadline: string; achievements: { kind: TargetKind; label: string; evidence: string; on: string; by: string }[]; rev: number; createdAt: Date }
export interface ListItemDoc { _id: Types.ObjectId; pilotCityId: Types.ObjectId; regionCode: string; list: 'PROBLEM' | 'POLICY'; title: string; content: string; owner: string; deadline: string; status: ItemStatus; history: { status: ItemStatus; on: string; by: string; note: string | null }[]; rev: number; createdAt: Date }
export interface PaymentDoc { _id: Types.ObjectId; applicationId: string; funderOrganizationId: string; recipientOrganizationId: string; paidOn: string; amountFen: number; voucherRef: string; permittedUse: string; spending: { items: { purpose: string; amountFen: number }[]; summary: string; filedOn: string; by: string; totalFen: number } | null; recordedBy: string; createdAt: Date }

const M = { type: Schema.Types.Mixed, default: [] } as const;
const opts = (collection: string) => ({ collection, versionKey: false, minimize: false }) as const;

const systemSchema = new Schema<SystemDoc>({ code: String, codeKey: { type: String, required: true }, name: String, regionCode: String, funderOrganizationId: { type: Schema.Types.ObjectId, required: true }, indicators: M, createdBy: String, createdAt: Date }, opts('systems'));
systemSchema.index({ funderOrganizationId: 1, codeKey: 1 }, { unique: true });
const runSchema = new Schema<RunDoc>({ systemId: { type: Schema.Types.ObjectId, required: true }, systemName: String, funderOrganizationId: Schema.Types.ObjectId, regionCode: String, year: Number, asOf: String, status: String, publishedOn: { type: String, default: null }, unavailable: M, indicators: M, rows: M, rev: { type: Number, default: 0 }, createdBy: String, createdAt: Date }, opts('runs'));
runSchema.index({ systemId: 1, year: 1 }, { unique: true });
const citySchema = new Schema<PilotCityDoc>({ regionCode: { type: String, required: true }, name: String, provinceFunderOrganizationId: Schema.Types.ObjectId, targets: M, deadline: String, achievements: M, rev: { type: Number, default: 0 }, createdAt: Date }, opts('pilotCities'));
citySchema.index({ regionCode: 1 }, { unique: true });
const itemSchema = new Schema<ListItemDoc>({ pilotCityId: { type: Schema.Types.ObjectId, required: true }, regionCode: String, list: String, title: String, content: String, owner: String, deadline: String, status: String, history: M, rev: { type: Number, default: 0 }, createdAt: Date }, opts('listItems'));
itemSchema.index({ pilotCityId: 1, list: 1 });
const paymentSchema = new Schema<PaymentDoc>({ applicationId: { type: String, required: true }, funderOrganizationId: String, recipientOrganizationId: String, paidOn: String, amountFen: { type: Number, required: true, validate: { validator: Number.isSafeInteger } }, voucherRef: String, permittedUse: String, spending: { type: Schema.Types.Mixed, default: null }, recordedBy: String, createdAt: Date }, opts('payments'));
paymentSchema.index({ applicationId: 1 });
paymentSchema.index({ applicationId: 1, voucherRef: 1 }, { unique: true });

export function evaluationModels(conn: Connection) {
  return {
    System: conn.model<SystemDoc>('EvalSystem', systemSchema) as Model<SystemDoc>,
    Run: conn.model<RunDoc>('EvalRun', runSchema) as Model<RunDoc>,
    PilotCity: conn.model<PilotCityDoc>('PilotCity', citySchema) as Model<PilotCityDoc>,
    ListItem: conn.model<ListItemDoc>('ListItem', itemSchema) as Model<ListItemDoc>,
    Payment: conn.model<PaymentDoc>('Payment', paymentSchema) as Model<PaymentDoc>,
    Claim: claimModel(conn),
  };
}
export type EvaluationModels = ReturnType<typeof evaluationModels>;
