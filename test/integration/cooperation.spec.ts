/**
 * School–enterprise cooperation over a real NATS server, the cooperation service with two replicas (so concurrent
 * confirmations, attendance confirmations, claims and decisions really race across nodes): agreements, signed
 * copies (hostile files), insured placements, attendance, claims and their one decision, figures.
 */
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears, today } from '../../infra/dates.js';
import { config } from '../../infra/env.js';
import { databaseName } from '../../infra/mongo.mixin.js';
import { MAX_ATTACHMENT_BYTES, type AgreementDto, type ClaimDto, type CooperationFigures, type PlacementDto, type SubsidyPolicyDto } from '../../services/cooperation/cooperation.contract.js';
import { fixtures, type Org } from '../helpers/fixtures.js';
import { failure, outcome } from '../helpers/outcomes.js';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';

let p: TestPlatform;
let admin: string;
const { org, school, firm, join } = fixtures(() => p);
let sch: Org, host: Org, outsider: Org, funder: Org, farFunder: Org;
let schoolAdmin: string, hostAdmin: string, outsiderAdmin: string, funderTok: string, funderTok2: string, farFunderTok: string;
let db: mongoose.Connection;

const DAY = today();
const TERM_FROM = addYears(DAY, -3);
const TERM_TO = addYears(DAY, 2);

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'cooperation'], replicas: { cooperation: 2 }, gateway: false });
  admin = await p.adminToken();
  [sch, host, outsider] = await Promise.all([school('HIGHER_VOCATIONAL'), firm(), firm()]);
  funder = await org('GOVERNMENT', { regionCode: '450200' });
  farFunder = await org('GOVERNMENT', { regionCode: '420500' });
  [schoolAdmin, hostAdmin, outsiderAdmin, funderTok, funderTok2, farFunderTok] = await Promise.all([
    p.token(['ORG_ADMIN'], sch.id),
    p.token(['ORG_ADMIN'], host.id),
    p.token(['ORG_ADMIN'], outsider.id),
    p.token(['FUNDER'], funder.id, 'funder-1'),
    p.token(['FUNDER'], funder.id, 'funder-2'),
    p.token(['FUNDER'], farFunder.id),
  ]);
  db = await mongoose.createConnection(config().mongoUrl!, { dbName: databaseName('cooperation'), autoCreate: false }).asPromise();
}, 60_000);
afterAll(async () => {
  await db?.close();
  await p?.stop();
});

const draft = (extra: Record<string, unknown> = {}, token = schoolAdmin, counterpart = host.id) =>
  p.call<AgreementDto>('cooperation.createAgreementDraft', { counterpartOrganizationId: counterpart, type: 'INTERNSHIP_BASE', title: '智能制造实习基地合作协议', majors: [{ code: '460301', name: '机电一体化技术' }], startOn: TERM_FROM, endOn: TERM_TO, ...extra }, token);
async function signed(counterpart = host.id, counterpartAdmin = hostAdmin): Promise<AgreementDto> {
  const a = await draft({}, schoolAdmin, counterpart);
  await p.call('cooperation.confirmAgreement', { agreementId: a.id }, schoolAdmin);
  return p.call<AgreementDto>('cooperation.confirmAgreement', { agreementId: a.id }, counterpartAdmin);
}
const students = (n: number, prefix = 'S') => Array.from({ length: n }, (_, i) => ({ studentNumber: `${prefix}${String(i + 1).padStart(4, '0')}`, name: `学生${i + 1}`, major: '机电一体化技术', year: 2 }));
const insurance = (from: string, to: string, extra: Record<string, unknown> = {}) => ({ insurer: '中国人民财产保险', policyNumber: 'PICC-2024-001', coverFrom: from, coverTo: to, premiumPaidBy: 'SCHOOL', deductedFromPay: false, ...extra });
const place = (a: AgreementDto, from: string, to: string, extra: Record<string, unknown> = {}, token = schoolAdmin) =>
  p.call<PlacementDto>('cooperation.createPlacement', { agreementId: a.id, hostOrganizationId: host.id, startOn: from, endOn: to, students: students(2, `X${Math.random().toString(36).slice(2, 6)}`), monthlyPayFen: 300_000, insurance: insurance(from, to), mentor: { name: '王工', title: '高级技师' }, ...extra }, token);
const count = (collection: string, filter: Record<string, unknown> = {}) => db.collection(collection).countDocuments(filter);

describe('agreements', () => {
  it('goes DRAFT → IN_FORCE when both parties confirm, and the parties and region funders alone can read it', async () => {
    const a = await draft();
    expect(a).toMatchObject({ status: 'DRAFT', parties: [sch.id, host.id], confirmedBy: [] });
    const one = await p.call<AgreementDto>('cooperation.confirmAgreement', { agreementId: a.id }, schoolAdmin);
    expect(one.status).toBe('DRAFT');
    const both = await p.call<AgreementDto>('cooperation.confirmAgreement', { agreementId: a.id }, hostAdmin);
    expect(both.status).toBe('IN_FORCE');
    expect(both.history.map((h) => h.status)).toEqual(['DRAFT', 'SIGNED', 'IN_FORCE']);
    expect((await p.call<AgreementDto>('cooperation.getAgreement', { id: a.id }, funderTok)).id).toBe(a.id);
    expect((await failure(p.call('cooperation.getAgreement', { id: a.id }, outsiderAdmin))).type).toBe('FORBIDDEN');
    expect((await failure(p.call('cooperation.getAgreement', { id: a.id }, farFunderTok))).type).toBe('FORBIDDEN');
    expect((await failure(p.call('cooperation.confirmAgreement', { agreementId: a.id }, outsiderAdmin))).type).toBe('FORBIDDEN');
  });

  it('refuses an agreement with itself and with an unknown counterpart', async () => {
    expect(await failure(draft({}, schoolAdmin, sch.id))).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'SAME_PARTY' } });
    expect((await failure(draft({}, schoolAdmin, 'ffffffffffffffffffffffff'))).type).toBe('NOT_FOUND');
  });

  it('refuses a party under a ban', async () => {
    const banned = await firm();
    await p.call('organizations.disqualify', { organizationId: banned.id, reason: '提供虚假材料' }, admin);
    expect(await failure(draft({}, schoolAdmin, banned.id))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'DISQUALIFIED' } });
  });

  it('race: the same party confirming twice on two replicas confirms once', async () => {
    const a = await draft();
    const results = await Promise.all([1, 2, 3].map(() => outcome(p.call('cooperation.confirmAgreement', { agreementId: a.id }, schoolAdmin))));
    expect(results.map((r) => r.type).sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect(results.filter((r) => r.type === 'CONFLICT').map((r) => r.data?.reason)).toEqual(['ALREADY_CONFIRMED', 'ALREADY_CONFIRMED']);
    expect(await count('confirmations', { agreementId: a.id })).toBe(1);
    expect((await p.call<AgreementDto>('cooperation.getAgreement', { id: a.id }, schoolAdmin)).status).toBe('DRAFT');
  });

  it('race: both parties confirming at once signs it exactly once', async () => {
    const a = await draft();
    const results = await Promise.all([schoolAdmin, hostAdmin].map((t) => outcome(p.call('cooperation.confirmAgreement', { agreementId: a.id }, t))));
    expect(results.map((r) => r.type)).toEqual(['OK', 'OK']);
    const now = await p.call<AgreementDto>('cooperation.getAgreement', { id: a.id }, schoolAdmin);
    expect(now.status).toBe('IN_FORCE');
    expect(now.history.filter((h) => h.status === 'SIGNED')).toHaveLength(1);
  });

  it('race: an edit of the draft and a confirmation at once never sign a text the confirming party did not confirm', async () => {
    // The school edits while the firm confirms, on two replicas, many rounds (the edit 0–24 ms later, so both orders
    // happen: measured 2–4 edits and 8–10 confirmations winning of 12 named rounds). A firm that names the revision it read (the console does): exactly one of the two lands — the
    // edit (the confirmation is refused TEXT_CHANGED and stored nowhere) or the confirmation (the edit is refused
    // ALREADY_CONFIRMED). A firm that names none confirms the revision current when its call arrives, never an earlier
    // one. Either way, once the school confirms too, the signed text is the revision both confirmed.
    for (let round = 0; round < 24; round++) {
      const named = round % 2 === 0;
      const a = await draft({ title: '原始条款', endOn: '2027-12-31' });
      expect(a.revision).toBe(0);
      const [edit, confirm] = await Promise.all([
        new Promise((r) => setTimeout(r, (round >> 1) % 4 * 8)).then(() => outcome(p.call<AgreementDto>('cooperation.updateAgreementDraft', { agreementId: a.id, title: '悄悄修改后的条款', endOn: '2030-12-31' }, schoolAdmin))),
        outcome(p.call<AgreementDto>('cooperation.confirmAgreement', { agreementId: a.id, ...(named ? { revision: a.revision } : {}) }, hostAdmin)),
      ]);
      const what = `round ${round}: edit ${edit.type} ${JSON.stringify(edit.data)}, confirm ${confirm.type} ${JSON.stringify(confirm.data)}`;
      if (named) expect([edit.type, confirm.type].filter((t) => t === 'OK'), what).toHaveLength(1);
      else expect([edit.type, confirm.type], what).toContain('OK');
      if (edit.type !== 'OK') expect(edit, what).toMatchObject({ type: 'CONFLICT', data: { reason: 'ALREADY_CONFIRMED' } });
      if (confirm.type !== 'OK') expect(confirm, what).toMatchObject({ type: 'CONFLICT', data: { reason: 'TEXT_CHANGED', currentRevision: 1 } });
      const firmRevision = (await db.collection('confirmations').findOne({ agreementId: a.id, organizationId: host.id }))?.revision;
      if (confirm.type === 'OK') expect(firmRevision, what).toBe(edit.type === 'OK' ? 1 : 0);
      else expect(firmRevision, what).toBeUndefined();

      await p.call('cooperation.confirmAgreement', { agreementId: a.id }, schoolAdmin);
      const now = await p.call<AgreementDto>('cooperation.getAgreement', { id: a.id }, schoolAdmin);
      const stored = await db.collection('confirmations').find({ agreementId: a.id }).toArray();
      expect(stored.map((c) => c.revision), what).toEqual(stored.map(() => now.revision));
      const text = edit.type === 'OK' ? { title: '悄悄修改后的条款', endOn: '2030-12-31', revision: 1 } : { title: '原始条款', endOn: '2027-12-31', revision: 0 };
      expect(now, what).toMatchObject({ ...text, status: confirm.type === 'OK' ? 'IN_FORCE' : 'DRAFT' });
    }
  });

  it('a confirmation names the revision it read: a stale one is CONFLICT TEXT_CHANGED with the current revision', async () => {
    const a = await draft({ title: '原始条款', endOn: '2027-12-31' });
    const edited = await p.call<AgreementDto>('cooperation.updateAgreementDraft', { agreementId: a.id, title: '悄悄修改后的条款' }, schoolAdmin);
    expect(edited.revision).toBe(a.revision + 1);
    const stale = await outcome(p.call('cooperation.confirmAgreement', { agreementId: a.id, revision: a.revision }, hostAdmin));
    expect(stale).toEqual({ type: 'CONFLICT', data: { reason: 'TEXT_CHANGED', currentRevision: edited.revision } });
    expect(stale.i18n?.key).toBe('cooperation.textChanged');
    expect(await count('confirmations', { agreementId: a.id })).toBe(0);
    const ok = await p.call<AgreementDto>('cooperation.confirmAgreement', { agreementId: a.id, revision: edited.revision }, hostAdmin);
    expect(ok).toMatchObject({ status: 'DRAFT', revision: edited.revision, title: '悄悄修改后的条款' });
    expect(ok.confirmedBy.map((c) => c.organizationId)).toEqual([host.id]);
    // Confirmed: the draft is locked, and the other party's confirmation of that revision signs it.
    expect(await failure(p.call('cooperation.updateAgreementDraft', { agreementId: a.id, title: '再改一次' }, schoolAdmin))).toMatchObject({ type: 'CONFLICT', data: { reason: 'ALREADY_CONFIRMED' } });
    expect((await p.call<AgreementDto>('cooperation.confirmAgreement', { agreementId: a.id, revision: edited.revision }, schoolAdmin)).status).toBe('IN_FORCE');
  });

  it('terminates early with a reason; renewal drafts from the day after the end', async () => {
    const a = await signed();
    const renewal = await p.call<AgreementDto>('cooperation.renewAgreement', { agreementId: a.id, endOn: addYears(TERM_TO, 3) }, hostAdmin);
    expect(renewal).toMatchObject({ status: 'DRAFT', renewalOf: a.id, startOn: addDays(TERM_TO, 1) });
    const t = await p.call<AgreementDto>('cooperation.terminateAgreement', { agreementId: a.id, reason: '企业转产' }, hostAdmin);
    expect(t).toMatchObject({ status: 'TERMINATED', terminationReason: '企业转产' });
    expect(await failure(p.call('cooperation.terminateAgreement', { agreementId: a.id, reason: '再次' }, hostAdmin))).toMatchObject({ type: 'CONFLICT', data: { reason: 'AGREEMENT_STATUS' } });
  });
});

describe('signed copies (hostile files)', () => {
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

  it('stores a PDF in GridFS and gives it back byte for byte', async () => {
    const a = await draft();
    const up = await p.call<AgreementDto>('cooperation.uploadSignedCopy', { agreementId: a.id, filename: '协议扫描件.pdf', contentBase64: pdf.toString('base64') }, schoolAdmin);
    expect(up.signedCopy).toMatchObject({ contentType: 'application/pdf', size: pdf.length, filename: '协议扫描件.pdf' });
    const back = await p.call<{ contentBase64: string }>('cooperation.signedCopy', { agreementId: a.id }, funderTok);
    expect(Buffer.from(back.contentBase64, 'base64').equals(pdf)).toBe(true);
    // A replacement deletes the old copy: one file stays.
    await p.call('cooperation.uploadSignedCopy', { agreementId: a.id, filename: 'scan.png', contentBase64: png.toString('base64') }, hostAdmin);
    expect(await count('signedCopies.files', { 'metadata.agreementId': a.id })).toBe(1);
    expect((await failure(p.call('cooperation.signedCopy', { agreementId: a.id }, outsiderAdmin))).type).toBe('FORBIDDEN');
  });

  it('refuses a wrong type (by magic bytes, whatever the name), an empty file, a too-large file, and stores nothing', async () => {
    const a = await draft();
    const before = await count('signedCopies.files');
    const chunksBefore = await count('signedCopies.chunks');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500, 1)]);
    expect(await failure(p.call('cooperation.uploadSignedCopy', { agreementId: a.id, filename: 'agreement.pdf', contentBase64: exe.toString('base64') }, schoolAdmin))).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'ATTACHMENT_TYPE' } });
    expect(await failure(p.call('cooperation.uploadSignedCopy', { agreementId: a.id, filename: 'a.pdf', contentBase64: Buffer.from('<html>hi</html>').toString('base64') }, schoolAdmin))).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'ATTACHMENT_TYPE' } });
    expect(await failure(p.call('cooperation.uploadSignedCopy', { agreementId: a.id, filename: 'a.pdf', contentBase64: '' }, schoolAdmin))).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'ATTACHMENT_EMPTY' } });
    expect(await failure(p.call('cooperation.uploadSignedCopy', { agreementId: a.id, filename: 'a.pdf', contentBase64: '%%%not base64' }, schoolAdmin))).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'ATTACHMENT_EMPTY' } });
    const big = Buffer.concat([pdf, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1 - pdf.length, 0x20)]);
    expect(await failure(p.call('cooperation.uploadSignedCopy', { agreementId: a.id, filename: 'big.pdf', contentBase64: big.toString('base64') }, schoolAdmin))).toMatchObject({
      type: 'BAD_USER_INPUT',
      data: { reason: 'ATTACHMENT_TOO_LARGE', max: MAX_ATTACHMENT_BYTES },
    });
    expect((await failure(p.call('cooperation.uploadSignedCopy', { agreementId: a.id, filename: 'a.pdf', contentBase64: pdf.toString('base64') }, outsiderAdmin))).type).toBe('FORBIDDEN');
    expect(await count('signedCopies.files')).toBe(before);
    expect(await count('signedCopies.chunks')).toBe(chunksBefore);
    expect((await p.call<AgreementDto>('cooperation.getAgreement', { id: a.id }, schoolAdmin)).signedCopy).toBeNull();
  });
});

describe('placements', () => {
  let a: AgreementDto;
  beforeAll(async () => {
    a = await signed();
  });
  const from = addDays(DAY, -60);
  const to = addDays(DAY, 60);

  it('places named students with insurance; lists mask them, never a national ID', async () => {
    const pl = await place(a, from, to, { students: students(12, 'L') });
    expect(pl).toMatchObject({ headcount: 12, monthlyPayFen: 300_000, hostOrganizationId: host.id });
    expect(pl.students[0]).toMatchObject({ studentNumber: 'L0001', name: '学生1' });
    const list = await p.call<{ edges: { node: PlacementDto }[] }>('cooperation.listPlacements', { organizationId: host.id }, hostAdmin);
    const mine = list.edges.find((e) => e.node.id === pl.id)!.node;
    expect(mine.students[0]).toMatchObject({ studentNumber: '*0001', name: '学**' });
    expect(await failure(place(a, from, to, { students: [{ studentNumber: '450203200501011234', name: '张三', major: '机电', year: 1 }] }))).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'NATIONAL_ID' } });
  });

  it('refuses a national ID number however written, in any text param of any action; phone numbers pass', async () => {
    const placementsBefore = await count('placements');
    const student = (fields: Record<string, string>) => ({ students: [{ studentNumber: `N${Math.random().toString(36).slice(2, 8)}`, name: '覃三', major: '机电', year: 2, ...fields }] });
    const refusals: [Record<string, unknown>, string][] = [
      [student({ major: '４５０２０２１９９００１０１１２３４' }), 'students'],
      [student({ name: '覃三 450202 19900101 1234' }), 'students'],
      [student({ major: '450202-19900101-1234' }), 'students'],
      [student({ major: '450202900101123' }), 'students'],
      [{ mentor: { name: '450202199001011234' } }, 'mentor'],
      [{ insurance: insurance(from, to, { policyNumber: '45020219900101123X' }) }, 'insurance'],
    ];
    for (const [extra, field] of refusals) {
      expect(await failure(place(a, from, to, extra)), field).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'NATIONAL_ID', field } });
    }
    expect(await count('placements')).toBe(placementsBefore);
    expect(await failure(draft({ obligations: [{ organizationId: host.id, text: '联系人 450202 19900101 1234' }] }))).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'NATIONAL_ID', field: 'obligations' } });
    const d = await draft();
    expect(await failure(p.call('cooperation.terminateAgreement', { agreementId: d.id, reason: '４５０２０２１９９００１０１１２３４' }, schoolAdmin))).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'NATIONAL_ID', field: 'reason' } });
    const ok = await place(a, from, to, { mentor: { name: '王工', title: '高级技师', phone: '0772-7654321' }, ...student({ major: '电话 13800138000' }) });
    expect(ok.mentor).toMatchObject({ phone: '0772-7654321' });
  });

  it('refuses uninsured periods, premiums on the student, and periods outside the agreement', async () => {
    expect(await failure(place(a, from, to, { insurance: insurance(addDays(from, 1), to) }))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'INSURANCE_GAP' } });
    expect(await failure(place(a, from, to, { insurance: insurance(from, addDays(to, -1)) }))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'INSURANCE_GAP' } });
    expect(await failure(place(a, from, to, { insurance: insurance(from, to, { premiumPaidBy: 'STUDENT' }) }))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'PREMIUM_ON_STUDENT' } });
    expect(await failure(place(a, from, to, { insurance: insurance(from, to, { deductedFromPay: true }) }))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'PREMIUM_ON_STUDENT' } });
    const late = addDays(TERM_TO, 1);
    expect(await failure(place(a, from, late, { insurance: insurance(from, late) }))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'OUTSIDE_AGREEMENT_TERM' } });
    expect((await failure(place(a, from, to, {}, hostAdmin))).type).toBe('FORBIDDEN');
    const d = await draft();
    expect(await failure(place(d, from, to))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'AGREEMENT_STATUS' } });
  });

  it('race: a student in two overlapping placements on two replicas is placed once', async () => {
    const s = [{ studentNumber: `R${Math.random().toString(36).slice(2, 8)}`, name: '陈静', major: '工业机器人技术', year: 3 }];
    const results = await Promise.all([
      outcome(place(a, from, addDays(from, 30), { students: s })),
      outcome(place(a, addDays(from, 20), addDays(from, 50), { students: s })),
    ]);
    expect(results.map((r) => r.type).sort()).toEqual(['CONFLICT', 'OK']);
    expect(['STUDENT_OVERLAP', 'STUDENT_BUSY']).toContain(results.find((r) => r.type === 'CONFLICT')!.data?.reason);
    expect(await count('stints', { studentNumber: s[0].studentNumber })).toBe(1);
    // Later, sequentially: still refused; a period after the first is fine.
    expect(await failure(place(a, addDays(from, 25), addDays(from, 40), { students: s }))).toMatchObject({ type: 'CONFLICT', data: { reason: 'STUDENT_OVERLAP' } });
    expect((await outcome(place(a, addDays(from, 51), addDays(from, 55), { students: s }))).type).toBe('OK');
  });

  it('the host confirms a month once (race on two replicas); the school cannot', async () => {
    const pl = await place(a, from, to);
    const month = from.slice(0, 7);
    const results = await Promise.all([1, 2].map(() => outcome(p.call('cooperation.confirmAttendance', { placementId: pl.id, month }, hostAdmin))));
    expect(results.map((r) => r.type).sort()).toEqual(['CONFLICT', 'OK']);
    expect(results.find((r) => r.type === 'CONFLICT')!.data?.reason).toBe('ATTENDANCE_CONFIRMED');
    expect((await failure(p.call('cooperation.confirmAttendance', { placementId: pl.id, month: DAY.slice(0, 7) }, schoolAdmin))).type).toBe('FORBIDDEN');
    expect(await failure(p.call('cooperation.confirmAttendance', { placementId: pl.id, month: to.slice(0, 7) }, hostAdmin))).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'MONTH_IN_FUTURE' } });
    expect(await failure(p.call('cooperation.confirmAttendance', { placementId: pl.id, month: DAY.slice(0, 7), studentNumbers: ['nobody'] }, hostAdmin))).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'NOT_IN_PLACEMENT' } });
  });
});

describe('subsidy claims', () => {
  let internPolicy: SubsidyPolicyDto;
  let baseHost: Org;
  let baseAdmin: string;
  let a: AgreementDto;
  let pl: PlacementDto;
  const from = addYears(DAY, -2).slice(0, 8) + '01';
  beforeAll(async () => {
    baseHost = await firm();
    baseAdmin = await p.token(['ORG_ADMIN'], baseHost.id);
    a = await signed(baseHost.id, baseAdmin);
    pl = await place(a, from, addDays(DAY, 10), { hostOrganizationId: baseHost.id, students: students(12, `C${Math.random().toString(36).slice(2, 5)}`) });
    // 24 months of confirmed attendance up to last month.
    const months: string[] = [];
    for (let m = from.slice(0, 7), i = 0; i < 24; i++) {
      months.push(m);
      const [y, mm] = m.split('-').map(Number);
      m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
    }
    for (const month of months) await p.call('cooperation.confirmAttendance', { placementId: pl.id, month }, baseAdmin);
    internPolicy = await p.call<SubsidyPolicyDto>('cooperation.createPolicy', { regionCode: '450200', kind: 'INTERN_MONTH', name: '实习补助', validFrom: '2020-01-01', parameters: { perInternMonthFen: 50_000 }, source: '000 考核认定…每人每月' }, funderTok);
  });

  it('refuses a policy below the region floor and from a funder outside the region', async () => {
    expect(await failure(p.call('cooperation.createPolicy', { regionCode: '450200', kind: 'APPRENTICESHIP_TRAINING', name: 'x', validFrom: '2020-01-01', parameters: { perPersonYearFen: 300_000 }, source: '003' }, funderTok))).toMatchObject({
      type: 'BAD_USER_INPUT',
      data: { reason: 'POLICY_PARAMETER' },
    });
    expect((await failure(p.call('cooperation.createPolicy', { regionCode: '450200', kind: 'INTERN_MONTH', name: 'x', validFrom: '2020-01-01', parameters: { perInternMonthFen: 1 }, source: '000' }, farFunderTok))).type).toBe('FORBIDDEN');
  });

  it('needs the funder assessment, then computes exactly; a double claim on two replicas is stored once', async () => {
    const params = { policyId: internPolicy.id, claimantOrganizationId: baseHost.id, periodFrom: from, periodTo: addDays(`${DAY.slice(0, 7)}-01`, -1) };
    expect(await failure(p.call('cooperation.submitClaim', params, baseAdmin))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'NOT_ASSESSED' } });
    await p.call('cooperation.assessOrganization', { organizationId: baseHost.id, policyKind: 'INTERN_MONTH', qualified: true, note: '符合实习实训规范' }, funderTok);
    const preview = await p.call('cooperation.previewClaim', params, baseAdmin);
    expect(preview).toMatchObject({ quantity: 24 * 12, amountFen: 24 * 12 * 50_000 });
    const results = await Promise.all([1, 2].map(() => outcome<{ reason: string }>(p.call('cooperation.submitClaim', params, baseAdmin))));
    expect(results.map((r) => r.type).sort()).toEqual(['CONFLICT', 'OK']);
    expect(results.find((r) => r.type === 'CONFLICT')!.data?.reason).toBe('CLAIM_OPEN');
    expect(await count('subsidyClaims', { claimantOrganizationId: baseHost.id, policyId: internPolicy.id })).toBe(1);
    expect((await failure(p.call('cooperation.submitClaim', params, schoolAdmin))).type).toBe('FORBIDDEN');
  });

  it('race: two funders deciding at once on two replicas — one decision, audited, exact amount', async () => {
    const page = await p.call<{ edges: { node: ClaimDto }[] }>('cooperation.listClaims', { status: 'SUBMITTED', first: 100 }, funderTok);
    const claim = page.edges.map((e) => e.node).find((c) => c.claimantOrganizationId === baseHost.id)!;
    expect(claim.requestedFen).toBe(14_400_000);
    expect((await failure(p.call('cooperation.decideClaim', { claimId: claim.id, decision: 'APPROVE' }, farFunderTok))).type).toBe('FORBIDDEN');
    const results = await Promise.all([
      outcome(p.call('cooperation.decideClaim', { claimId: claim.id, decision: 'APPROVE', note: '同意' }, funderTok)),
      outcome(p.call('cooperation.decideClaim', { claimId: claim.id, decision: 'REJECT', note: '不同意' }, funderTok2)),
    ]);
    expect(results.map((r) => r.type).sort()).toEqual(['CONFLICT', 'OK']);
    expect(results.find((r) => r.type === 'CONFLICT')!.data?.reason).toBe('ALREADY_DECIDED');
    const after = await p.call<{ edges: { node: ClaimDto }[] }>('cooperation.listClaims', { organizationId: baseHost.id }, baseAdmin);
    const decided = after.edges.map((e) => e.node).find((c) => c.id === claim.id)!;
    expect(['APPROVED', 'REJECTED']).toContain(decided.status);
    expect(decided.awardedFen).toBe(decided.status === 'APPROVED' ? 14_400_000 : null);
    expect(await count('decisions', { claimId: claim.id })).toBe(1);
    expect(await count('audit', { subjectId: claim.id, action: 'CLAIM_DECIDED' })).toBe(1);
  });

  it('pays the ¥100,000 base subsidy after 24 continuous months of vocational interns, with its purpose recorded', async () => {
    const base = await p.call<SubsidyPolicyDto>('cooperation.createPolicy', { regionCode: '450200', kind: 'INTERNSHIP_BASE', name: '校外实训基地建设补助', validFrom: '2020-01-01', parameters: { fixedFen: 10_000_000, continuousMonths: 24 }, source: '003 篇3' }, funderTok);
    await p.call('cooperation.assessOrganization', { organizationId: baseHost.id, policyKind: 'INTERNSHIP_BASE', qualified: true }, funderTok);
    const lastMonthEnd = addDays(`${DAY.slice(0, 7)}-01`, -1);
    const claim = await p.call<ClaimDto>('cooperation.submitClaim', { policyId: base.id, claimantOrganizationId: baseHost.id, periodFrom: from, periodTo: lastMonthEnd }, baseAdmin);
    expect(claim).toMatchObject({ status: 'SUBMITTED', requestedFen: 10_000_000 });
    expect(claim.evidence.lines).toHaveLength(24);
    expect(await failure(p.call('cooperation.decideClaim', { claimId: claim.id, decision: 'APPROVE' }, funderTok))).toMatchObject({ type: 'BAD_USER_INPUT', data: { reason: 'PURPOSE_REQUIRED' } });
    const ok = await p.call<ClaimDto>('cooperation.decideClaim', { claimId: claim.id, decision: 'APPROVE', purpose: '购置数控实训设备' }, funderTok);
    expect(ok).toMatchObject({ status: 'APPROVED', awardedFen: 10_000_000, purpose: '购置数控实训设备' });
    // Once per base.
    expect(await failure(p.call('cooperation.submitClaim', { policyId: base.id, claimantOrganizationId: baseHost.id, periodFrom: from, periodTo: lastMonthEnd }, baseAdmin))).toMatchObject({ type: 'CONFLICT', data: { reason: 'CLAIM_OPEN' } });
    // A school cannot claim the base subsidy.
    expect(await failure(p.call('cooperation.submitClaim', { policyId: base.id, claimantOrganizationId: sch.id, periodFrom: from, periodTo: lastMonthEnd }, schoolAdmin))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'CLAIMANT_KIND' } });
  });

  it('race: approvals against a budget never pay more than the budget (PRORATE caps the last)', async () => {
    const firms = await Promise.all([firm(), firm()]);
    const policy = await p.call<SubsidyPolicyDto>('cooperation.createPolicy', {
      regionCode: '450200',
      kind: 'APPRENTICESHIP_TRAINING',
      name: '新型学徒制培训补贴',
      validFrom: '2020-01-01',
      parameters: { perPersonYearFen: 400_000, yearlyBudgetFen: 5_000_000, overBudget: 'PRORATE' },
      source: '003 篇3 / 004',
    }, funderTok);
    const claims: ClaimDto[] = [];
    for (const f of firms) {
      const tok = await p.token(['ORG_ADMIN'], f.id);
      const ag = await draft({ type: 'NEW_APPRENTICESHIP' }, schoolAdmin, f.id);
      await p.call('cooperation.confirmAgreement', { agreementId: ag.id }, schoolAdmin);
      await p.call('cooperation.confirmAgreement', { agreementId: ag.id }, tok);
      const start = addYears(DAY, -1);
      await p.call('cooperation.createCohort', { agreementId: ag.id, kind: 'NEW_APPRENTICESHIP', name: '2025级学徒班', major: '汽车制造', startOn: start, endOn: addDays(addYears(start, 1), -1), trainingHours: 800, students: students(10, `A${f.id.slice(-4)}`) }, tok);
      claims.push(await p.call<ClaimDto>('cooperation.submitClaim', { policyId: policy.id, claimantOrganizationId: f.id, periodFrom: start, periodTo: addDays(addYears(start, 1), -1) }, tok));
    }
    expect(claims.map((c) => c.requestedFen)).toEqual([4_000_000, 4_000_000]);
    const results = await Promise.all(claims.map((c) => p.call<ClaimDto>('cooperation.decideClaim', { claimId: c.id, decision: 'APPROVE' }, funderTok)));
    expect(results.map((r) => r.awardedFen).sort()).toEqual([1_000_000, 4_000_000]);
  });

  it('figures: the organization, its funder, and an alliance of both', async () => {
    const figures = await p.call<CooperationFigures>('cooperation.organizationHistory', { organizationId: baseHost.id }, funderTok);
    expect(figures.internPersonMonths).toBeGreaterThanOrEqual(24 * 12);
    expect(figures.agreementsInForce).toBeGreaterThan(0);
    expect((await failure(p.call('cooperation.organizationHistory', { organizationId: baseHost.id }, outsiderAdmin))).type).toBe('FORBIDDEN');
    const alliance = await p.call('alliances.create', { name: `联盟 ${Math.random().toString(36).slice(2, 8)}`, regionCode: '450200', leadOrganizationId: sch.id, foundedOn: '2024-01-01' }, admin);
    await join(alliance.id, host);
    const leadTok = schoolAdmin;
    const sum = await p.call<CooperationFigures>('cooperation.allianceFigures', { allianceId: alliance.id }, leadTok);
    const hostOnly = await p.call<CooperationFigures>('cooperation.organizationHistory', { organizationId: baseHost.id }, baseAdmin);
    expect(sum.internPersonMonths).toBeGreaterThanOrEqual(hostOnly.internPersonMonths);
    expect(sum.placements).toBeGreaterThanOrEqual(12);
  });
});
