/**
 * 产教融合型企业 over a real NATS server: organizations, alliances, trainingBases, projects, cooperation and two
 * certification replicas each on their own broker. The cooperation history a declaration carries is drawn from the
 * real cooperation service: each declaring enterprise's agreements (drafted by a school, confirmed by both parties),
 * placements with insurance, cohorts and graduates are created through cooperation's own actions first. The last
 * test stops the cooperation nodes: the declaration then names the source it could not ask and the pre-check fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose, { Types, type Connection } from 'mongoose';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures } from '../helpers/fixtures.js';
import { errType, failure } from '../helpers/outcomes.js';
import { addDays, addYears, today } from '../../infra/dates.js';
import { config } from '../../infra/env.js';
import { databaseName } from '../../infra/mongo.mixin.js';
import type { AgreementDto, CooperationFigures } from '../../services/cooperation/cooperation.contract.js';
import { CertificationAction as A, KEY_INDUSTRIES, type CertProgramDto, type DeclarationDto } from '../../services/certification/certification.contract.js';

let p: TestPlatform;
let admin: string;
let gov: { id: string };
let funder: string;
let province: { id: string };
let provincialFunder: string;
let program: CertProgramDto;
let db: Connection;
/** The experts' own unit (a reviewer's token carries an organization like every user's). */
let experts: { id: string };

const rand = () => Math.random().toString(36).slice(2, 8);
const { org, firm, school } = fixtures(() => p);
/** The school the declaring enterprises cooperate with, and its admin. */
let sch: { id: string };
let schoolAdmin: string;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a2e00000000049454e44ae426082', 'hex').toString('base64');

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'trainingBases', 'projects', 'cooperation', 'certification'], replicas: { certification: 2 }, gateway: false });
  admin = await p.adminToken();
  sch = await school('HIGHER_VOCATIONAL', { name: `柳州${rand()}职业技术学院` });
  schoolAdmin = await p.token(['ORG_ADMIN'], sch.id);
  experts = await firm({ name: `柳州市产教融合咨询专家库 ${rand()}` });
  province = await org('GOVERNMENT', { name: `广西壮族自治区发展改革委 ${rand()}`, regionCode: '450000' });
  provincialFunder = await p.token(['FUNDER'], province.id, 'funder-gx');
  gov = await org('GOVERNMENT', { name: `柳州市发展改革委 ${rand()}` });
  funder = await p.token(['FUNDER'], gov.id, 'funder-lz');
  program = await p.call(
    A.createProgram,
    {
      code: 'LZ-CJRH-QY',
      name: '柳州市产教融合型企业建设培育',
      regionCode: '450200',
      conditions: [
        { kind: 'INDUSTRY_IN', values: [...KEY_INDUSTRIES] },
        { kind: 'MIN_EMPLOYEES', threshold: 100 },
        { kind: 'MIN_AGREEMENTS_IN_FORCE', threshold: 2 },
        { kind: 'MIN_ATTACHMENTS', threshold: 1 },
      ],
      reviewCriteria: [
        { key: 'cooperation', name: '校企合作深度', maxScore: 40 },
        { key: 'investment', name: '职业教育投入', maxScore: 30 },
        { key: 'outcomes', name: '育人成效', maxScore: 30 },
      ],
      quorum: 3,
      passScore: 60,
      noticeDays: 5,
      validityYears: 3,
    },
    funder,
  );
  db = mongoose.createConnection(config().mongoUrl!, { dbName: databaseName('certification'), autoCreate: false });
  await db.asPromise();
}, 60_000);
afterAll(async () => {
  await db?.close();
  await p?.stop();
});

const declarationInput = (organizationId: string, extra: Record<string, unknown> = {}) => ({
  programId: program.id,
  organizationId,
  industry: '智能制造',
  scale: 'LARGE',
  employees: 2300,
  mainBusiness: '工程机械整机制造',
  cooperationSummary: '与柳州职业技术学院共建订单班、现代学徒制试点',
  contactName: '韦工',
  contactPhone: '0772-1234567',
  ...extra,
});

const TERM_FROM = addYears(today(), -3);
const TERM_TO = addYears(today(), 2);
/** An agreement the school drafts with the enterprise and both confirm (IN_FORCE: its term began three years ago). */
async function agreementInForce(firmId: string, firmAdmin: string, type = 'INTERNSHIP_BASE', title = '智能制造实习基地合作协议'): Promise<AgreementDto> {
  const a = await p.call<AgreementDto>('cooperation.createAgreementDraft', { counterpartOrganizationId: firmId, type, title, majors: [{ code: '460301', name: '机电一体化技术' }], startOn: TERM_FROM, endOn: TERM_TO }, schoolAdmin);
  await p.call('cooperation.confirmAgreement', { agreementId: a.id }, schoolAdmin);
  return p.call<AgreementDto>('cooperation.confirmAgreement', { agreementId: a.id }, firmAdmin);
}
/** Two agreements in force: the program's MIN_AGREEMENTS_IN_FORCE (2) is met from the platform's records. */
async function twoAgreements(firmId: string, firmAdmin: string) {
  await agreementInForce(firmId, firmAdmin);
  await agreementInForce(firmId, firmAdmin, 'ORDER_CLASS', '订单班合作协议');
}
const students = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ studentNumber: `${prefix}${String(i + 1).padStart(4, '0')}`, name: `学生${i + 1}`, major: '机电一体化技术', year: 2 }));

/** A declaration of a new enterprise, with a PDF attached, submitted, three reviewers assigned. */
async function underReview(): Promise<{ d: DeclarationDto; firmAdmin: string; firmId: string; reviewers: string[] }> {
  const f = await firm({ name: `柳州${rand()}机械有限公司` });
  const firmAdmin = await p.token(['ORG_ADMIN'], f.id);
  await twoAgreements(f.id, firmAdmin);
  const d = await p.call<DeclarationDto>(A.createDeclaration, declarationInput(f.id), firmAdmin);
  await p.call(A.attach, { declarationId: d.id, fileName: '申报表.pdf', contentBase64: PDF }, firmAdmin);
  await p.call(A.submitDeclaration, { declarationId: d.id }, firmAdmin);
  const reviewers = [`expert-${rand()}`, `expert-${rand()}`, `expert-${rand()}`, `expert-${rand()}`];
  await p.call(A.assignReviewers, { declarationId: d.id, reviewerOrganizationId: experts.id, reviewerIds: reviewers }, funder);
  return { d, firmAdmin, firmId: f.id, reviewers };
}
const score = (c: number, i: number, o: number) => [{ key: 'cooperation', score: c }, { key: 'investment', score: i }, { key: 'outcomes', score: o }];
async function reviewedBy3(reviewers: string[], id: string) {
  for (const [i, r] of reviewers.slice(0, 3).entries()) {
    await p.call(A.submitReview, { declarationId: id, conflictOfInterest: false, scores: score(30 + i, 20, 20) }, await p.token(['ORG_MEMBER'], experts.id, r));
  }
}

describe('a declaration from draft to certification', () => {
  it('draws the history from the platform, checks attachments by their bytes, pre-checks, and reviews with a quorum', async () => {
    const f = await firm({ name: `柳工${rand()}股份有限公司` });
    const firmAdmin = await p.token(['ORG_ADMIN'], f.id);
    // Only the enterprise's own admin declares; a school cannot.
    expect(await errType(p.call(A.createDeclaration, declarationInput(f.id), await p.token(['ORG_ADMIN'], gov.id)))).toBe('FORBIDDEN');
    // The enterprise's record on the platform, made through cooperation's own actions: three agreements signed by
    // both parties (one later terminated), two students placed with insurance, a cohort of three new-type
    // apprentices, an order class of four, and one graduate the school placed there.
    const internship = await agreementInForce(f.id, firmAdmin);
    expect(internship.status).toBe('IN_FORCE');
    const apprenticeship = await agreementInForce(f.id, firmAdmin, 'NEW_APPRENTICESHIP', '新型学徒制培训协议');
    const orderClass = await agreementInForce(f.id, firmAdmin, 'ORDER_CLASS', '订单班合作协议');
    const ended = await agreementInForce(f.id, firmAdmin, 'TECHNICAL_SERVICE', '技术服务协议');
    expect((await p.call<AgreementDto>('cooperation.terminateAgreement', { agreementId: ended.id, reason: '项目完成' }, firmAdmin)).status).toBe('TERMINATED');
    const from = addDays(today(), -60);
    const to = addDays(today(), 60);
    await p.call('cooperation.createPlacement', { agreementId: internship.id, hostOrganizationId: f.id, startOn: from, endOn: to, students: students(2, `P${rand()}`), monthlyPayFen: 300_000, insurance: { insurer: '中国人民财产保险', policyNumber: 'PICC-2026-001', coverFrom: from, coverTo: to, premiumPaidBy: 'SCHOOL', deductedFromPay: false }, mentor: { name: '王工', title: '高级技师' } }, schoolAdmin);
    const start = addYears(today(), -1);
    await p.call('cooperation.createCohort', { agreementId: apprenticeship.id, kind: 'NEW_APPRENTICESHIP', name: '2025级学徒班', major: '汽车制造', startOn: start, endOn: addDays(addYears(start, 1), -1), trainingHours: 800, students: students(3, `A${rand()}`) }, firmAdmin);
    await p.call('cooperation.createCohort', { agreementId: orderClass.id, kind: 'ORDER_CLASS', name: '柳工订单班', major: '机电一体化技术', startOn: start, endOn: addDays(addYears(start, 1), -1), trainingHours: 600, students: students(4, `O${rand()}`) }, schoolAdmin);
    await p.call('cooperation.recordGraduate', { studentNumber: `G${rand()}`, name: '覃明', major: '机电一体化技术', graduationYear: 2026, employerOrganizationId: f.id, startOn: today(), pillarIndustry: true }, schoolAdmin);
    const d = await p.call<DeclarationDto>(A.createDeclaration, declarationInput(f.id), firmAdmin);
    expect(d).toMatchObject({ status: 'DRAFT', organizationId: f.id, regionCode: '450200' });
    const drawn = { agreementsInForce: 3, agreementsTotal: 4, placements: 2, internPersonMonths: 0, apprentices: 3, orderClassStudents: 4, graduatesPlaced: 1, graduatesRetained: 0 } satisfies CooperationFigures;
    expect(d.cooperation).toMatchObject({ ...drawn, asOf: today(), trainingBasesHosted: 0, projects: 0, unavailable: [] });
    // The same figures cooperation gives the region's funder: the declaration carries the platform's record.
    expect(await p.call<CooperationFigures>('cooperation.organizationHistory', { organizationId: f.id }, funder)).toEqual(drawn);
    // One live declaration per enterprise and program.
    expect((await failure(p.call(A.createDeclaration, declarationInput(f.id), firmAdmin))).data).toMatchObject({ reason: 'OPEN_DECLARATION' });
    // Without an attachment the pre-check refuses, naming the condition, and stores nothing.
    const refused = await failure(p.call(A.submitDeclaration, { declarationId: d.id }, firmAdmin));
    expect(refused.type).toBe('FAILED_PRECONDITION');
    expect((refused.data as { failed: { kind: string }[] }).failed.map((x) => x.kind)).toEqual(['MIN_ATTACHMENTS']);
    expect((await db.collection('declarations').findOne({ _id: new Types.ObjectId(d.id) }))?.status).toBe('DRAFT');
    // A text file named .pdf is refused by its bytes; a real PDF and PNG are stored in GridFS.
    const fake = await failure(p.call(A.attach, { declarationId: d.id, fileName: '营业执照.pdf', contentBase64: Buffer.from('not a pdf').toString('base64') }, firmAdmin));
    expect([fake.type, fake.data?.rule]).toEqual(['BAD_USER_INPUT', 'ATTACHMENT_TYPE']);
    const big = await failure(p.call(A.attach, { declarationId: d.id, fileName: 'big.pdf', contentBase64: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(600 * 1024)]).toString('base64') }, firmAdmin));
    expect([big.type, big.data?.rule]).toEqual(['BAD_USER_INPUT', 'ATTACHMENT_SIZE']);
    const att = await p.call(A.attach, { declarationId: d.id, fileName: '申报表.pdf', contentBase64: PDF }, firmAdmin);
    expect(att).toMatchObject({ mime: 'application/pdf' });
    expect(await p.call(A.attach, { declarationId: d.id, fileName: '证书.png', contentBase64: PNG }, firmAdmin)).toMatchObject({ mime: 'image/png' });
    expect(await db.collection('attachments.files').countDocuments({ 'metadata.declarationId': d.id })).toBe(2);
    const back = await p.call(A.readAttachment, { declarationId: d.id, fileId: att.fileId }, funder);
    expect(back.contentBase64).toBe(PDF);
    const submitted = await p.call<DeclarationDto>(A.submitDeclaration, { declarationId: d.id }, firmAdmin);
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.precheck?.filter((c) => !c.passed)).toEqual([]);
    // Review: only assigned reviewers; a conflict of interest does not count toward the quorum of 3.
    const reviewers = ['expert-a', 'expert-b', 'expert-c', 'expert-d'].map((r) => `${r}-${rand()}`);
    expect(await errType(p.call(A.assignReviewers, { declarationId: d.id, reviewerOrganizationId: experts.id, reviewerIds: reviewers }, provincialFunder))).toBe('FORBIDDEN');
    await p.call(A.assignReviewers, { declarationId: d.id, reviewerOrganizationId: experts.id, reviewerIds: reviewers }, funder);
    const tokens = await Promise.all(reviewers.map((r) => p.token(['ORG_MEMBER'], experts.id, r)));
    expect((await failure(p.call(A.submitReview, { declarationId: d.id, conflictOfInterest: false, scores: score(10, 10, 10) }, await p.token(['ORG_MEMBER'], experts.id, 'intruder')))).data).toMatchObject({ reason: 'NOT_A_REVIEWER' });
    await p.call(A.submitReview, { declarationId: d.id, conflictOfInterest: false, scores: score(35, 25, 20) }, tokens[0]);
    expect((await failure(p.call(A.submitReview, { declarationId: d.id, conflictOfInterest: false, scores: score(35, 25, 20) }, tokens[0]))).data).toMatchObject({ reason: 'ALREADY_REVIEWED' });
    await p.call(A.submitReview, { declarationId: d.id, conflictOfInterest: true, conflictNote: '曾任该企业顾问' }, tokens[1]);
    await p.call(A.submitReview, { declarationId: d.id, conflictOfInterest: false, scores: score(30, 20, 20) }, tokens[2]);
    expect((await failure(p.call(A.decide, { declarationId: d.id, decision: 'APPROVE' }, funder))).data).toMatchObject({ reason: 'QUORUM_NOT_MET', counted: 2, quorum: 3 });
    expect((await failure(p.call(A.submitReview, { declarationId: d.id, conflictOfInterest: false, scores: score(41, 0, 0) }, tokens[3]))).data).toMatchObject({ rule: 'BAD_SCORE' });
    await p.call(A.submitReview, { declarationId: d.id, conflictOfInterest: false, scores: score(25, 20, 20) }, tokens[3]);
    const decided = await p.call<DeclarationDto>(A.decide, { declarationId: d.id, decision: 'APPROVE', note: '三位专家评议通过' }, funder);
    expect(decided).toMatchObject({ status: 'IN_NOTICE', averageScore: 71.67, noticeFrom: today(), noticeUntil: addDays(today(), 4) });
    // The notice is public while it runs; the reserve waits for its end.
    const notices = await p.call(A.publicNotices, { regionCode: '450000' }, await p.token(['ORG_MEMBER'], f.id));
    expect(notices.filter((n: { declarationId: string }) => n.declarationId === d.id)).toEqual([expect.objectContaining({ organizationName: f.name, noticeUntil: addDays(today(), 4) })]);
    expect(JSON.stringify(notices)).not.toContain('0772-1234567');
    expect((await failure(p.call(A.enterReserve, { declarationId: d.id }, funder))).data).toMatchObject({ reason: 'NOTICE_RUNNING', noticeUntil: addDays(today(), 4) });
    // An objection during the notice; the funder dismisses it.
    const o = await p.call(A.fileObjection, { declarationId: d.id, text: '该企业实际合作学校数量与申报不符' }, await p.token(['ORG_MEMBER'], gov.id, 'citizen'));
    const dismissed = await p.call(A.resolveObjection, { objectionId: o.id, outcome: 'DISMISSED', resolution: '经核实合作协议均在平台备案，异议不成立' }, funder);
    expect(dismissed).toMatchObject({ status: 'DISMISSED', resolvedOn: today() });
    expect(await errType(p.call(A.resolveObjection, { objectionId: o.id, outcome: 'UPHELD', resolution: '再议' }, funder))).toBe('CONFLICT');
    const trail = await p.call(A.auditTrail, { declarationId: d.id }, funder);
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['DECLARED', 'ATTACHED', 'ATTACHED', 'SUBMITTED', 'REVIEWERS_ASSIGNED', 'REVIEWED', 'CONFLICT_DECLARED', 'REVIEWED', 'REVIEWED', 'DECIDED', 'OBJECTION_FILED', 'OBJECTION_RESOLVED']);
  });

  it('after a notice without objection: reserve, certification, yearly report, and the levy credit statement', async () => {
    const { d, firmAdmin, reviewers } = await underReview();
    await reviewedBy3(reviewers, d.id);
    // The notice ran from 10 days ago for 5 days: over; an objection now is too late.
    await p.call(A.decide, { declarationId: d.id, decision: 'APPROVE', decidedOn: addDays(today(), -10) }, funder);
    expect((await failure(p.call(A.fileObjection, { declarationId: d.id, text: '异议' }, firmAdmin))).data).toMatchObject({ reason: 'OUTSIDE_NOTICE' });
    expect(await errType(p.call(A.certify, { declarationId: d.id }, funder))).toBe('CONFLICT');
    expect((await p.call<DeclarationDto>(A.enterReserve, { declarationId: d.id }, funder)).status).toBe('IN_RESERVE');
    const c = await p.call<DeclarationDto>(A.certify, { declarationId: d.id, validFrom: '2026-01-01' }, funder);
    expect(c).toMatchObject({ status: 'CERTIFIED', validFrom: '2026-01-01', validUntil: '2028-12-31' });
    expect(c.steps.map((s) => s.status)).toEqual(['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'IN_NOTICE', 'IN_RESERVE', 'CERTIFIED']);
    const listed = await p.call(A.certifiedList, { regionCode: '450200' }, firmAdmin);
    expect(listed.filter((x: { declarationId: string }) => x.declarationId === d.id)).toHaveLength(1);
    await p.call(A.fileYearlyReport, { declarationId: d.id, year: 2026, summary: '新增订单班2个，接收实习生120人' }, firmAdmin);
    expect((await failure(p.call(A.fileYearlyReport, { declarationId: d.id, year: 2026, summary: '重复' }, firmAdmin))).data).toMatchObject({ reason: 'YEAR_RECORDED' });
    // Levy credit: the figures.
    expect(await errType(p.call(A.recordLevyYear, { declarationId: d.id, year: 2026, investment: '1000000.00', educationSurcharge: '108000.00', localEducationSurcharge: '72000.00' }, funder))).toBe('FORBIDDEN');
    const s = await p.call(A.recordLevyYear, { declarationId: d.id, year: 2026, investment: '1000000.00', educationSurcharge: '108000.00', localEducationSurcharge: '72000.00' }, firmAdmin);
    expect(s.years).toEqual([expect.objectContaining({ year: 2026, creditFen: '30000000', offsetFen: '18000000', carriedOutFen: '12000000', payableFen: '0' })]);
    expect((await failure(p.call(A.recordLevyYear, { declarationId: d.id, year: 2026, investment: '1.00', educationSurcharge: '0', localEducationSurcharge: '0' }, firmAdmin))).data).toMatchObject({ reason: 'YEAR_RECORDED' });
    expect((await failure(p.call(A.recordLevyYear, { declarationId: d.id, year: 2030, investment: '1.00', educationSurcharge: '0', localEducationSurcharge: '0' }, firmAdmin))).data).toMatchObject({ reason: 'OUTSIDE_VALIDITY' });
    // The funder above (province) reads it; the CSV is the statement.
    const csv = await p.call(A.levyStatementCsv, { declarationId: d.id }, provincialFunder);
    expect(csv.csv).toBe('\uFEFF年度,投资额,教育费附加,地方教育附加,抵免比例,当年可抵免额,上年结转,本年抵免,抵免后应缴,结转以后年度,不予结转\r\n2026,1000000.00,108000.00,72000.00,30%,300000.00,0.00,180000.00,0.00,120000.00,0.00\r\n');
    const nanning = await org('GOVERNMENT', { regionCode: '450100' });
    expect(await errType(p.call(A.levyStatement, { declarationId: d.id }, await p.token(['FUNDER'], nanning.id)))).toBe('FORBIDDEN');
  });

  it('an upheld objection rejects the declaration', async () => {
    const { d, firmAdmin, reviewers } = await underReview();
    await reviewedBy3(reviewers, d.id);
    await p.call(A.decide, { declarationId: d.id, decision: 'APPROVE', decidedOn: addDays(today(), -1) }, funder);
    const o = await p.call(A.fileObjection, { declarationId: d.id, text: '实训基地未实际运行' }, firmAdmin);
    await p.call(A.resolveObjection, { objectionId: o.id, outcome: 'UPHELD', resolution: '经核实异议成立' }, funder);
    expect(await p.call(A.getDeclaration, { id: d.id }, funder)).toMatchObject({ status: 'REJECTED', rejectionReason: 'OBJECTION_UPHELD' });
  });
});

describe('no one reviews its own declaration; a reviewer is (user, organization)', () => {
  /** A funder's program with a quorum of 1 on one criterion (the tester's), and a submitted declaration of a new firm. */
  async function submittedOnQuorumOne(firmSub: string) {
    const prog = await p.call<CertProgramDto>(A.createProgram, { code: `LZ-Q1-${rand()}`, name: '柳州市产教融合型企业（一人评议）', regionCode: '450200', conditions: [{ kind: 'MIN_EMPLOYEES', threshold: 1 }], reviewCriteria: [{ key: 'cooperation', name: '校企合作深度', maxScore: 100 }], quorum: 1, passScore: 60 }, funder);
    const f = await firm({ name: `柳州${rand()}汽车有限公司` });
    const firmAdmin = await p.token(['ORG_ADMIN'], f.id, firmSub);
    const d = await p.call<DeclarationDto>(A.createDeclaration, { ...declarationInput(f.id), programId: prog.id }, firmAdmin);
    await p.call(A.submitDeclaration, { declarationId: d.id }, firmAdmin);
    return { f, firmAdmin, d };
  }
  const one = (n: number) => [{ key: 'cooperation', score: n }];

  it("the tester's steps: the funder cannot seat FIRM1's admin on FIRM1's panel, FIRM1's users never review it, and their reviews never count", async () => {
    const { f, firmAdmin, d } = await submittedOnQuorumOne('demo-firm1-admin');
    // The tester's call named the reviewer by `sub` alone: refused, a reviewer is named with its organization.
    expect(await errType(p.call(A.assignReviewers, { declarationId: d.id, reviewerIds: ['demo-firm1-admin'] }, funder))).not.toBe('OK');
    // Named with FIRM1 itself: refused, nothing seated, the declaration still SUBMITTED.
    const seat = await failure(p.call(A.assignReviewers, { declarationId: d.id, reviewerOrganizationId: f.id, reviewerIds: ['demo-firm1-admin'] }, funder));
    expect([seat.type, seat.data]).toEqual(['FAILED_PRECONDITION', { reason: 'OWN_DECLARATION', organizationId: f.id }]);
    expect(seat.i18n?.key).toBe('certification.reviewerOfDeclarant');
    expect(await p.call<DeclarationDto>(A.getDeclaration, { id: d.id }, funder)).toMatchObject({ status: 'SUBMITTED', reviewers: [], reviewerPanel: [] });
    // An outside expert is seated; FIRM1's admin (and a member) is refused whatever it declares about a conflict.
    const expert = `expert-${rand()}`;
    await p.call(A.assignReviewers, { declarationId: d.id, reviewerOrganizationId: experts.id, reviewerIds: [expert] }, funder);
    const firmMember = await p.token(['ORG_MEMBER'], f.id, expert);
    for (const [token, coi] of [[firmAdmin, false], [firmAdmin, true], [firmMember, false]] as const) {
      const r = await failure(p.call(A.submitReview, { declarationId: d.id, conflictOfInterest: coi, scores: coi ? null : one(100) }, token));
      expect([r.type, r.data]).toEqual(['FORBIDDEN', { reason: 'OWN_DECLARATION' }]);
      expect(r.i18n?.key).toBe('certification.ownDeclaration');
    }
    // Seats and reviews from before the fix: FIRM1's admin seated by `sub` alone, and even as FIRM1's pair.
    await db.collection('declarations').updateOne({ _id: new Types.ObjectId(d.id) }, { $set: { reviewers: [expert, 'demo-firm1-admin'], reviewerKeys: [`${experts.id}:${expert}`, `${f.id}:demo-firm1-admin`] } });
    expect((await failure(p.call(A.submitReview, { declarationId: d.id, conflictOfInterest: false, scores: one(100) }, firmAdmin))).data).toEqual({ reason: 'OWN_DECLARATION' });
    const old = { declarationId: new Types.ObjectId(d.id), conflictOfInterest: false, conflictNote: null, scores: one(100), total: 100, comment: null, submittedAt: new Date() };
    await db.collection('reviews').insertMany([{ ...old, reviewerId: 'demo-firm1-admin', reviewerOrganizationId: f.id }, { ...old, reviewerId: 'legacy-sub-only' }]);
    // The funder's decision counts neither (the declarant's own, and one whose organization nobody knows).
    expect((await failure(p.call(A.decide, { declarationId: d.id, decision: 'APPROVE' }, funder))).data).toMatchObject({ reason: 'QUORUM_NOT_MET', counted: 0, quorum: 1 });
    // The seated expert's review is the one that counts.
    expect(await p.call(A.submitReview, { declarationId: d.id, conflictOfInterest: false, scores: one(70) }, await p.token(['ORG_MEMBER'], experts.id, expert))).toMatchObject({ reviewerId: expert, reviewerOrganizationId: experts.id, total: 70 });
    const decided = await p.call<DeclarationDto>(A.decide, { declarationId: d.id, decision: 'APPROVE' }, funder);
    expect(decided).toMatchObject({ status: 'IN_NOTICE', averageScore: 70 });
    const trail = await p.call<{ action: string; details: Record<string, unknown> }[]>(A.auditTrail, { declarationId: d.id }, funder);
    expect(trail.find((e) => e.action === 'DECIDED')?.details).toMatchObject({ counted: 1, excluded: 2, average: 70 });
  });

  it("a token of the declaring enterprise (or any other organization) carrying the assigned reviewer's `sub` is not that reviewer", async () => {
    const { f, d } = await submittedOnQuorumOne(`firm-admin-${rand()}`);
    const wei = `expert-wei-${rand()}`;
    const assigned = await p.call<DeclarationDto>(A.assignReviewers, { declarationId: d.id, reviewerOrganizationId: experts.id, reviewerIds: [wei] }, funder);
    expect(assigned).toMatchObject({ status: 'UNDER_REVIEW', reviewers: [wei], reviewerPanel: [{ userId: wei, organizationId: experts.id }] });
    // 东风柳州's own token with `sub: expert-wei`: its own declaration — refused, and it cannot read it as a reviewer.
    const ownWei = await p.token(['ORG_MEMBER'], f.id, wei);
    expect((await failure(p.call(A.submitReview, { declarationId: d.id, conflictOfInterest: false, scores: one(100) }, ownWei))).data).toEqual({ reason: 'OWN_DECLARATION' });
    expect(await errType(p.call(A.getDeclaration, { id: d.id }, ownWei))).toBe('FORBIDDEN');
    expect((await p.call<DeclarationDto[]>(A.listDeclarations, {}, ownWei)).map((x) => x.id)).not.toContain(d.id);
    // A third organization's token with the same `sub`: not the reviewer.
    const otherWei = await p.token(['ORG_MEMBER'], sch.id, wei);
    expect((await failure(p.call(A.submitReview, { declarationId: d.id, conflictOfInterest: false, scores: one(100) }, otherWei))).data).toEqual({ reason: 'NOT_A_REVIEWER' });
    expect(await errType(p.call(A.getDeclaration, { id: d.id }, otherWei))).toBe('FORBIDDEN');
    expect((await p.call<DeclarationDto[]>(A.listDeclarations, {}, otherWei)).map((x) => x.id)).not.toContain(d.id);
    expect((await failure(p.call(A.decide, { declarationId: d.id, decision: 'APPROVE' }, funder))).data).toMatchObject({ reason: 'QUORUM_NOT_MET', counted: 0 });
    // The expert committee's 韦 is: reads, lists, reviews.
    const realWei = await p.token(['ORG_MEMBER'], experts.id, wei);
    expect((await p.call<DeclarationDto>(A.getDeclaration, { id: d.id }, realWei)).id).toBe(d.id);
    expect((await p.call<DeclarationDto[]>(A.listDeclarations, {}, realWei)).map((x) => x.id)).toContain(d.id);
    await p.call(A.submitReview, { declarationId: d.id, conflictOfInterest: false, scores: one(88) }, realWei);
    expect(await p.call<DeclarationDto>(A.decide, { declarationId: d.id, decision: 'APPROVE' }, funder)).toMatchObject({ status: 'IN_NOTICE', averageScore: 88 });
  });
});

describe('one decision under concurrency (two replicas)', () => {
  it('of 6 concurrent decisions exactly one wins; the others are CONFLICT and the declaration moved once', async () => {
    const { d, reviewers } = await underReview();
    await reviewedBy3(reviewers, d.id);
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => failure(p.call(A.decide, { declarationId: d.id, decision: i % 2 ? 'REJECT' : 'APPROVE', note: `决定 ${i}` }, funder))));
    const won = outcomes.filter((o) => o.type === 'OK');
    expect(won).toHaveLength(1);
    const lost = outcomes.filter((o) => o.type !== 'OK');
    expect(lost.map((o) => o.type)).toEqual(Array(5).fill('CONFLICT'));
    expect(lost.filter((o) => !['ALREADY_DECIDED', 'WRONG_STATUS'].includes(String(o.data?.reason)))).toEqual([]);
    const stored = await db.collection('declarations').findOne({ _id: new Types.ObjectId(d.id) });
    expect(stored?.steps.filter((s: { status: string }) => s.status === 'IN_NOTICE' || s.status === 'REJECTED')).toHaveLength(1);
    expect(await db.collection('decisions').countDocuments({ _id: d.id as never })).toBe(1);
    expect(await db.collection('auditEntries').countDocuments({ declarationId: d.id, action: 'DECIDED' })).toBe(1);
  });
});

describe('false information: the 5-year ban from organizations\' one disqualification history', () => {
  it('refuses a new declaration with the ban\'s dates until the ban ends', async () => {
    const { d, firmAdmin, firmId } = await underReview();
    const r = await p.call(A.findFalseInformation, { declarationId: d.id, reason: '申报材料中合作协议系伪造' }, funder);
    expect(r.declaration).toMatchObject({ status: 'REJECTED', rejectionReason: 'FALSE_INFORMATION' });
    expect(r.disqualification).toMatchObject({ kind: 'FALSE_INFORMATION', sourceRef: `certification.declaration:${d.id}`, from: today(), until: addDays(addYears(today(), 5), -1), imposedByOrganizationId: gov.id });
    // The same history organizations keeps for every other refusal.
    const [history] = await p.call('organizations.disqualificationsOf', { organizationIds: [firmId] }, admin);
    expect(history.map((x: { id: string; kind: string }) => [x.id, x.kind])).toEqual([[r.disqualification.id, 'FALSE_INFORMATION']]);
    const refused = await failure(p.call(A.createDeclaration, declarationInput(firmId), firmAdmin));
    expect(refused.type).toBe('FAILED_PRECONDITION');
    expect(refused.data).toMatchObject({ reason: 'DISQUALIFIED', organizationId: firmId, from: today(), until: addDays(addYears(today(), 5), -1) });
    // Once lifted (the ban ends), a new declaration is taken.
    await p.call('organizations.lift', { disqualificationId: r.disqualification.id, reason: '复核后解除' }, funder);
    expect((await p.call<DeclarationDto>(A.createDeclaration, declarationInput(firmId), firmAdmin)).status).toBe('DRAFT');
  });
});

describe('who sees what', () => {
  it('a provincial funder sees its cities\' declarations, another city\'s funder none, the enterprise its own', async () => {
    const { d, firmAdmin } = await underReview();
    expect((await p.call<DeclarationDto[]>(A.listDeclarations, {}, provincialFunder)).map((x) => x.id)).toContain(d.id);
    expect((await p.call<DeclarationDto[]>(A.listDeclarations, {}, funder)).map((x) => x.id)).toContain(d.id);
    const nanning = await org('GOVERNMENT', { regionCode: '450100' });
    const nanningFunder = await p.token(['FUNDER'], nanning.id);
    expect((await p.call<DeclarationDto[]>(A.listDeclarations, {}, nanningFunder)).filter((x) => x.id === d.id)).toEqual([]);
    expect(await errType(p.call(A.getDeclaration, { id: d.id }, nanningFunder))).toBe('FORBIDDEN');
    expect((await p.call<DeclarationDto[]>(A.listDeclarations, {}, firmAdmin)).map((x) => x.id)).toEqual([d.id]);
  });
});

// Last in the file: it stops the platform's cooperation nodes.
describe('a source that does not answer', () => {
  it('when cooperation is down, the declaration names it, its counts stay null, and the pre-check fails the condition that needs them', async () => {
    const f = await firm({ name: `柳州${rand()}汽车零部件有限公司` });
    const firmAdmin = await p.token(['ORG_ADMIN'], f.id);
    await twoAgreements(f.id, firmAdmin);
    // The platform's cooperation nodes stop (a clean stop: they leave the bus); every certification replica hears it.
    const coop = p.serviceBrokers.filter((b) => b.getLocalService('cooperation'));
    expect(coop).toHaveLength(1);
    for (const b of coop) {
      await b.stop();
      p.serviceBrokers.splice(p.serviceBrokers.indexOf(b), 1);
    }
    const certs = p.serviceBrokers.filter((b) => b.getLocalService('certification'));
    expect(certs).toHaveLength(2);
    const knows = () => certs.some((b) => b.registry.getActionEndpoints('cooperation.organizationHistory')?.hasAvailable());
    for (const until = Date.now() + 10_000; knows() && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
    expect(knows()).toBe(false);
    const d = await p.call<DeclarationDto>(A.createDeclaration, declarationInput(f.id), firmAdmin);
    expect(d.cooperation).toMatchObject({ agreementsInForce: null, agreementsTotal: null, placements: null, apprentices: null, trainingBasesHosted: 0, projects: 0, unavailable: ['cooperation'] });
    await p.call(A.attach, { declarationId: d.id, fileName: '申报表.pdf', contentBase64: PDF }, firmAdmin);
    const refused = await failure(p.call(A.submitDeclaration, { declarationId: d.id }, firmAdmin));
    expect(refused.type).toBe('FAILED_PRECONDITION');
    expect((refused.data as { failed: { kind: string }[] }).failed.map((x) => x.kind)).toEqual(['MIN_AGREEMENTS_IN_FORCE']);
    expect((await db.collection('declarations').findOne({ _id: new Types.ObjectId(d.id) }))?.status).toBe('DRAFT');
  });
});
