/**
 * Demo data for the information service platform (called by app/seed.ts; a client of the bus like any other): a few
 * hundred listings of the demo's Liuzhou schools and firms and of a handful of Yichang organizations, generated from
 * tables of real firms, their industries (GB/T 4754-2017 divisions) and the majors (职业教育专业目录 2021 codes) the
 * schools teach; two accepted matches (so recommendations show past cooperation) and one open matchmaking event
 * with 30 seats. Deterministic (a seeded generator) and idempotent: a second start finds the first seeded listing
 * and leaves everything alone.
 */
import type { Caller } from '../../infra/caller.js';
import { addDays, today } from '../../infra/dates.js';
import type { Page } from '../../infra/pagination.js';
import { ListingAction, type CreateListingParams, type InterestDto, type ListingDto, type ListingKind, type SearchResultDto } from '../../services/listings/listings.contract.js';
import { MatchmakingAction } from '../../services/matchmaking/matchmaking.contract.js';
import { withCheckCharacter, type OrganizationDto } from '../../services/organizations/organizations.contract.js';

/** The first seeded listing's title: how the seed recognizes that it already ran. */
export const DEMO_LISTING_TITLE = '上汽通用五菱 2026 年数控技术专业顶岗实习生招募';

interface Major {
  code: string;
  name: string;
}
/** Majors of the 2021 vocational-education catalogue (高职专科) the demo uses. */
const M = {
  cnc: { code: '460103', name: '数控技术' },
  mech: { code: '460104', name: '机械制造及自动化' },
  mechatronics: { code: '460301', name: '机电一体化技术' },
  robot: { code: '460305', name: '工业机器人技术' },
  carMfg: { code: '460701', name: '汽车制造与试验技术' },
  nev: { code: '460702', name: '新能源汽车技术' },
  carRepair: { code: '500211', name: '汽车检测与维修技术' },
  software: { code: '510203', name: '软件技术' },
  bigdata: { code: '510205', name: '大数据技术' },
  network: { code: '510202', name: '计算机网络技术' },
  ecommerce: { code: '530701', name: '电子商务' },
  logistics: { code: '530802', name: '现代物流管理' },
  chem: { code: '470201', name: '应用化工技术' },
  nursing: { code: '520201', name: '护理' },
  pharma: { code: '490201', name: '药品生产技术' },
  food: { code: '490101', name: '食品智能加工技术' },
  steel: { code: '430401', name: '钢铁智能冶金技术' },
  welding: { code: '460110', name: '智能焊接技术' },
  building: { code: '440301', name: '建筑工程技术' },
  electrical: { code: '460302', name: '电气自动化技术' },
} satisfies Record<string, Major>;

/** Firms, their GB/T 4754 divisions and the positions they recruit for (by major). */
const FIRMS: { name: string; region: string; industries: string[]; roles: [string, Major][] }[] = [
  { name: '上汽通用五菱汽车股份有限公司', region: '450206', industries: ['C36'], roles: [['数控加工', M.cnc], ['总装工艺', M.carMfg], ['三电系统装调', M.nev], ['焊装机器人运维', M.robot]] },
  { name: '东风柳州汽车有限公司', region: '450205', industries: ['C36'], roles: [['整车检测', M.carRepair], ['涂装工艺', M.carMfg], ['电气装调', M.electrical]] },
  { name: '广西柳工机械股份有限公司', region: '450203', industries: ['C35'], roles: [['结构件焊接', M.welding], ['数控编程', M.cnc], ['液压装配', M.mechatronics]] },
  { name: '柳州钢铁股份有限公司', region: '450204', industries: ['C31'], roles: [['冶炼操作', M.steel], ['设备点检', M.mechatronics], ['电气运维', M.electrical]] },
  { name: '广西汽车集团有限公司', region: '450203', industries: ['C36'], roles: [['新能源电驱装配', M.nev], ['机加工', M.mech]] },
  { name: '柳州五菱柳机动力有限公司', region: '450205', industries: ['C34'], roles: [['发动机装配', M.mechatronics], ['数控车床操作', M.cnc]] },
  { name: '柳州欧维姆机械股份有限公司', region: '450203', industries: ['C33'], roles: [['锚具生产', M.mech], ['焊接', M.welding]] },
  { name: '广西柳州医药股份有限公司', region: '450202', industries: ['F51'], roles: [['医药仓储物流', M.logistics], ['药品质量检验', M.pharma]] },
  { name: '柳州螺蛳粉产业发展有限公司', region: '450206', industries: ['C14'], roles: [['食品生产线', M.food], ['电商运营', M.ecommerce]] },
  { name: '柳州赛克科技发展有限公司', region: '450204', industries: ['I65'], roles: [['软件开发', M.software], ['数据标注与分析', M.bigdata]] },
  { name: '湖北兴发化工集团股份有限公司', region: '420527', industries: ['C26'], roles: [['化工总控', M.chem], ['仪表维护', M.electrical]] },
  { name: '宜昌人福药业有限责任公司', region: '420506', industries: ['C27'], roles: [['药品生产', M.pharma], ['设备维护', M.mechatronics]] },
  { name: '湖北宜化集团有限责任公司', region: '420502', industries: ['C26'], roles: [['化工操作', M.chem], ['安全环保', M.chem]] },
  { name: '三峡电能有限公司', region: '420502', industries: ['D44'], roles: [['电力运维', M.electrical], ['智能运维平台开发', M.software]] },
];

/** Schools and the majors they supply graduates from. */
const SCHOOLS_MAJORS: { name: string; region: string; majors: Major[] }[] = [
  { name: '柳州职业技术大学', region: '450203', majors: [M.cnc, M.carMfg, M.nev, M.robot, M.software] },
  { name: '柳州铁道职业技术学院', region: '450204', majors: [M.electrical, M.mechatronics, M.network, M.logistics] },
  { name: '广西科技大学', region: '450203', majors: [M.mech, M.carMfg, M.bigdata] },
  { name: '柳州城市职业学院', region: '450205', majors: [M.ecommerce, M.building, M.food, M.logistics] },
  { name: '柳州市第一职业技术学校', region: '450202', majors: [M.cnc, M.welding, M.carRepair] },
  { name: '柳州市交通学校', region: '450205', majors: [M.carRepair, M.nev, M.logistics] },
  { name: '广西柳州钢铁集团技工学校', region: '450204', majors: [M.steel, M.welding, M.electrical] },
  { name: '柳州工业技师学院', region: '450206', majors: [M.cnc, M.mechatronics, M.robot] },
  { name: '柳州市卫生学校', region: '450202', majors: [M.nursing, M.pharma] },
  { name: '三峡职业技术学院', region: '420502', majors: [M.chem, M.electrical, M.software, M.nursing] },
  { name: '宜昌市三峡中等专业学校', region: '420506', majors: [M.chem, M.cnc, M.carRepair] },
];

const TECH_NEEDS: [string, string, string[]][] = [
  ['焊装车间机器人焊缝视觉检测', '焊装线人工目检漏检率高，需开发基于机器视觉的焊缝缺陷在线检测系统。', ['C36']],
  ['装载机液压系统故障预测', '希望利用传感器数据与机器学习实现液压系统早期故障预警。', ['C35']],
  ['螺蛳粉酸笋发酵工艺标准化', '酸笋发酵周期和风味波动大，需要建立发酵过程控制和质量标准。', ['C14']],
  ['磷石膏综合利用技术攻关', '磷化工副产磷石膏堆存量大，寻求建材化综合利用技术。', ['C26']],
  ['冷轧产线表面缺陷智能识别', '冷轧带钢表面缺陷人工判定效率低，需要深度学习识别方案。', ['C31']],
  ['新能源汽车电池包热管理仿真', '需对电池包液冷方案开展热仿真与试验验证。', ['C36']],
  ['医药冷链仓储温湿度监控', '冷链仓库需要低成本的温湿度物联网监控与追溯。', ['F51']],
  ['发动机缸体加工刀具寿命优化', '缸体加工刀具换刀频繁，需要切削参数与刀具寿命优化。', ['C34']],
];
const TECH_OFFERS: [string, string, string[]][] = [
  ['工业机器人离线编程与仿真服务', '学院工业机器人实训中心可为企业提供离线编程、节拍仿真与产线调试服务。', ['C36', 'C35']],
  ['机器视觉缺陷检测算法（已授权发明专利）', '团队拥有表面缺陷检测相关发明专利 2 项，可许可或合作开发。', ['C31', 'C36']],
  ['数控加工工艺优化与刀具选型', '数控技术专业教学团队提供切削参数优化、夹具设计等技术服务。', ['C34', 'C35']],
  ['化工过程安全仿真实训平台', '可对外开放化工总控仿真装置，开展 HAZOP 培训与工艺优化。', ['C26']],
  ['食品发酵过程在线监测方法', '食品智能加工技术团队研究发酵过程 pH 与温度在线监测方法。', ['C14']],
  ['中小企业数字化转型咨询', '大数据技术专业团队为中小企业提供数据治理和可视化看板建设。', ['I65']],
];
const TRAININGS: [string, string, Major][] = [
  ['数控车铣复合加工技能培训（中级工）', '面向企业在岗员工的数控车铣复合加工培训，可对接职业技能等级证书。', M.cnc],
  ['新能源汽车高压电安全作业培训', '高压电安全、电池包拆装与检测的理论与实操培训。', M.nev],
  ['工业机器人操作与运维培训', '工业机器人编程、示教与日常维护培训，含 1+X 证书考核。', M.robot],
  ['化工总控工职业技能培训', '化工总控工等级认定培训，配套仿真实训。', M.chem],
  ['电商直播运营培训', '面向螺蛳粉等特色产业企业的电商直播与运营培训。', M.ecommerce],
];
const EQUIPMENT: [string, string][] = [
  ['智能制造实训基地开放共享（五轴加工中心）', '五轴加工中心 4 台、三坐标测量仪 1 台，可预约用于企业试制和员工培训。'],
  ['新能源汽车实训中心对外开放', '配备电池包拆装台架、整车故障诊断设备，可供中小企业和兄弟院校使用。'],
  ['化工仿真实训工厂开放预约', '化工总控 DCS 仿真装置对区域中小企业开放。'],
];

/** A small deterministic generator (mulberry32), so every demo start writes the same data. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const YICHANG_ORGS: { name: string; kind: 'ENTERPRISE' | 'SCHOOL'; region: string; schoolType?: string }[] = [
  { name: '湖北兴发化工集团股份有限公司', kind: 'ENTERPRISE', region: '420527' },
  { name: '宜昌人福药业有限责任公司', kind: 'ENTERPRISE', region: '420506' },
  { name: '湖北宜化集团有限责任公司', kind: 'ENTERPRISE', region: '420502' },
  { name: '三峡电能有限公司', kind: 'ENTERPRISE', region: '420502' },
  { name: '三峡职业技术学院', kind: 'SCHOOL', region: '420502', schoolType: 'HIGHER_VOCATIONAL' },
  { name: '宜昌市三峡中等专业学校', kind: 'SCHOOL', region: '420506', schoolType: 'SECONDARY_VOCATIONAL' },
];

const creditCode = (prefix: string, region: string, n: number) => withCheckCharacter(`${prefix}${region}${String(700_000_000 + n).slice(-9)}`);

/**
 * Seeds the listings demo (see the file comment). `orgs` are the demo's Liuzhou organizations (schools and firms);
 * Yichang organizations are registered here. Returns the number of listings written (0 when already seeded).
 */
export async function seedDemoListings(call: Caller, orgs: OrganizationDto[], leadId: string, allianceId: string): Promise<number> {
  const found = await call<SearchResultDto>(ListingAction.search, { query: DEMO_LISTING_TITLE, first: 5 });
  if (found.hits.some((h) => h.listing.title === DEMO_LISTING_TITLE)) return 0;
  const byName = new Map(orgs.map((o) => [o.name, o]));
  for (const [i, y] of YICHANG_ORGS.entries()) {
    if (byName.has(y.name)) continue;
    const existing = await call<Page<OrganizationDto>>('organizations.list', { filter: { nameContains: y.name }, first: 1 });
    const o =
      existing.edges[0]?.node ??
      (await call<OrganizationDto>('organizations.register', { name: y.name, kind: y.kind, creditCode: creditCode(y.kind === 'SCHOOL' ? '12' : '91', y.region, 300 + i), regionCode: y.region, ...(y.schoolType ? { schoolType: y.schoolType } : {}) }));
    byName.set(y.name, o);
  }
  const rand = rng(20260301);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const day = today();
  const listings: CreateListingParams[] = [];
  const add = (org: string, region: string, kind: ListingKind, title: string, description: string, extra: Partial<CreateListingParams>) => {
    const o = byName.get(org);
    if (!o) return;
    listings.push({ organizationId: o.id, kind, title, description, regionCode: region, validTo: addDays(day, 30 + Math.floor(rand() * 300)), ...extra });
  };
  const firstFirm = FIRMS[0];
  add(firstFirm.name, firstFirm.region, 'TALENT_DEMAND', DEMO_LISTING_TITLE, '宝骏基地数控加工车间招募数控技术专业顶岗实习生 20 名，实习期 6 个月，包食宿，表现优秀者可签订就业协议。', {
    industries: ['C36'], majors: [M.cnc], headcount: 20, periodFrom: addDays(day, 30), periodTo: addDays(day, 210), payMin: '3800.00', payMax: '4800.00', place: '柳州市柳江区宝骏大道', 
  });
  // Talent demand: jobs and internships of each firm, by role, a few rounds (春季/秋季/订单班).
  for (let round = 0; round < 10; round++) {
    for (const f of FIRMS) {
      const [role, major] = pick(f.roles);
      const n = 5 + Math.floor(rand() * 40);
      const internship = rand() < 0.6;
      const from = addDays(day, 15 + Math.floor(rand() * 90));
      const pay = 3000 + Math.floor(rand() * 30) * 100;
      add(f.name, f.region, 'TALENT_DEMAND', `${f.name.replace(/(股份|有限|责任|集团).*$/, '')}招聘${major.name}专业${internship ? '实习生' : '技术员'}（${role}）${n} 名`, `${role}岗位，面向${major.name}专业${internship ? '在校生顶岗实习' : '应届毕业生'}，${internship ? '实习期 6 个月' : '签订劳动合同'}，提供岗前培训。`, {
        industries: f.industries, majors: [major], headcount: n, periodFrom: from, periodTo: addDays(from, internship ? 180 : 365), payMin: `${pay}.00`, payMax: `${pay + 1500}.00`, place: f.region.startsWith('42') ? '宜昌市' : '柳州市',
      });
    }
  }
  // Talent supply: graduating cohorts by major.
  for (const s of SCHOOLS_MAJORS) {
    for (const m of s.majors) {
      for (const year of [2026, 2027, 2028]) {
        const n = 30 + Math.floor(rand() * 150);
        add(s.name, s.region, 'TALENT_SUPPLY', `${s.name} ${year} 届${m.name}专业毕业生 ${n} 人`, `${m.name}专业 ${year} 届毕业生 ${n} 人，可安排顶岗实习、订单培养或就业推荐。`, {
          majors: [m], headcount: n, periodFrom: `${year}-03-01`, periodTo: `${year}-12-31`, industries: FIRMS.filter((f) => f.roles.some(([, r]) => r.code === m.code)).flatMap((f) => f.industries).slice(0, 3),
        });
      }
    }
  }
  // Technology needs of firms and offers of schools.
  for (const [title, description, industries] of TECH_NEEDS) {
    const f = FIRMS.find((x) => x.industries.some((c) => industries.includes(c)))!;
    add(f.name, f.region, 'TECH_NEED', title, description, { industries, budget: `${(10 + Math.floor(rand() * 90)) * 10000}.00` });
  }
  for (const [title, description, industries] of TECH_OFFERS) {
    const s = pick(SCHOOLS_MAJORS.slice(0, 4));
    add(s.name, s.region, 'TECH_OFFER', title, description, { industries });
  }
  for (const [title, description, major] of TRAININGS) {
    const s = SCHOOLS_MAJORS.find((x) => x.majors.includes(major)) ?? SCHOOLS_MAJORS[0];
    add(s.name, s.region, 'TRAINING_OFFER', title, description, { majors: [major], headcount: 20 + Math.floor(rand() * 40) });
    const f = FIRMS.find((x) => x.roles.some(([, r]) => r.code === major.code)) ?? FIRMS[0];
    add(f.name, f.region, 'TRAINING_NEED', `${f.name.replace(/(股份|有限|责任|集团).*$/, '')}员工${major.name}技能提升培训需求`, `计划组织一线员工参加${major.name}方向技能提升培训，希望院校提供课程与证书考核。`, { majors: [major], industries: f.industries, headcount: 10 + Math.floor(rand() * 50) });
  }
  for (const [title, description] of EQUIPMENT) {
    const s = pick(SCHOOLS_MAJORS.slice(0, 3));
    add(s.name, s.region, 'EQUIPMENT_OFFER', title, description, { industries: ['C35', 'C36'], openToNonMembers: true });
  }
  const firmWanting = FIRMS[6];
  add(firmWanting.name, firmWanting.region, 'EQUIPMENT_NEED', '租用三坐标测量设备用于首件检测', '每月约 20 小时三坐标测量需求，希望使用院校实训基地设备。', { industries: firmWanting.industries });

  const written: ListingDto[] = [];
  for (const l of listings) written.push(await call<ListingDto>(ListingAction.create, { ...l }));

  // Two accepted matches: the platform's cooperation history that recommendations mention.
  const supply = written.filter((l) => l.kind === 'TALENT_SUPPLY' && l.organizationName === SCHOOLS_MAJORS[0].name);
  const demands = written.filter((l) => l.kind === 'TALENT_DEMAND' && l.title !== DEMO_LISTING_TITLE && l.organizationName === FIRMS[2].name).slice(0, 2);
  for (const d of demands) {
    const school = byName.get(SCHOOLS_MAJORS[0].name);
    if (!school || !supply.length) break;
    const interest = await call<InterestDto>(ListingAction.expressInterest, { listingId: d.id, organizationId: school.id, message: '我校相关专业学生可参加顶岗实习，期待合作。', ownListingId: supply[0].id });
    await call(ListingAction.decideInterest, { interestId: interest.id, accept: true, note: '欢迎，请联系人力资源部安排面试。' });
  }
  // One open matchmaking event with 30 seats, organized by the alliance lead.
  await call(MatchmakingAction.create, {
    organizerOrganizationId: leadId,
    allianceId,
    kind: 'MATCHMAKING',
    title: '柳州市汽车产业产教对接会（新能源汽车专场）',
    theme: '新能源汽车人才需求发布与订单班对接',
    date: addDays(day, 21),
    startTime: '09:30',
    mode: 'ONSITE',
    place: '柳州职业技术大学 图书馆报告厅',
    regionCode: '450200',
    industries: ['C36'],
    registrationMode: 'OPEN',
    capacity: 30,
  });
  return written.length;
}
