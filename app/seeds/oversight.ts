import type { ServiceBroker } from 'moleculer';
import { mintToken } from '../../infra/auth.js';
import { systemCaller } from '../../infra/caller.js';
import { addDays, today } from '../../infra/dates.js';
import type { Page } from '../../infra/pagination.js';
import type { AllianceDto, MembershipDto } from '../../services/alliances/alliances.contract.js';
import { CertificationAction as C, KEY_INDUSTRIES, type CertProgramDto, type DeclarationDto } from '../../services/certification/certification.contract.js';
import { EvaluationAction as E, type EvaluationRunDto } from '../../services/evaluation/evaluation.contract.js';
import type { OrganizationDto } from '../../services/organizations/organizations.contract.js';
import { withCheckCharacter } from '../../services/organizations/organizations.contract.js';

/** The demo certification program's code: how `seedDemoOversight` recognizes that it already ran. */
export const DEMO_CERT_PROGRAM = 'LZ-CJRH-QY';
const PDF = Buffer.from('%PDF-1.4\n% 柳州市产教融合型企业申报表（演示）\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');
const code = (prefix: '11' | '12', n: number, region = '450200') => withCheckCharacter(`${prefix}${region}MA5L${String(n).padStart(4, '0')}1`);

export interface OversightDemo {
  certProgramId: string;
  certifiedDeclarationId: string;
  noticeDeclarationId: string;
  bannedOrganizationId: string;
  provinceFunderId: string;
  evaluationRunId: string;
}

/**
 * Demo history for the oversight screens (issue 17), on the Liuzhou demo (app/seed.ts): the city's 产教融合型企业
 * program; 上汽通用五菱 declared, reviewed by three experts, decided 20 days ago, through its 5-day notice without
 * objection, in the reserve and certified, with its 2026 levy year (investment ¥1,000,000.00, surcharges
 * ¥108,000.00 + ¥72,000.00 → credit ¥300,000.00, offset ¥180,000.00, carried ¥120,000.00); 柳工 on public notice
 * today with an objection the funder dismissed; 柳州恒达机电 found to have filed false information (5-year ban, its new
 * declaration refused); a second alliance and the 2025 evaluation of both, published with a reward; Guangxi's
 * development commission recording Liuzhou as a pilot city with the 001 targets, an achievement and its problem
 * and policy lists (one item overdue). Idempotent: skipped when the program exists.
 */
export async function seedDemoOversight(broker: ServiceBroker, demo: { funderId: string; leadId: string; allianceId: string; firms: OrganizationDto[]; schools: OrganizationDto[] }): Promise<OversightDemo | null> {
  const call = systemCaller(broker, 'seed');
  const existing = (await call<CertProgramDto[]>(C.listPrograms, { regionCode: '450200' })).find((p) => p.code === DEMO_CERT_PROGRAM);
  if (existing || demo.firms.length < 8) return null;
  const as = async <T>(action: string, params: Record<string, unknown>, sub: string, org: string, roles: ('ORG_ADMIN' | 'ORG_MEMBER' | 'FUNDER')[]) =>
    broker.call<T, Record<string, unknown>>(action, params, { meta: { token: await mintToken({ sub, org, roles, expiresIn: '1h' }) } });

  const program = await call<CertProgramDto>(C.createProgram, {
    code: DEMO_CERT_PROGRAM,
    name: '柳州市产教融合型企业建设培育',
    regionCode: '450200',
    funderOrganizationId: demo.funderId,
    conditions: [
      { kind: 'INDUSTRY_IN', values: [...KEY_INDUSTRIES] },
      { kind: 'MIN_EMPLOYEES', threshold: 300 },
      { kind: 'MIN_ATTACHMENTS', threshold: 1 },
    ],
    reviewCriteria: [
      { key: 'cooperation', name: '校企合作深度（订单班、学徒制、实习）', maxScore: 40 },
      { key: 'investment', name: '职业教育投入', maxScore: 30 },
      { key: 'outcomes', name: '人才培养成效与示范作用', maxScore: 30 },
    ],
    quorum: 3,
    passScore: 60,
    noticeDays: 5,
    validityYears: 3,
  });
  const experts = await call<OrganizationDto>('organizations.register', { name: '柳州市产教融合咨询专家委员会', kind: 'OTHER', creditCode: code('12', 901), regionCode: '450200' }).catch(() => null);
  const expertOrg = experts?.id ?? demo.schools[2].id;
  const reviewers = ['expert-wei', 'expert-qin', 'expert-lan'];

  const declare = async (firm: OrganizationDto, industry: string, employees: number, summary: string) => {
    const d = await call<DeclarationDto>(C.createDeclaration, { programId: program.id, organizationId: firm.id, industry, scale: 'LARGE', employees, mainBusiness: summary, cooperationSummary: `${firm.name}与柳州职业技术大学等院校共建订单班、现代学徒制试点和实训基地`, contactName: '韦工', contactPhone: '0772-2650000' });
    await call(C.attach, { declarationId: d.id, fileName: '产教融合型企业申报表.pdf', contentBase64: PDF });
    await call(C.submitDeclaration, { declarationId: d.id });
    await call(C.assignReviewers, { declarationId: d.id, reviewerOrganizationId: expertOrg, reviewerIds: reviewers });
    for (const [i, r] of reviewers.entries()) {
      await as(C.submitReview, { declarationId: d.id, conflictOfInterest: false, scores: [{ key: 'cooperation', score: 34 - i }, { key: 'investment', score: 25 }, { key: 'outcomes', score: 24 + i }], comment: '合作基础扎实，投入稳定' }, r, expertOrg, ['ORG_MEMBER']);
    }
    return d;
  };

  // 上汽通用五菱: through the notice 20 days ago, reserve, certified, levy year 2026.
  const wuling = await declare(demo.firms[0], '汽车船舶', 12000, '乘用车、商用车整车及零部件制造');
  await call(C.decide, { declarationId: wuling.id, decision: 'APPROVE', note: '专家组复核评议通过', decidedOn: addDays(today(), -20) });
  await call(C.enterReserve, { declarationId: wuling.id });
  await call(C.certify, { declarationId: wuling.id, note: '建设培育成效突出，纳入认证目录' });
  await call(C.fileYearlyReport, { declarationId: wuling.id, year: 2026, summary: '新增订单班3个、现代学徒200人，接收实习生560人' });
  await as(C.recordLevyYear, { declarationId: wuling.id, year: 2026, investment: '1000000.00', educationSurcharge: '108000.00', localEducationSurcharge: '72000.00', note: '实训基地设备投入' }, 'demo-firm-admin', demo.firms[0].id, ['ORG_ADMIN']);

  // 柳工: on notice today; an objection, dismissed by the funder.
  const liugong = await declare(demo.firms[2], '高端装备', 9000, '工程机械整机研发与制造');
  await call(C.decide, { declarationId: liugong.id, decision: 'APPROVE', note: '专家组复核评议通过' });
  const objection = await as<{ id: string }>(C.fileObjection, { declarationId: liugong.id, text: '申报材料中的实训基地投入金额与公开年报不一致' }, 'citizen-demo', demo.schools[3].id, ['ORG_MEMBER']);
  await call(C.resolveObjection, { objectionId: objection.id, outcome: 'DISMISSED', resolution: '经核实，差额为年报口径不同所致，异议不成立' });

  // 柳州恒达机电 (not a member of the demo alliance, so its counts stay as they were): false information found → 5-year
  // ban; its new declaration is refused (the console shows the dates).
  const banned = await call<OrganizationDto>('organizations.register', { name: '柳州恒达机电设备有限公司', kind: 'ENTERPRISE', creditCode: withCheckCharacter('91450200MA5L09031'), regionCode: '450200', aboveDesignatedSize: true, scale: 'MEDIUM' });
  const pharma = await declare(banned, '智能制造', 650, '机电设备制造与维修');
  await call(C.findFalseInformation, { declarationId: pharma.id, reason: '申报的校企合作协议经核查系伪造' });

  // A second alliance in Liuzhou, then the 2025 evaluation of both.
  let second = (await call<Page<AllianceDto>>('alliances.list', { filter: { leadOrganizationId: demo.schools[3].id }, first: 1 })).edges[0]?.node;
  if (!second) {
    second = await call<AllianceDto>('alliances.create', { name: '柳州螺蛳粉产业产教联盟', regionCode: '450200', industries: ['食品加工'], leadOrganizationId: demo.schools[3].id, foundedOn: '2024-06-01' });
    await call('alliances.setStatus', { allianceId: second.id, status: 'ACTIVE', effectiveDate: '2024-07-01' });
    for (const org of [demo.firms[8], demo.schools[4]]) {
      const m = await call<MembershipDto>('alliances.apply', { allianceId: second.id, organizationId: org.id });
      await call('alliances.approve', { membershipId: m.id, effectiveDate: '2024-08-01' });
    }
  }
  const system = await as<{ id: string }>(E.createSystem, {
    code: 'LZ-XNPJ',
    name: '柳州市产教联盟年度效能评价',
    regionCode: '450200',
    indicators: [
      { key: 'members', name: '成员单位数', weight: 40, source: 'MEMBERS' },
      { key: 'enterprises', name: '企业成员数', weight: 20, source: 'ENTERPRISES' },
      { key: 'projects', name: '联合研发项目数', weight: 20, source: 'PROJECTS' },
      { key: 'satisfaction', name: '成员满意度（第三方调查）', weight: 20, source: 'ENTERED' },
    ],
  }, 'demo-funder', demo.funderId, ['FUNDER']);
  const run = await as<EvaluationRunDto>(E.run, { systemId: system.id, year: 2025 }, 'demo-funder', demo.funderId, ['FUNDER']);
  for (const [allianceId, value] of [[demo.allianceId, 92], [second.id, 85]] as const) {
    await as(E.enterValue, { runId: run.id, allianceId, key: 'satisfaction', value, evidence: '柳州市产教融合满意度调查报告（2025年12月）' }, 'demo-funder', demo.funderId, ['FUNDER']);
  }
  await as(E.publish, { runId: run.id }, 'demo-funder', demo.funderId, ['FUNDER']);
  await as(E.recordOutcome, { runId: run.id, allianceId: demo.allianceId, kind: 'REWARD', description: '年度效能评价第一名，给予以奖代补资金倾斜' }, 'demo-funder', demo.funderId, ['FUNDER']);

  // Guangxi's development commission: Liuzhou as a pilot city with the 001 targets, its lists.
  const province = await call<OrganizationDto>('organizations.register', { name: '广西壮族自治区发展和改革委员会', kind: 'GOVERNMENT', creditCode: code('11', 902, '450000'), regionCode: '450000' });
  const gx = (action: string, params: Record<string, unknown>) => as<{ id: string }>(action, params, 'demo-province-funder', province.id, ['FUNDER']);
  const city = await gx(E.recordPilotCity, { regionCode: '450200', name: '柳州市' });
  await as(E.recordAchievement, { pilotCityId: city.id, kind: 'INDUSTRIES', label: '汽车产业（产教融合型行业）', evidence: '自治区发展改革委认定文件' }, 'demo-funder', demo.funderId, ['FUNDER']);
  await as(E.recordAchievement, { pilotCityId: city.id, kind: 'HIGH_LEVEL_BASES', label: '智能网联汽车实训中心', evidence: '高水平实训基地验收报告' }, 'demo-funder', demo.funderId, ['FUNDER']);
  const lf = (params: Record<string, unknown>) => as<{ id: string }>(E.addListItem, { pilotCityId: city.id, ...params }, 'demo-funder', demo.funderId, ['FUNDER']);
  await lf({ list: 'PROBLEM', title: '企业参与职业教育积极性不高', content: '激励政策碎片化，企业投入回报不明确', owner: '市发展改革委', deadline: addDays(today(), -10) });
  const policy = await lf({ list: 'POLICY', title: '产教融合型企业教育费附加抵免', content: '落实按投资额30%抵免教育费附加和地方教育附加', owner: '市财政局、市税务局', deadline: addDays(today(), 30) });
  await as(E.updateListItem, { itemId: policy.id, status: 'IN_PROGRESS', note: '实施细则已起草' }, 'demo-funder', demo.funderId, ['FUNDER']);
  await lf({ list: 'POLICY', title: '校企合作实训基地以奖代补', content: '对共建实训基地按投资额给予奖补', owner: '市教育局', deadline: addDays(today(), 90) });

  return { certProgramId: program.id, certifiedDeclarationId: wuling.id, noticeDeclarationId: liugong.id, bannedOrganizationId: banned.id, provinceFunderId: province.id, evaluationRunId: run.id };
}
