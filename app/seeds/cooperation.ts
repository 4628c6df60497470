/**
 * Demo cooperation history for `npm start` (called by app/seed.ts; a client of the bus like any other): in Liuzhou,
 * the member school 柳州铁道职业技术学院 and 上汽通用五菱 sign an internship-base agreement (with a signed copy), the
 * school places 12 insured students there, and the firm has confirmed 24 months of attendance; a new-type
 * apprenticeship cohort and an order class; graduates with retention; the city's subsidy policies (Liuzhou and
 * Yichang) and two submitted claims for the funder to decide — the base's ¥100,000 and the apprenticeship subsidy.
 * Idempotent: found by the agreement's title and left alone.
 */
import type { ServiceBroker } from 'moleculer';
import { mintToken } from '../../infra/auth.js';
import { systemCaller, type Caller } from '../../infra/caller.js';
import { addDays, addYears, today } from '../../infra/dates.js';
import type { Page } from '../../infra/pagination.js';
import { withCheckCharacter } from '../../services/organizations/organizations.contract.js';
import { CooperationAction as A, type AgreementDto, type ClaimDto, type PlacementDto, type SubsidyPolicyDto } from '../../services/cooperation/cooperation.contract.js';

export const DEMO_AGREEMENT_TITLE = '上汽通用五菱—柳州铁道职业技术学院 校外实习基地共建协议';

const FAMILY = ['韦', '覃', '蓝', '莫', '黄', '梁', '陆', '廖', '蒙', '潘', '农', '谭', '罗', '龙', '甘', '卢'];
const GIVEN = ['志强', '海燕', '俊杰', '丽华', '明轩', '思琪', '家豪', '雨婷', '子涵', '宇航', '佳怡', '浩然', '欣怡', '文博', '梓萱', '嘉伟'];
const students = (n: number, prefix: string, major: string, year: number) =>
  Array.from({ length: n }, (_, i) => ({ studentNumber: `${prefix}${String(i + 1).padStart(3, '0')}`, name: FAMILY[i % FAMILY.length] + GIVEN[(i * 7) % GIVEN.length], major, year }));

/** A one-page PDF (the demo's "scanned" signed copy). */
const DEMO_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** The first day of the month `n` months before `day`'s month. */
function monthStart(day: string, monthsBack: number): string {
  let [y, m] = day.split('-').map(Number);
  m -= monthsBack;
  while (m <= 0) {
    m += 12;
    y--;
  }
  while (m > 12) {
    m -= 12;
    y++;
  }
  return `${y}-${String(m).padStart(2, '0')}-01`;
}

export interface DemoCooperation {
  agreementId: string;
  placementId: string;
  baseClaimId: string | null;
  apprenticeshipClaimId: string | null;
}

/** Yichang's government (宜昌市, 420500): the funder of 004's policies; registered once. */
async function yichangFunder(system: Caller): Promise<string> {
  const page = await system<Page<{ id: string }>>('organizations.list', { filter: { nameContains: '宜昌市人民政府' }, first: 1 });
  if (page.edges.length) return page.edges[0].node.id;
  const org = await system<{ id: string }>('organizations.register', { name: '宜昌市人民政府', kind: 'GOVERNMENT', creditCode: withCheckCharacter('11420500MA5L0001'.padEnd(17, '1')), regionCode: '420500' });
  return org.id;
}

export async function seedDemoCooperation(broker: ServiceBroker, ids: { schoolId: string; firmId: string; funderId: string }): Promise<DemoCooperation | null> {
  const as = async (roles: ('ORG_ADMIN' | 'FUNDER')[], org: string, sub: string): Promise<Caller> => {
    const token = await mintToken({ sub, org, roles, expiresIn: '1h' });
    return <T>(action: string, params?: Record<string, unknown>) => broker.call<T, Record<string, unknown> | undefined>(action, params, { meta: { token } });
  };
  const system = systemCaller(broker, 'seed');
  const school = await as(['ORG_ADMIN'], ids.schoolId, 'demo-school-admin');
  const firm = await as(['ORG_ADMIN'], ids.firmId, 'demo-firm-admin');
  const funder = await as(['FUNDER'], ids.funderId, 'demo-funder');
  const existing = await system<Page<AgreementDto>>(A.listAgreements, { organizationId: ids.schoolId, first: 100 });
  const found = existing.edges.find((e) => e.node.title === DEMO_AGREEMENT_TITLE);
  if (found) return { agreementId: found.node.id, placementId: '', baseClaimId: null, apprenticeshipClaimId: null };

  const day = today();
  const termFrom = monthStart(day, 27);
  const termTo = addYears(termFrom, 5);
  const sign = async (type: string, title: string, majors: { code: string; name: string }[], obligations: [string, string]) => {
    const a = await school<AgreementDto>(A.createAgreementDraft, {
      counterpartOrganizationId: ids.firmId,
      type,
      title,
      majors,
      startOn: termFrom,
      endOn: termTo,
      obligations: [
        { organizationId: ids.schoolId, text: obligations[0] },
        { organizationId: ids.firmId, text: obligations[1] },
      ],
    });
    await school(A.confirmAgreement, { agreementId: a.id });
    await firm(A.confirmAgreement, { agreementId: a.id });
    return a;
  };
  const base = await sign('INTERNSHIP_BASE', DEMO_AGREEMENT_TITLE, [{ code: '460702', name: '汽车制造与试验技术' }, { code: '460301', name: '机电一体化技术' }], [
    '按教学计划组织学生实习，配备带队教师，为实习学生投保学生实习责任保险（保费由学校承担）',
    '提供实习岗位与实习导师，按月支付实习报酬并确认考勤，保障实习安全',
  ]);
  await school(A.uploadSignedCopy, { agreementId: base.id, filename: '校外实习基地共建协议（签章版）.pdf', contentBase64: DEMO_PDF.toString('base64') });
  const appr = await sign('NEW_APPRENTICESHIP', '上汽通用五菱企业新型学徒制培训合作协议', [{ code: '460702', name: '汽车制造与试验技术' }], ['承担理论教学与学徒考核', '开展岗位技能培训，配备企业导师']);
  const order = await sign('ORDER_CLASS', '“五菱班”订单培养协议', [{ code: '460301', name: '机电一体化技术' }], ['按订单课程培养学生', '参与课程设置，优先录用合格毕业生']);

  // 12 students, 24 months of history up to last month, insured for the whole placement (premium paid by the school).
  const placeFrom = monthStart(day, 24);
  const placeTo = addDays(monthStart(day, -4), -1);
  const placement = await school<PlacementDto>(A.createPlacement, {
    agreementId: base.id,
    hostOrganizationId: ids.firmId,
    startOn: placeFrom,
    endOn: placeTo,
    students: students(12, `LZTD${placeFrom.slice(0, 4)}`, '汽车制造与试验技术', 2),
    monthlyPayFen: 320_000,
    insurance: { insurer: '中国人民财产保险股份有限公司柳州市分公司', policyNumber: `PICC-LZ-${placeFrom.slice(0, 4)}-0088`, coverFrom: placeFrom, coverTo: placeTo, premiumPaidBy: 'SCHOOL', deductedFromPay: false },
    mentor: { name: '覃建华', title: '总装车间高级技师', phone: '0772-0000000' },
  });
  for (let i = 24; i >= 1; i--) await firm(A.confirmAttendance, { placementId: placement.id, month: monthStart(day, i).slice(0, 7) });

  // A new-type apprenticeship cohort of one year ending last month, and an order class.
  const apprFrom = monthStart(day, 12);
  const apprTo = addDays(monthStart(day, 0), -1);
  await firm(A.createCohort, { agreementId: appr.id, kind: 'NEW_APPRENTICESHIP', name: '五菱新型学徒制2024班', major: '汽车装调', startOn: apprFrom, endOn: apprTo, trainingHours: 960, students: students(15, 'SGMW-XT', '汽车装调', 1) });
  const orderFrom = monthStart(day, 14);
  await school(A.createCohort, { agreementId: order.id, kind: 'ORDER_CLASS', name: '五菱订单班', major: '机电一体化技术', startOn: orderFrom, endOn: addYears(orderFrom, 2), trainingHours: 400, students: students(30, 'LZTD-DD', '机电一体化技术', 2) });

  // Graduates placed at the firm 14 months ago; the firm confirmed retention for most.
  const gradStart = monthStart(day, 14);
  const grads = students(8, `LZTD-BY${gradStart.slice(0, 4)}`, '汽车制造与试验技术', 3);
  for (const [i, g] of grads.entries()) {
    const rec = await school<{ id: string }>(A.recordGraduate, { ...g, graduationYear: Number(gradStart.slice(0, 4)), employerOrganizationId: ids.firmId, startOn: gradStart, pillarIndustry: true });
    if (i < 6) await firm(A.confirmRetention, { graduateId: rec.id, retained: i < 5 });
  }

  // Policies (dated data per region) and the funder's assessment of the base.
  const policy = (p: Record<string, unknown>) => funder<SubsidyPolicyDto>(A.createPolicy, { validFrom: '2024-01-01', regionCode: '450200', ...p });
  const basePolicy = await policy({ kind: 'INTERNSHIP_BASE', name: '柳州市校外实训基地建设补助', parameters: { fixedFen: 10_000_000, continuousMonths: 24 }, source: '003 篇3：连续为柳州市职业院校学生提供实习服务2年后,经评估合格的,可申请实训基地建设补助经费10万元' });
  const apprPolicy = await policy({ kind: 'APPRENTICESHIP_TRAINING', name: '柳州市企业新型学徒制培训补贴', parameters: { perPersonYearFen: 400_000 }, source: '003 篇3：对按规定开展新型学徒制培训的企业给予每人每年不低于4000元的培训补贴' });
  await policy({ kind: 'INTERN_MONTH', name: '柳州市实习实训规范企业补助（演示金额）', parameters: { perInternMonthFen: 50_000 }, source: '000：对考核认定符合实习实训规范的企业,按照实习学生每人每月***元标准 — 金额为城市参数，此处为演示值' });
  {
    const yc = await as(['FUNDER'], await yichangFunder(system), 'demo-yichang-funder');
    await yc(A.createPolicy, { validFrom: '2024-01-01', regionCode: '420500', kind: 'APPRENTICESHIP_TRAINING', name: '宜昌市新型学徒制培训专项', parameters: { perPersonYearFen: 400_000, yearlyBudgetFen: 75_000_000, overBudget: 'REFUSE' }, source: '004：每年在就业专项资金中安排25-75万元专项用于新型学徒制培训' });
    await yc(A.createPolicy, { validFrom: '2024-01-01', regionCode: '420500', kind: 'GRADUATE_RETENTION', name: '宜昌市校企合作毕业生稳岗奖励', parameters: { perGraduateFen: 300_000, yearlyBudgetFen: 30_000_000, overBudget: 'PRORATE' }, source: '004：每年在教育专项中安排30万元…稳岗一年以上进行奖励' });
  }
  await funder(A.assessOrganization, { organizationId: ids.firmId, policyKind: 'INTERNSHIP_BASE', qualified: true, note: '2024年度校外实训基地评估合格' });

  const lastMonthEnd = addDays(monthStart(day, 0), -1);
  const baseClaim = await firm<ClaimDto>(A.submitClaim, { policyId: basePolicy.id, claimantOrganizationId: ids.firmId, periodFrom: placeFrom, periodTo: lastMonthEnd });
  const apprClaim = await firm<ClaimDto>(A.submitClaim, { policyId: apprPolicy.id, claimantOrganizationId: ids.firmId, periodFrom: apprFrom, periodTo: apprTo });
  return { agreementId: base.id, placementId: placement.id, baseClaimId: baseClaim.id, apprenticeshipClaimId: apprClaim.id };
}
