/**
 * Payments of approved grant awards (date, amount, voucher reference, permitted use — e.g. the ¥100,000 base subsidy
 * for 实训基地建设) and the recipient's spending report. Payments never exceed the award; a report never spends more
 * than the payment. The award is read from grants (`grants.getApplication`) as the service itself.
 */
import type { Context, ServiceBroker } from 'moleculer';
import { actorOf, isPlatformAdmin, type CallMeta } from '../../../infra/auth.js';
import { adminOf } from '../../../infra/authz.js';
import { systemCaller } from '../../../infra/caller.js';
import { assertNotFuture, today } from '../../../infra/dates.js';
import { conflict, ErrorCode, forbidden, isDuplicateKey, notFound, problemError, raise } from '../../../infra/errors.js';
import { parseMoney } from '../../../infra/money.js';
import { GrantAction, type GrantApplicationDto } from '../../grants/grants.contract.js';
import { EvalRule, type PaymentDto, type RecordPaymentParams, type SpendingReportParams } from '../evaluation.contract.js';
import { toPaymentDto } from '../evaluation.mappers.js';
import type { EvaluationModels, PaymentDoc } from '../evaluation.model.js';
import { paymentProblem, spendingProblem } from '../evaluation.rules.js';
import { SERVICE } from './authority.js';

type Ctx<P> = Context<P, CallMeta>;

export async function recordPayment(models: EvaluationModels, broker: ServiceBroker, ctx: Ctx<RecordPaymentParams>): Promise<PaymentDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const app = await systemCaller(broker, SERVICE, ctx)<GrantApplicationDto | null>(GrantAction.getApplication, { id: p.applicationId, evidence: false });
  if (!app) throw notFound('Grant application', p.applicationId);
  if (!actor.system && !isPlatformAdmin(actor) && actor.org !== app.funderOrganizationId) throw forbidden("Only the program's funder records payments.");
  if (!app.award) throw problemError({ code: ErrorCode.FAILED_PRECONDITION, message: 'The application has no approved award.', key: 'evaluation.notAwarded', params: {}, data: { reason: EvalRule.NOT_AWARDED } });
  const paidOn = assertNotFuture(p.paidOn, 'paidOn');
  const amountFen = parseMoney(p.amount, { field: 'amount', positive: true });
  const paid = (await models.Payment.find({ applicationId: p.applicationId }).lean<PaymentDoc[]>()).reduce((a, x) => a + x.amountFen, 0);
  raise(paymentProblem(app.award.amountFen, paid, amountFen));
  // Concurrent payments on one award: one at a time, by a claim on the count of payments already made.
  const n = await models.Payment.countDocuments({ applicationId: p.applicationId });
  try {
    await models.Claim.create({ _id: `payment:${p.applicationId}:${n}`, at: new Date() });
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict('Another payment on this award was recorded at the same time; try again.', { reason: 'CONCURRENT_PAYMENT' });
    throw err;
  }
  try {
    const d = await models.Payment.create({ applicationId: p.applicationId, funderOrganizationId: app.funderOrganizationId, recipientOrganizationId: app.award.recipientOrganizationId, paidOn, amountFen, voucherRef: p.voucherRef, permittedUse: p.permittedUse, spending: null, recordedBy: actor.id, createdAt: new Date() });
    return toPaymentDto(d.toObject() as PaymentDoc);
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict(`Voucher ${p.voucherRef} is already recorded for this award.`, { field: 'voucherRef' });
    throw err;
  }
}

export async function fileSpendingReport(models: EvaluationModels, ctx: Ctx<SpendingReportParams>): Promise<PaymentDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const pay = await models.Payment.findById(p.paymentId).lean<PaymentDoc>();
  if (!pay) throw notFound('Payment', p.paymentId);
  if (!adminOf(actor, pay.recipientOrganizationId)) throw forbidden("Only the recipient's admins file its spending report.");
  const items = p.items.map((i, k) => ({ purpose: i.purpose, amountFen: parseMoney(i.amount, { field: `items[${k}].amount` }) }));
  raise(spendingProblem(pay.amountFen, items.map((i) => i.amountFen)));
  const spending = { items, summary: p.summary, filedOn: today(), by: actor.id, totalFen: items.reduce((a, i) => a + i.amountFen, 0) };
  const d = await models.Payment.findOneAndUpdate({ _id: pay._id, spending: null }, { $set: { spending } }, { returnDocument: 'after' }).lean<PaymentDoc>();
  if (!d) throw conflict('A spending report is already filed for this payment.', { reason: 'REPORT_FILED' });
  return toPaymentDto(d);
}

export async function payments(models: EvaluationModels, ctx: Ctx<{ applicationId: string }>): Promise<PaymentDto[]> {
  const actor = actorOf(ctx);
  const rows = await models.Payment.find({ applicationId: ctx.params.applicationId }).sort({ paidOn: 1 }).lean<PaymentDoc[]>();
  return rows.filter((r) => actor.system || isPlatformAdmin(actor) || actor.org === r.funderOrganizationId || adminOf(actor, r.recipientOrganizationId)).map(toPaymentDto);
}
