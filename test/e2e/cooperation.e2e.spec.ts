/**
 * The cooperation GraphQL API over real HTTP: money as decimal strings in and out, coded errors with the domain reason
 * for hostile files and uninsured placements (in zh-CN by default, in English for Accept-Language en), masked students in lists, the figures other screens read.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, today } from '../../infra/dates.js';
import { fixtures, type Org } from '../helpers/fixtures.js';
import { gqlData } from '../helpers/http.js';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';

let p: TestPlatform;
const { org, school, firm } = fixtures(() => p);
let sch: Org, host: Org, funder: Org;
let schoolTok: string, hostTok: string, funderTok: string;
const DAY = today();
/** Three or more Latin words in a row: an English sentence. */
const LATIN_SENTENCE = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/;
/** YYYY-MM-DD as zh-CN writes it: 2026年12月1日. */
const zhDate = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'cooperation'] });
  [sch, host, funder] = await Promise.all([school(), firm(), org('GOVERNMENT', { regionCode: '450200' })]);
  [schoolTok, hostTok, funderTok] = await Promise.all([p.token(['ORG_ADMIN'], sch.id), p.token(['ORG_ADMIN'], host.id), p.token(['FUNDER'], funder.id)]);
}, 60_000);
afterAll(async () => p?.stop());

const AGREEMENT = `mutation($input: CreateAgreementDraftInput!) { createAgreementDraft(input: $input) { id status parties { id name } } }`;
const CONFIRM = `mutation($id: ID!) { confirmAgreement(agreementId: $id) { id status confirmedBy { organization { id } } } }`;
const PLACE = `mutation($input: CreatePlacementInput!) { createInternshipPlacement(input: $input) { id headcount monthlyPay { amount currency } students { studentNumber name } } }`;

it('confirms the revision the party read: a stale one is CONFLICT TEXT_CHANGED in zh-CN and English, nothing confirmed', async () => {
  const { createAgreementDraft: a } = await gqlData(p, AGREEMENT, { input: { counterpartOrganizationId: host.id, type: 'INTERNSHIP_BASE', title: '原始条款', startOn: addDays(DAY, 10), endOn: '2027-12-31' } }, schoolTok);
  const READ = `query($id: ID!) { cooperationAgreement(id: $id) { revision title confirmedBy { organization { id } } } }`;
  const read = (await gqlData(p, READ, { id: a.id }, hostTok)).cooperationAgreement;
  expect(read.revision).toBe(0);
  const edited = (await gqlData(p, `mutation($input: UpdateAgreementDraftInput!) { updateAgreementDraft(input: $input) { revision title } }`, { input: { agreementId: a.id, title: '悄悄修改后的条款', endOn: '2030-12-31' } }, schoolTok)).updateAgreementDraft;
  expect(edited).toEqual({ revision: 1, title: '悄悄修改后的条款' });
  const CONFIRM_REV = `mutation($id: ID!, $revision: Int) { confirmAgreement(agreementId: $id, revision: $revision) { id status revision } }`;
  const stale = await p.gql(CONFIRM_REV, { id: a.id, revision: read.revision }, hostTok);
  expect(stale.body.errors?.map((e) => [e.extensions?.code, e.extensions?.details])).toEqual([['CONFLICT', { reason: 'TEXT_CHANGED', currentRevision: 1 }]]);
  expect(stale.body.errors?.[0].message).toBe('协议文本已被修改（当前为第 1 版），请重新阅读后再确认。');
  const staleEn = await p.gql(CONFIRM_REV, { id: a.id, revision: read.revision }, hostTok, { 'accept-language': 'en' });
  expect(staleEn.body.errors?.[0].message).toBe("The agreement's text has changed (it is now revision 1); read it again before confirming.");
  expect((await gqlData(p, READ, { id: a.id }, hostTok)).cooperationAgreement.confirmedBy).toEqual([]);
  expect((await gqlData(p, CONFIRM_REV, { id: a.id, revision: 1 }, hostTok)).confirmAgreement).toMatchObject({ status: 'DRAFT', revision: 1 });
});

it('signs, places with pay in yuan, refuses hostile files and uninsured periods with coded reasons', async () => {
  const { createAgreementDraft: a } = await gqlData(p, AGREEMENT, { input: { counterpartOrganizationId: host.id, type: 'INTERNSHIP_BASE', title: '实习基地协议', startOn: addDays(DAY, -10), endOn: addDays(DAY, 400) } }, schoolTok);
  expect(a.parties.map((x: { id: string }) => x.id)).toEqual([sch.id, host.id]);
  await gqlData(p, CONFIRM, { id: a.id }, schoolTok);
  expect((await gqlData(p, CONFIRM, { id: a.id }, hostTok)).confirmAgreement.status).toBe('IN_FORCE');

  const bad = await p.gql(`mutation($id: ID!, $c: String!) { uploadAgreementSignedCopy(agreementId: $id, filename: "a.pdf", contentBase64: $c) { id } }`, { id: a.id, c: Buffer.from('MZ this is not a pdf').toString('base64') }, schoolTok);
  expect(bad.body.errors?.map((e) => [e.extensions?.code, (e.extensions?.details as { reason?: string } | undefined)?.reason])).toEqual([['BAD_USER_INPUT', 'ATTACHMENT_TYPE']]);

  const input = {
    agreementId: a.id,
    hostOrganizationId: host.id,
    startOn: DAY,
    endOn: addDays(DAY, 60),
    students: [{ studentNumber: '2024000123', name: '覃海燕', major: '汽车制造与试验技术', year: 2 }],
    monthlyPay: { amount: '3200.50' },
    insurance: { insurer: '中国人寿', policyNumber: 'GL-1', coverFrom: DAY, coverTo: addDays(DAY, 59), premiumPaidBy: 'SCHOOL', deductedFromPay: false },
    mentor: { name: '覃建华' },
  };
  const gap = await p.gql(PLACE, { input }, schoolTok);
  expect(gap.body.errors?.map((e) => [e.extensions?.code, (e.extensions?.details as { reason?: string } | undefined)?.reason])).toEqual([['FAILED_PRECONDITION', 'INSURANCE_GAP']]);
  // The same refusal in Chinese by default and in English for Accept-Language en: same code and details, dates per locale.
  const gapEn = await p.gql(PLACE, { input }, schoolTok, { 'accept-language': 'en-US,en;q=0.9' });
  expect(gapEn.body.errors?.[0].extensions).toEqual(gap.body.errors?.[0].extensions);
  expect(gapEn.body.errors?.[0].message).toBe(`The internship liability insurance ${DAY}–${addDays(DAY, 59)} does not cover the placement ${DAY}–${addDays(DAY, 60)}.`);
  const zhMessage: string = gap.body.errors![0].message;
  expect(zhMessage).toBe(`实习责任保险期间 ${zhDate(DAY)}至${zhDate(addDays(DAY, 59))} 未覆盖实习期间 ${zhDate(DAY)}至${zhDate(addDays(DAY, 60))}。`);
  expect(zhMessage).not.toMatch(LATIN_SENTENCE);
  // A refusal made in the service's flows (not its pure rules) too: the host may not place students.
  const [byHostZh, byHostEn] = [await p.gql(PLACE, { input }, hostTok), await p.gql(PLACE, { input }, hostTok, { 'x-lang': 'en' })];
  expect([byHostZh, byHostEn].map((r) => [r.body.errors?.[0].extensions?.code, (r.body.errors?.[0].extensions?.details as { reason?: string } | undefined)?.reason])).toEqual([['FORBIDDEN', 'NOT_A_PARTY'], ['FORBIDDEN', 'NOT_A_PARTY']]);
  expect(byHostZh.body.errors![0].message).toBe('只有派出学校的管理员可以安排学生实习。');
  expect(byHostEn.body.errors![0].message).toBe("Only the placing school's admins may place students.");
  const money = await p.gql(PLACE, { input: { ...input, monthlyPay: { amount: '3200.505' } } }, schoolTok);
  expect(money.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  const { createInternshipPlacement: pl } = await gqlData(p, PLACE, { input: { ...input, insurance: { ...input.insurance, coverTo: addDays(DAY, 60) } } }, schoolTok);
  expect(pl).toMatchObject({ headcount: 1, monthlyPay: { amount: '3200.50', currency: 'CNY' }, students: [{ studentNumber: '2024000123', name: '覃海燕' }] });
  await gqlData(p, `mutation($id: ID!, $m: String!) { confirmInternshipAttendance(placementId: $id, month: $m) { month } }`, { id: pl.id, m: DAY.slice(0, 7) }, hostTok);
  const list = await gqlData(p, `{ internshipPlacements { edges { node { id students { studentNumber name } attendance { month attendedCount } } } } }`, {}, hostTok);
  expect(list.internshipPlacements.edges[0].node.students).toEqual([{ studentNumber: '******0123', name: '覃**' }]);
  expect(list.internshipPlacements.edges[0].node.attendance).toEqual([{ month: DAY.slice(0, 7), attendedCount: 1 }]);
  const fig = await gqlData(p, `query($id: ID!) { cooperationFigures(organizationId: $id) { agreementsInForce placements } }`, { id: host.id }, funderTok);
  expect(fig.cooperationFigures).toEqual({ agreementsInForce: 1, placements: 1 });
});
