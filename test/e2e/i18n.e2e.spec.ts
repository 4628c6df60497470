/**
 * Localized API messages over HTTP: the same refusal in zh-CN (the default, or Accept-Language zh) and in English
 * (Accept-Language en, or the console's x-lang header / lang cookie). Codes and details stay the same; the zh-CN
 * message has no Latin sentence (codes, numbers and names only), statuses and dates are written the Chinese way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { registerOverHttp } from '../helpers/http.js';

let p: TestPlatform;
let leadAdmin: string;
let allianceId: string;

/** Three or more Latin words in a row: an English sentence. */
const LATIN_SENTENCE = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/;
const SET_STATUS = `mutation($id: ID!, $s: AllianceStatus!, $d: Date) { setAllianceStatus(allianceId: $id, status: $s, effectiveDate: $d) { status } }`;

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances'] });
  const admin = await p.adminToken();
  const lead = await registerOverHttp(p.url, admin, { name: '柳州职业技术大学', kind: 'SCHOOL', schoolType: 'VOCATIONAL_UNDERGRADUATE' });
  leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
  const created = await p.gql(
    `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`,
    { input: { name: '柳州工程机械产教联盟', regionCode: '450200', industries: ['工程机械'], leadOrganizationId: lead.id, foundedOn: '2022-09-01' } },
    leadAdmin,
  );
  allianceId = created.body.data.createAlliance.id;
  const active = await p.gql(SET_STATUS, { id: allianceId, s: 'ACTIVE', d: '2022-10-01' }, leadAdmin);
  expect(active.body.errors).toBeUndefined();
});
afterAll(async () => p?.stop());

const refuse = (headers: Record<string, string>) => p.gql(SET_STATUS, { id: allianceId, s: 'FORMING', d: '2023-01-01' }, leadAdmin, headers);

describe('localized refusals over HTTP', () => {
  it('answers the same refusal in zh-CN by default and in English for Accept-Language en, codes and details unchanged', async () => {
    const zh = await refuse({});
    const zhExplicit = await refuse({ 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' });
    const en = await refuse({ 'accept-language': 'en-US,en;q=0.9' });
    expect([codes(zh), codes(zhExplicit), codes(en)]).toEqual([['CONFLICT'], ['CONFLICT'], ['CONFLICT']]);
    expect(zh.body.errors![0].extensions).toEqual(en.body.errors![0].extensions);
    expect(zh.body.errors![0].extensions!.details).toEqual({ from: 'ACTIVE', to: 'FORMING' });

    expect(en.body.errors![0].message).toBe('The alliance is ACTIVE; it can become SUSPENDED or DISSOLVED, not FORMING.');
    const zhMessage: string = zh.body.errors![0].message;
    expect(zhExplicit.body.errors![0].message).toBe(zhMessage);
    expect(zhMessage).toBe('联盟当前状态为“运行中”，只能变更为暂停或已解散，不能变更为“筹建中”。');
    expect(zhMessage).not.toMatch(LATIN_SENTENCE);
    expect(zhMessage).not.toMatch(/ACTIVE|FORMING|SUSPENDED|DISSOLVED/);
  });

  it('writes dates as 2022年9月1日 in zh-CN and 2022-09-01 in English', async () => {
    const early = (headers: Record<string, string>) => p.gql(SET_STATUS, { id: allianceId, s: 'SUSPENDED', d: '2022-08-01' }, leadAdmin, headers);
    const [zh, en] = [await early({}), await early({ 'accept-language': 'en' })];
    expect([codes(zh), codes(en)]).toEqual([['BAD_USER_INPUT'], ['BAD_USER_INPUT']]);
    expect(zh.body.errors![0].message).toContain('2022年9月1日');
    expect(zh.body.errors![0].message).not.toMatch(LATIN_SENTENCE);
    expect(en.body.errors![0].message).toContain('2022-09-01');
  });

  it('takes the console\'s explicit choice (x-lang header, lang cookie) over Accept-Language', async () => {
    const byHeader = await refuse({ 'accept-language': 'zh-CN', 'x-lang': 'en' });
    const byCookie = await refuse({ 'accept-language': 'zh-CN', cookie: 'theme=dark; lang=en' });
    const zhOverEn = await refuse({ 'accept-language': 'en', 'x-lang': 'zh-CN' });
    expect(byHeader.body.errors![0].message).toBe('The alliance is ACTIVE; it can become SUSPENDED or DISSOLVED, not FORMING.');
    expect(byCookie.body.errors![0].message).toBe(byHeader.body.errors![0].message);
    expect(zhOverEn.body.errors![0].message).toContain('运行中');
  });

  it('localizes the sign-in refusals too (a malformed token)', async () => {
    const bad = (headers: Record<string, string>) => p.gql(`{ me { id } }`, {}, 'not-a-token', headers);
    const [zh, en] = [await bad({}), await bad({ 'accept-language': 'en' })];
    expect([codes(zh), codes(en)]).toEqual([['UNAUTHENTICATED'], ['UNAUTHENTICATED']]);
    expect(zh.body.errors![0].message).toBe('Bearer 令牌格式不正确。');
    expect(en.body.errors![0].message).toBe('The bearer token is malformed.');
  });
});
