import { claim } from '../../../infra/claims.js';
import { conflict } from '../../../infra/errors.js';
import type { MembershipEntry, MembershipStatus } from '../alliances.contract.js';
import type { AllianceModels, MembershipDoc } from '../alliances.model.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * Moves a membership out of its current status: each status is left once, so the first to claim the step
 * (`membership:<id>:<status>`, see infra/claims.ts) decides it, then a single conditional update writes it. Of two
 * concurrent approvals (or an approval racing an end) exactly one wins; the other gets CONFLICT (data { status }).
 * Closing (REJECTED, ENDED) frees the `openKey` so the organization may apply again.
 */
export async function transitionMembership(
  models: AllianceModels,
  m: MembershipDoc,
  to: MembershipStatus,
  entry: MembershipEntry,
  set: Partial<Pick<MembershipDoc, 'joinedAt' | 'endedAt'>>,
): Promise<MembershipDoc> {
  const closes = to === 'REJECTED' || to === 'ENDED';
  const won = await claim(models.Claim, `membership:${m._id}:${m.status}`, {
    stillPending: async () => (await models.Membership.countDocuments({ _id: m._id, status: m.status })) === 1,
  });
  if (!won) {
    const now = await models.Membership.findById(m._id).lean<MembershipDoc>();
    throw conflict(msg('alliances.membershipChangedMeanwhile', { status: now?.status === m.status ? 'DECIDING' : (now?.status ?? 'GONE') }), { status: now?.status });
  }
  const updated = await models.Membership.findOneAndUpdate(
    { _id: m._id, status: m.status },
    { $set: { ...set, status: to, decidedBy: entry.by, history: [...(m.history ?? []), entry], ...(closes ? { openKey: `closed:${m._id}` } : {}) } },
    { returnDocument: 'after' },
  ).lean<MembershipDoc>();
  if (!updated) {
    const now = await models.Membership.findById(m._id).lean<MembershipDoc>();
    throw conflict(msg('alliances.membershipChangedMeanwhile', { status: now?.status ?? 'GONE' }), { status: now?.status });
  }
  return updated;
}
