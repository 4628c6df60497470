/**
 * Payments of approved grant awards (date, amount, voucher reference, permitted use — e.g. the ¥100,000 base subsidy
 * for 实训基地建设) and the recipient's spending report. Payments never exceed the award; a report never spends more
 * than the payment. The award is read from grants (`grants.getApplication`) as the service itself.
 */
import type { Context, ServiceBroker } from 'moleculer';
import { actorOf, isPlatformAdmin, type CallMeta } from '../../../infra/auth.js';
import { adminOf } from '../../../infra/authz.js';
import { systemCaller } from '../../../infra/caller.js';
import { claim } from '../../../infra/claims.js';
import { assertNotFuture, today } from '../../../infra/dates.js';
import { conflict, ErrorCode, forbidden, isDuplicateKey, notFound, problemError, raise } from '../../../infra/errors.js';
import { parseMoney } from '../../../infra/money.js';
import { GrantAction, type GrantApplicationDto } from '../../grants/grants.contract.js';
import { EvalRule, type PaymentDto, type RecordPaymentParams, type SpendingReportParams } from '../evaluation.contract.js';
import { toPaymentDto } from '../evaluation.mappers.js';
import type { EvaluationModels, PaymentDoc } from '../evaluation.model.js';
import { paymentProblem, spendingProblem } from '../evaluation.rules.js';
import { SERVICE } from './authority.js';
import { msg } from '../../../infra/message-registry.js';

type Ctx<P> = Context<P, CallMeta>;

/**
 * Records a payment of an approved award (the award's funder, or a platform admin): `paidOn` not in the future, a
 * positive amount in yuan (stored in fen), the total never over the award. Errors: NOT_FOUND; FORBIDDEN;
 * FAILED_PRECONDITION NOT_AWARDED or OVERPAID (paymentProblem); BAD_USER_INPUT a bad date or amount; CONFLICT
 * CONCURRENT_PAYMENT (another payment on the award is being recorded: retry) or a voucher already recorded.
 */
export async function recordPayment(models: EvaluationModels, broker: ServiceBroker, ctx: Ctx<RecordPaymentParams>): Promise<PaymentDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const app = await systemCaller(broker, SERVICE, ctx)<GrantApplicationDto | null>(GrantAction.getApplication, { id: p.applicationId, evidence: false });
  if (!app) throw notFound('Grant application', p.applicationId);
  if (!actor.system && !isPlatformAdmin(actor) && actor.org !== app.funderOrganizationId) throw forbidden(msg('evaluation.whoPays'));
  if (!app.award) throw problemError({ code: ErrorCode.FAILED_PRECONDITION, ...msg('evaluation.notAwarded'), data: { reason: EvalRule.NOT_AWARDED } });
  const paidOn = assertNotFuture(p.paidOn, 'paidOn');
  const amountFen = parseMoney(p.amount, { field: 'amount', positive: true });
  const award = app.award;
  // Payments on one award are recorded one at a time: the n-th payment first claims `payment:<app>:<n>` (unique), and
  // only the holder reads what was paid and checks the award — so two payments can never both pass the check on the
  // same total. The claim is given back whenever no payment is stored (refused, duplicate voucher, failure), so one
  // refusal never blocks the next; a claim whose holder died is taken over after 30 s (infra/claims.ts).
  const n = await models.Payment.countDocuments({ applicationId: p.applicationId });
  const key = `payment:${p.applicationId}:${n}`;
  const won = await claim(models.Claim, key, { stillPending: async () => (await models.Payment.countDocuments({ applicationId: p.applicationId })) === n });
  if (!won) throw conflict(msg('evaluation.concurrentPayment'), { reason: 'CONCURRENT_PAYMENT' });
  try {
    const made = await models.Payment.find({ applicationId: p.applicationId }).lean<PaymentDoc[]>();
    // Another payment landed between the count and the claim: the total read may be short of it. Ask again.
    if (made.length !== n) throw conflict(msg('evaluation.concurrentPayment'), { reason: 'CONCURRENT_PAYMENT' });
    raise(paymentProblem(award.amountFen, made.reduce((a, x) => a + x.amountFen, 0), amountFen));
    const d = await models.Payment.create({ applicationId: p.applicationId, funderOrganizationId: app.funderOrganizationId, recipientOrganizationId: award.recipientOrganizationId, paidOn, amountFen, voucherRef: p.voucherRef, permittedUse: p.permittedUse, spending: null, recordedBy: actor.id, createdAt: new Date() });
    return toPaymentDto(d.toObject() as PaymentDoc);
  } catch (err) {
    await models.Claim.deleteOne({ _id: key }); // nothing stored: the next payment may take this place
    if (isDuplicateKey(err)) throw conflict(msg('evaluation.voucherRecorded', { voucherRef: p.voucherRef }), { field: 'voucherRef' });
    throw err;
  }
}

export async function fileSpendingReport(models: EvaluationModels, ctx: Ctx<SpendingReportParams>): Promise<PaymentDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const pay = await models.Payment.findById(p.paymentId).lean<PaymentDoc>();
  if (!pay) throw notFound('Payment', p.paymentId);
  if (!adminOf(actor, pay.recipientOrganizationId)) throw forbidden(msg('evaluation.whoReportsSpending'));
  const items = p.items.map((i, k) => ({ purpose: i.purpose, amountFen: parseMoney(i.amount, { field: `items[${k}].amount` }) }));
  raise(spendingProblem(pay.amountFen, items.map((i) => i.amountFen)));
  const spending = { items, summary: p.summary, filedOn: today(), by: actor.id, totalFen: items.reduce((a, i) => a + i.amountFen, 0) };
  const d = await models.Payment.findOneAndUpdate({ _id: pay._id, spending: null }, { $set: { spending } }, { returnDocument: 'after' }).lean<PaymentDoc>();
  if (!d) throw conflict(msg('evaluation.reportFiled'), { reason: 'REPORT_FILED' });
  return toPaymentDto(d);
}

export async function payments(models: EvaluationModels, ctx: Ctx<{ applicationId: string }>): Promise<PaymentDto[]> {
  const actor = actorOf(ctx);
  const rows = await models.Payment.find({ applicationId: ctx.params.applicationId }).sort({ paidOn: 1 }).lean<PaymentDoc[]>();
  return rows.filter((r) => actor.system || isPlatformAdmin(actor) || actor.org === r.funderOrganizationId || adminOf(actor, r.recipientOrganizationId)).map(toPaymentDto);
}
