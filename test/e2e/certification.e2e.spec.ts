/**
 * 产教融合型企业 over HTTP: a program, a declaration with an attachment, three reviews, the decision, the public notice
 * read WITHOUT a token, certification and the levy statement with the figures; the published lists answer
 * anonymous visitors, everything else needs a token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { gqlData } from '../helpers/http.js';
import { fixtures } from '../helpers/fixtures.js';
import { addDays, today } from '../../infra/dates.js';

let p: TestPlatform;
const { org, firm } = fixtures(() => p);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'trainingBases', 'projects', 'cooperation', 'certification', 'evaluation'] });
});
afterAll(async () => {
  await p?.stop();
});

describe('certification over HTTP', () => {
  it('walks declaration → review → decision → anonymous public notice; the reserve waits for the notice end', async () => {
    const gov = await org('GOVERNMENT', { name: '柳州市发展改革委' });
    const funder = await p.token(['FUNDER'], gov.id, 'funder-lz');
    const f = await firm({ name: '柳州五菱智造有限公司' });
    const firmAdmin = await p.token(['ORG_ADMIN'], f.id);
    const program = (
      await gqlData(p, `mutation($i: CreateCertProgramInput!) { createCertProgram(input: $i) { id noticeDays levyPolicies { rateBp carryForward } } }`, {
        i: { code: 'LZ-QY', name: '柳州市产教融合型企业', regionCode: '450200', conditions: [{ kind: 'INDUSTRY_IN', values: ['智能制造'] }, { kind: 'MIN_ATTACHMENTS', threshold: 1 }], reviewCriteria: [{ key: 'depth', name: '合作深度', maxScore: 100 }], quorum: 3, passScore: 60, noticeDays: 5 },
      }, funder)
    ).createCertProgram;
    expect(program).toMatchObject({ noticeDays: 5, levyPolicies: [{ rateBp: 3000, carryForward: true }] });
    const d = (await gqlData(p, `mutation($i: CreateDeclarationInput!) { createDeclaration(input: $i) { id status cooperation { agreementsInForce unavailable } } }`, { i: { programId: program.id, organizationId: f.id, industry: '智能制造', scale: 'LARGE', employees: 800, mainBusiness: '汽车零部件', cooperationSummary: '订单班', contactName: '覃经理', contactPhone: '0772-7654321' } }, firmAdmin)).createDeclaration;
    // Drawn from the platform's cooperation service: every source answered; this enterprise has no agreement yet.
    expect(d).toMatchObject({ status: 'DRAFT', cooperation: { agreementsInForce: 0, unavailable: [] } });
    await gqlData(p, `mutation($d: ID!, $c: String!) { attachToDeclaration(declarationId: $d, fileName: "申报表.pdf", contentBase64: $c) { mime } }`, { d: d.id, c: PDF }, firmAdmin);
    await gqlData(p, `mutation($d: ID!) { submitDeclaration(declarationId: $d) { status } }`, { d: d.id }, firmAdmin);
    const experts = await firm({ name: '专家库' });
    // A reviewer is a user of an organization: the funder names both.
    const assigned = (await gqlData(p, `mutation($d: ID!, $o: ID!) { assignReviewers(declarationId: $d, reviewerOrganizationId: $o, reviewerIds: ["e1", "e2", "e3"]) { status reviewerPanel { userId organizationId } } }`, { d: d.id, o: experts.id }, funder)).assignReviewers;
    expect(assigned).toEqual({ status: 'UNDER_REVIEW', reviewerPanel: ['e1', 'e2', 'e3'].map((userId) => ({ userId, organizationId: experts.id })) });
    for (const [i, e] of ['e1', 'e2', 'e3'].entries()) {
      await gqlData(p, `mutation($d: ID!, $s: Int!) { submitReview(declarationId: $d, conflictOfInterest: false, scores: [{ key: "depth", score: $s }]) { total } }`, { d: d.id, s: 70 + i }, await p.token(['ORG_MEMBER'], experts.id, e));
    }
    const decided = (await gqlData(p, `mutation($d: ID!) { decideDeclaration(declarationId: $d, decision: APPROVE, note: "通过") { status noticeUntil averageScore } }`, { d: d.id }, funder)).decideDeclaration;
    expect(decided).toEqual({ status: 'IN_NOTICE', noticeUntil: addDays(today(), 4), averageScore: 71 });
    // The notice is public: no token.
    const anonymous = await p.gql(`{ publicNotices(regionCode: "450000") { organizationName noticeUntil } }`);
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data.publicNotices).toEqual([{ organizationName: '柳州五菱智造有限公司', noticeUntil: addDays(today(), 4) }]);
    expect(codes(await p.gql(`{ declarations { id } }`))).toEqual(['UNAUTHENTICATED']);
    // Reserve waits for the notice's end.
    expect(codes(await p.gql(`mutation($d: ID!) { enterReserve(declarationId: $d) { status } }`, { d: d.id }, funder))).toEqual(['FAILED_PRECONDITION']);
  });

  it('takes an attachment of the largest allowed size through the gateway, and refuses one byte more with the rule, not a 413', async () => {
    // The gateway's body limit (MAX_BODY_BYTES) must admit the largest legitimate request: a 512 KiB file as base64.
    const program = (
      await gqlData(p, `mutation($i: CreateCertProgramInput!) { createCertProgram(input: $i) { id } }`, {
        i: { code: 'LZ-QY-BIG', name: '柳州市产教融合型企业（大附件）', regionCode: '450200', conditions: [], reviewCriteria: [{ key: 'depth', name: '合作深度', maxScore: 100 }], quorum: 1, passScore: 60, noticeDays: 5 },
      }, await p.token(['FUNDER'], (await org('GOVERNMENT', { name: '柳州市发改委（附件）' })).id))
    ).createCertProgram;
    const f = await firm({ name: '柳州大附件有限公司' });
    const firmAdmin = await p.token(['ORG_ADMIN'], f.id);
    const d = (await gqlData(p, `mutation($i: CreateDeclarationInput!) { createDeclaration(input: $i) { id } }`, { i: { programId: program.id, organizationId: f.id, industry: '智能制造', scale: 'LARGE', employees: 800, mainBusiness: '汽车零部件', cooperationSummary: '订单班', contactName: '覃经理', contactPhone: '0772-7654321' } }, firmAdmin)).createDeclaration;
    const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes - 9, 0x20)]).toString('base64');
    const ATTACH = `mutation($d: ID!, $c: String!) { attachToDeclaration(declarationId: $d, fileName: "申报材料.pdf", contentBase64: $c) { bytes mime } }`;
    expect((await gqlData(p, ATTACH, { d: d.id, c: pdf(512 * 1024) }, firmAdmin)).attachToDeclaration).toEqual({ bytes: 512 * 1024, mime: 'application/pdf' });
    const over = await p.gql(ATTACH, { d: d.id, c: pdf(512 * 1024 + 1) }, firmAdmin, { 'accept-language': 'zh-CN' });
    expect(over.body.errors?.[0]?.extensions, JSON.stringify(over.body.errors)).toMatchObject({ code: 'BAD_USER_INPUT', details: { rule: 'ATTACHMENT_SIZE', max: 512 * 1024, bytes: 512 * 1024 + 1 } });
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers the published lists anonymously', async () => {
    const r = await p.gql(`{ certifiedEnterprises(regionCode: "450200") { organizationName } publicRankings { year } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ certifiedEnterprises: [], publicRankings: [] });
  });
});
