import type { ServiceBroker } from 'moleculer';
import { mintToken, type Role } from '../infra/auth.js';
import { systemCaller, type Caller } from '../infra/caller.js';
import { withCheckCharacter } from '../services/organizations/organizations.contract.js';
import type { OrganizationDto } from '../services/organizations/organizations.contract.js';
import type { AllianceDto, MembershipDto, MemberPage } from '../services/alliances/alliances.contract.js';
import type { Page } from '../infra/pagination.js';
import { addDays, today } from '../infra/dates.js';
import { seedDemoProject } from './seeds/projects.js';
import { seedDemoRevenue } from './seeds/revenue.js';
import { seedDemoCooperation } from './seeds/cooperation.js';
import { seedDemoOversight, type OversightDemo } from './seeds/oversight.js';
import { seedDemoListings } from './seeds/listings.js';

/** Deterministic, valid (GB 32100) credit codes for demo organizations. */
export function demoCreditCode(prefix: '11' | '12' | '91', n: number): string {
  return withCheckCharacter(`${prefix}450200MA5L${String(n).padStart(4, '0')}1`);
}

export interface DemoIdentity {
  label: string;
  sub: string;
  org?: string;
  roles: Role[];
  token: string;
}

export interface Demo {
  allianceId: string;
  leadId: string;
  funderId: string;
  pendingEnterpriseMembershipId: string | null;
  identities: DemoIdentity[];
  /** The Liuzhou alliance grant (LZ-CJRH-ALLIANCE). */
  grantProgramId: string;
  /** Issue 17's history (null on a second start: it is seeded once). */
  oversight?: OversightDemo | null;
}

const SCHOOLS: [string, string][] = [
  ['柳州职业技术大学', 'VOCATIONAL_UNDERGRADUATE'],
  ['柳州铁道职业技术学院', 'HIGHER_VOCATIONAL'],
  ['广西科技大学', 'APPLIED_UNDERGRADUATE'],
  ['柳州城市职业学院', 'HIGHER_VOCATIONAL'],
  ['柳州市第一职业技术学校', 'SECONDARY_VOCATIONAL'],
  ['柳州市交通学校', 'SECONDARY_VOCATIONAL'],
  ['广西柳州钢铁集团技工学校', 'TECHNICIAN_COLLEGE'],
  ['柳州市第二职业技术学校', 'SECONDARY_VOCATIONAL'],
  ['柳州工业技师学院', 'TECHNICIAN_COLLEGE'],
  ['柳州市卫生学校', 'SECONDARY_VOCATIONAL'],
];
const ENTERPRISES = [
  '上汽通用五菱汽车股份有限公司',
  '东风柳州汽车有限公司',
  '广西柳工机械股份有限公司',
  '柳州钢铁股份有限公司',
  '广西汽车集团有限公司',
  '柳州五菱柳机动力有限公司',
  '柳州欧维姆机械股份有限公司',
  '广西柳州医药股份有限公司',
  '柳州螺蛳粉产业发展有限公司',
  '柳州赛克科技发展有限公司',
];

/**
 * Seeds a small demo: the Liuzhou government as funder, an alliance led by a vocational university with
 * 10 schools over 4 types and 9 active enterprises, and a pending application from a tenth enterprise, so
 * approving it makes the alliance eligible for the city's award. Idempotent: a second start reuses it.
 */
export async function seedDemo(broker: ServiceBroker): Promise<Demo> {
  const call: Caller = systemCaller(broker, 'seed');

  const existing = await call<Page<OrganizationDto>>('organizations.list', { filter: { nameContains: '柳州市人民政府' }, first: 1 });
  let funder: OrganizationDto;
  let lead: OrganizationDto;
  let alliance: AllianceDto;
  let pending: MembershipDto | null = null;
  const schools: OrganizationDto[] = [];
  const firms: OrganizationDto[] = [];
  if (existing.edges.length) {
    funder = existing.edges[0].node;
    const leadPage = await call<Page<OrganizationDto>>('organizations.list', { filter: { nameContains: SCHOOLS[0][0] }, first: 1 });
    lead = leadPage.edges[0].node;
    alliance = (await call<Page<AllianceDto>>('alliances.list', { filter: { leadOrganizationId: lead.id }, first: 1 })).edges[0].node;
    const members = await call<MemberPage>('alliances.members', { allianceId: alliance.id, first: 100 });
    for (const e of members.edges) {
      if (e.node.status === 'PENDING') pending = e.node;
    }
    const orgs = await call<(OrganizationDto | null)[]>('organizations.getMany', { ids: members.edges.map((e) => e.node.organizationId) });
    for (const o of orgs) if (o?.kind === 'SCHOOL') schools.push(o);
    for (const o of orgs) if (o?.kind === 'ENTERPRISE') firms.push(o);
  } else {
    funder = await call<OrganizationDto>('organizations.register', { name: '柳州市人民政府', kind: 'GOVERNMENT', creditCode: demoCreditCode('11', 1), regionCode: '450200' });
    for (const [i, [name, schoolType]] of SCHOOLS.entries()) {
      schools.push(await call<OrganizationDto>('organizations.register', { name, kind: 'SCHOOL', schoolType, creditCode: demoCreditCode('12', 100 + i), regionCode: '450200' }));
    }
    for (const [i, name] of ENTERPRISES.entries()) {
      firms.push(
        await call<OrganizationDto>('organizations.register', {
          name,
          kind: 'ENTERPRISE',
          creditCode: demoCreditCode('91', 200 + i),
          regionCode: '450200',
          aboveDesignatedSize: i < 7,
          scale: i < 4 ? 'LARGE' : i < 7 ? 'MEDIUM' : 'SMALL',
        }),
      );
    }
    lead = schools[0];
    alliance = await call<AllianceDto>('alliances.create', {
      name: '柳州汽车产业产教联盟',
      regionCode: '450200',
      industries: ['汽车制造', '智能网联汽车', '新能源汽车'],
      leadOrganizationId: lead.id,
      foundedOn: '2024-03-01',
    });
    await call('alliances.setStatus', { allianceId: alliance.id, status: 'ACTIVE', effectiveDate: '2024-04-01' });
    const joins = [...schools.slice(1), ...firms.slice(0, 9)];
    for (const [i, org] of joins.entries()) {
      const m = await call<MembershipDto>('alliances.apply', { allianceId: alliance.id, organizationId: org.id });
      const month = String(4 + (i % 9)).padStart(2, '0');
      await call('alliances.approve', { membershipId: m.id, effectiveDate: `2024-${month}-15` });
    }
    pending = await call<MembershipDto>('alliances.apply', { allianceId: alliance.id, organizationId: firms[9].id });
    alliance = (await call<AllianceDto | null>('alliances.get', { id: alliance.id }))!;
  }

  const mk = async (label: string, sub: string, roles: Role[], org?: string): Promise<DemoIdentity> => ({
    label,
    sub,
    org,
    roles,
    token: await mintToken({ sub, org, roles, expiresIn: '30d' }),
  });
  const identities = [
    await mk('Platform admin', 'demo-platform-admin', ['PLATFORM_ADMIN']),
    await mk(`Alliance lead admin (${lead.name})`, 'demo-lead-admin', ['ORG_ADMIN'], lead.id),
    await mk(`Member school admin (${schools[1]?.name ?? ''})`, 'demo-school-admin', ['ORG_ADMIN'], schools[1]?.id),
    await mk(`Enterprise admin (${firms[0]?.name ?? ''})`, 'demo-firm-admin', ['ORG_ADMIN'], firms[0]?.id),
    await mk(`Funder (${funder.name})`, 'demo-funder', ['FUNDER'], funder.id),
  ];
  await seedDemoProject(call, alliance.id, lead.id, firms.slice(0, 2).map((f) => f.id));
  // Grants: the Liuzhou alliance award (柳州市产教融合联盟奖补). The demo alliance lacks one enterprise until the
  // lead approves the pending application. Looked up by code first, so a second start reuses it.
  const programs = await call<{ id: string; code: string }[]>('grants.listPrograms', { funderOrganizationId: funder.id });
  const grantProgramId =
    programs.find((g) => g.code === 'LZ-CJRH-ALLIANCE')?.id ??
    (
      await call<{ id: string }>('grants.createProgram', {
        code: 'LZ-CJRH-ALLIANCE',
        name: '柳州市产教融合联盟奖补',
        regionCode: '450200',
        funderOrganizationId: funder.id,
        awardAmount: { amount: '1000000.00', currency: 'CNY' },
        criteria: [
          { kind: 'MIN_SCHOOLS', threshold: 10 },
          { kind: 'MIN_DISTINCT_SCHOOL_TYPES', threshold: 2 },
          { kind: 'MIN_ENTERPRISES', threshold: 10 },
          { kind: 'ALLIANCE_ACTIVE' },
          { kind: 'LEAD_IN_GOOD_STANDING' },
        ],
      })
    ).id;

  await seedDemoTrainingBase(call, alliance.id, lead.id, schools, firms);
  await seedDemoRevenue(call, alliance.id, lead.id, firms.slice(0, 2).map((f) => f.id));
  if (schools[1] && firms[0]) await seedDemoCooperation(broker, { schoolId: schools[1].id, firmId: firms[0].id, funderId: funder.id });
  const oversight = await seedDemoOversight(broker, { funderId: funder.id, leadId: lead.id, allianceId: alliance.id, firms, schools });
  const provinceId = oversight?.provinceFunderId ?? (await call<Page<OrganizationDto>>('organizations.list', { filter: { nameContains: '广西壮族自治区发展和改革委员会' }, first: 1 })).edges[0]?.node.id;
  if (firms[1]) identities.push(await mk(`Enterprise admin (${firms[1].name})`, 'demo-firm1-admin', ['ORG_ADMIN'], firms[1].id));
  const bannedId = oversight?.bannedOrganizationId ?? (await call<Page<OrganizationDto>>('organizations.list', { filter: { nameContains: '柳州恒达机电设备有限公司' }, first: 1 })).edges[0]?.node.id;
  if (bannedId) identities.push(await mk('Enterprise admin (柳州恒达机电设备有限公司)', 'demo-banned-admin', ['ORG_ADMIN'], bannedId));
  if (provinceId) identities.push(await mk('Provincial funder (广西壮族自治区发展和改革委员会)', 'demo-province-funder', ['FUNDER'], provinceId));
  // A review expert (app/seeds/oversight.ts assigns expert-wei, expert-qin and expert-lan): the 评审任务 screen.
  const expertOrgId = (await call<Page<OrganizationDto>>('organizations.list', { filter: { nameContains: '柳州市产教融合咨询专家委员会' }, first: 1 })).edges[0]?.node.id;
  if (expertOrgId) identities.push(await mk('Review expert (柳州市产教融合咨询专家委员会 · expert-wei)', 'expert-wei', ['ORG_MEMBER'], expertOrgId));
  await seedDemoListings(call, [lead, ...schools, ...firms], lead.id, alliance.id);

  return { allianceId: alliance.id, leadId: lead.id, funderId: funder.id, pendingEnterpriseMembershipId: pending?.id ?? null, identities, grantProgramId, oversight };
}

const DEMO_BASE = '智能网联汽车实训中心';

/**
 * Training bases: the lead's 智能网联汽车实训中心 (20 stations, Mon–Fri 08:00–18:00 and Sat 08:00–12:00,
 * Asia/Shanghai) and a few bookings next week, including a weekly course series. Skipped when the base exists.
 */
async function seedDemoTrainingBase(
  call: <T>(action: string, params: Record<string, unknown>) => Promise<T>,
  allianceId: string,
  leadId: string,
  schools: OrganizationDto[],
  firms: OrganizationDto[],
): Promise<void> {
  const page = await call<Page<{ id: string; name: string }>>('trainingBases.list', { allianceId, first: 100 });
  if (page.edges.some((e) => e.node.name === DEMO_BASE)) return;
  const base = await call<{ id: string }>('trainingBases.create', {
    allianceId,
    hostOrganizationId: leadId,
    name: DEMO_BASE,
    address: '广西柳州市鱼峰区官塘大道',
    disciplines: ['智能网联汽车技术', '新能源汽车技术', '汽车检测与维修技术'],
    timeZone: 'Asia/Shanghai',
    capacity: 20,
    openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })).concat([{ weekday: 6, opens: '08:00', closes: '12:00' }]),
  });
  let monday = addDays(today('Asia/Shanghai'), 1);
  while (new Date(`${monday}T00:00:00Z`).getUTCDay() !== 1) monday = addDays(monday, 1);
  const at = (days: number, hhmm: string) => `${addDays(monday, days)}T${hhmm}:00+08:00`;
  const bookings = [
    { organizationId: schools[1]?.id, start: at(1, '08:00'), end: at(1, '12:00'), headcount: 12, purpose: 'INTERNSHIP' },
    { organizationId: firms[0]?.id, start: at(2, '14:00'), end: at(2, '17:00'), headcount: 8, purpose: 'TRAINING' },
    { organizationId: schools[2]?.id, start: at(3, '08:00'), end: at(3, '12:00'), headcount: 10, purpose: 'COURSE', recurrence: { until: addDays(monday, 3 + 21) } },
    { organizationId: firms[1]?.id, start: at(5, '09:00'), end: at(5, '11:30'), headcount: 6, purpose: 'ASSESSMENT' },
  ];
  for (const b of bookings) {
    if (b.organizationId) await call('trainingBases.book', { baseId: base.id, idempotencyKey: `demo-${b.start}-${b.organizationId}`, ...b });
  }
}
