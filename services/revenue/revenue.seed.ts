/**
 * The initial reference data of the revenue service: the two regional policies the source documents give, inserted
 * on start only where the database has no policy with that code yet. From then on they are data like any other
 * policy — amended and closed through the API (audited), never overwritten by a restart — and a third city's policy
 * is created through the API (`revenue.createPolicy`), with no release.
 */
import type { Model } from 'mongoose';
import { isDuplicateKey } from '../../infra/errors.js';
import type { PolicyDoc } from './revenue.model.js';

/** One initial policy: its owner region, its first version's dates and bounds (bp), and the passage it comes from. */
export interface InitialPolicy {
  code: string;
  name: string;
  regionCode: string;
  validFrom: string;
  minTeacherShareBp: number;
  maxTeacherShareBp: number;
  source: string;
}

/**
 * From /work/shared/seeds/003 (产教融合工作方案精华[7篇]):
 * - 篇3, Liuzhou (柳州, 450200): "学校对外开展技术开发、技术转让、技术咨询、技术服务取得的收入结余,可提取70%以上用于教师
 *   劳动报酬,不纳入单位绩效工资总量管理" → teachers get 7000–10000 bp of a school's share.
 * - 篇7, Xi'an (西安, 610100): "院校通过校企合作、技术服务、社会培训等所得收入的50%可用于进行绩效分配,不列入绩效总量,其余50%
 *   可用于院校公用经费" → teachers get at most 5000 bp.
 * The texts are undated ("到20xx年"); `validFrom` is the first 1 January after the documents they implement: the
 * national 产教融合建设试点实施方案 (2019) for Liuzhou, 国办发〔2017〕95号 and Shaanxi's implementing opinions (2018)
 * for Xi'an. An authorized user corrects them through `revenue.amendPolicy` when the real dates are known.
 */
export const INITIAL_POLICIES: readonly InitialPolicy[] = [
  {
    code: 'LIUZHOU',
    name: '柳州市：学校技术收入结余不少于70%用于教师劳动报酬',
    regionCode: '450200',
    validFrom: '2020-01-01',
    minTeacherShareBp: 7000,
    maxTeacherShareBp: 10000,
    source: 'seeds/003 篇3（柳州市产教融合工作方案）：学校对外开展技术开发、技术转让、技术咨询、技术服务取得的收入结余，可提取70%以上用于教师劳动报酬',
  },
  {
    code: 'XIAN',
    name: '西安市：技术服务收入50%用于绩效分配、50%用于公用经费',
    regionCode: '610100',
    validFrom: '2019-01-01',
    minTeacherShareBp: 0,
    maxTeacherShareBp: 5000,
    source: 'seeds/003 篇7（西安市产教融合实施方案）：院校通过校企合作、技术服务、社会培训等所得收入的50%可用于进行绩效分配，其余50%可用于院校公用经费',
  },
];

/** Who the initial data is recorded as. */
export const SEED_BY = 'service:revenue';

/** The stored document of an initial policy (version 1, one CREATED change). */
export function initialPolicyDoc(p: InitialPolicy, now = new Date().toISOString()): Omit<PolicyDoc, '_id' | 'createdAt' | 'updatedAt'> {
  return {
    code: p.code,
    name: p.name,
    regionCode: p.regionCode,
    versions: [{ version: 1, validFrom: p.validFrom, validUntil: null, minTeacherShareBp: p.minTeacherShareBp, maxTeacherShareBp: p.maxTeacherShareBp, source: p.source, note: null, recordedAt: now, recordedBy: SEED_BY }],
    changes: [{ action: 'CREATED', version: 1, at: now, by: SEED_BY, byOrganizationId: null, note: 'initial reference data (revenue.seed.ts)' }],
    rev: 0,
    createdBy: SEED_BY,
  };
}

/**
 * Inserts each initial policy whose code is not in the database yet (`$setOnInsert`: an existing policy, amended or
 * not, is left as it is). A region that already has another policy keeps it (the unique region index refuses the
 * insert; skipped). Replicas starting together may race on the unique index: the loser's retry finds the row.
 * Resolves the codes present afterwards.
 */
export async function seedPolicies(Policy: Model<PolicyDoc>): Promise<string[]> {
  for (const policy of INITIAL_POLICIES) {
    for (let attempt = 0; ; attempt++) {
      try {
        await Policy.updateOne({ code: policy.code }, { $setOnInsert: initialPolicyDoc(policy) }, { upsert: true });
        break;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        if (attempt > 0 || (await Policy.countDocuments({ regionCode: policy.regionCode })) > 0) break;
      }
    }
  }
  return (await Policy.find({}, { code: 1 }).sort({ code: 1 }).lean<{ code: string }[]>()).map((p) => p.code);
}
