import type { MessageCatalog } from '../../infra/messages.js';

/** The organizations service's messages (infra/messages.ts): zh-CN first, English second. */
export const messages = {
  'organizations.kind.SCHOOL': { 'zh-CN': '学校', en: 'SCHOOL' },
  'organizations.kind.ENTERPRISE': { 'zh-CN': '企业', en: 'ENTERPRISE' },
  'organizations.kind.RESEARCH_INSTITUTE': { 'zh-CN': '科研院所', en: 'RESEARCH_INSTITUTE' },
  'organizations.kind.INDUSTRY_ASSOCIATION': { 'zh-CN': '行业组织', en: 'INDUSTRY_ASSOCIATION' },
  'organizations.kind.GOVERNMENT': { 'zh-CN': '政府部门', en: 'GOVERNMENT' },
  'organizations.kind.OTHER': { 'zh-CN': '其他单位', en: 'OTHER' },
  'organizations.changeField.NAME': { 'zh-CN': '名称', en: 'NAME' },
  'organizations.changeField.REGION': { 'zh-CN': '所在地区', en: 'REGION' },
  'organizations.changeField.CLASSIFICATION': { 'zh-CN': '单位类型', en: 'CLASSIFICATION' },
  'organizations.changeField.DESIGNATED_SIZE': { 'zh-CN': '规模以上认定', en: 'DESIGNATED_SIZE' },
  'organizations.creditCodeLength': { 'zh-CN': '须为 18 位，现为 {length} 位', en: 'must have 18 characters, has {length}' },
  'organizations.creditCodeCharacter': {
    'zh-CN': '第 {position} 位（“{character}”）不允许使用（从不使用字母 I、O、Z、S、V）',
    en: 'character {position} ("{character}") is not allowed (letters I, O, Z, S and V are never used)',
  },
  'organizations.creditCodeRegion': { 'zh-CN': '第 3–8 位须为登记管理机关所在地的 6 位行政区划代码', en: 'characters 3–8 must be the 6-digit region code of the registering authority' },
  'organizations.creditCodeCheck': {
    'zh-CN': '校验码错误（应为 {expected}，实为 {got}），请检查是否有输错的字符',
    en: 'the check character is wrong (expected {expected}, got {got}); look for a mistyped character',
  },
  'organizations.regionShape': { 'zh-CN': '须为 6 位行政区划代码（GB/T 2260），例如 450200', en: 'must be a 6-digit administrative division code (GB/T 2260), e.g. 450200' },
  'organizations.regionProvince': { 'zh-CN': '以 {province} 开头，这不是省级代码', en: 'starts with {province}, which is not a province code' },
  'organizations.regionUnknown': {
    'zh-CN': '不是 GB/T 2260 行政区划代码（2002 年以来任何版本中均无此代码）',
    en: 'is not a GB/T 2260 administrative division code (neither current nor in any revision since 2002)',
  },
  'organizations.regionRetired': {
    'zh-CN': '已在 GB/T 2260 {lastListed} 版之后撤销（{name}）{hasSuccessors, select, yes {，现可能为 {successors} 之一} other {}}，请填写现行代码',
    en: 'was retired from GB/T 2260 after the {lastListed} revision ({name}){hasSuccessors, select, yes {; it may now be one of {successors}} other {}}: give the current code',
  },
  'organizations.schoolTypeRequired': { 'zh-CN': '学校必须填写', en: 'is required for a school' },
  'organizations.schoolsOnly': { 'zh-CN': '仅适用于学校', en: 'applies to schools only' },
  'organizations.enterprisesOnly': { 'zh-CN': '仅适用于企业', en: 'applies to enterprises only' },
  'organizations.fieldProblem': { 'zh-CN': '{field}：{problem}', en: '{field} {problem}' },
  'organizations.cannotRegister': { 'zh-CN': '无法登记该单位：{problems}。', en: 'The organization cannot be registered: {problems}.' },
  'organizations.nothingToChange': { 'zh-CN': '没有要更正的内容：请填写名称、地区代码、单位类型或学校类型。', en: 'Nothing to change: give a name, a region code, a kind or a school type.' },
  'organizations.schoolTypeForSchools': { 'zh-CN': '学校类型仅适用于学校；更正后该单位将是{kind}。', en: 'A school type applies to schools only; the organization would be {kind}.' },
  'organizations.schoolNeedsType': { 'zh-CN': '学校须有学校类型：单位类型为学校时请填写 schoolType。', en: 'A school needs a school type: give schoolType with kind SCHOOL.' },
  'organizations.platformAdminCorrects': {
    'zh-CN': '只有平台管理员可以更正单位的{what, select, region {所在地区} other {单位类型或学校类型}}。',
    en: "Only a platform admin may correct an organization's {what, select, region {region} other {kind or school type}}.",
  },
  'organizations.whoRenames': { 'zh-CN': '只有本单位的管理员或平台管理员可以更改单位名称。', en: "Only the organization's own admins or a platform admin may rename it." },
  'organizations.beforeLastCorrection': {
    'zh-CN': '生效日期 {effective}早于上一次{field}更正（{last}生效）；更正须按时间顺序记录。',
    en: 'effectiveDate {effective} is before the last {field} correction (effective {last}); corrections are recorded in order.',
  },
  'organizations.whoRecordsDesignatedSize': { 'zh-CN': '只有本单位的管理员或平台管理员可以登记其规模以上认定。', en: "Only the organization's own admins or a platform admin may record its 规模以上 status." },
  'organizations.designatedSizeEnterprisesOnly': { 'zh-CN': '规模以上认定仅适用于企业；该单位为{kind}。', en: '规模以上 status applies to enterprises only; this organization is {kind}.' },
  'organizations.yearRange': { 'zh-CN': '年份须为 {first} 至 {last} 之间的整数年，收到的是 {value}。', en: 'year must be a whole year from {first} to {last}, got {value}.' },
  'organizations.disqualified': {
    'zh-CN': '{named, select, yes {“{who}”} other {单位 {who}}}自 {from}至 {until}被取消资格{lifted, select, yes {（自 {liftedOn}起解除）} other {}}：资格取消期间不得加入联盟、预约实训基地工位、参与合作项目或成为收益分配协议的当事方。',
    en: '{named, select, yes {"{who}"} other {Organization {who}}} is disqualified from {from} until {until}{lifted, select, yes { (lifted from {liftedOn})} other {}}: while the bar is in force it may not join alliances, book training bases, take part in projects or be party to revenue agreements.',
  },
  'organizations.platformAdminRegisters': { 'zh-CN': '只有平台管理员可以登记单位。', en: 'Only a platform admin may register organizations.' },
  'organizations.creditCodeTaken': {
    'zh-CN': '统一社会信用代码 {creditCode} 已被登记{known, select, yes {（“{name}”，编号 {id}）} other {}}。',
    en: 'An organization with credit code {creditCode} is already registered{known, select, yes { ("{name}", id {id})} other {}}.',
  },
  'organizations.alreadyLifted': { 'zh-CN': '该资格取消已经解除。', en: 'This disqualification has already been lifted.' },
  'organizations.concurrentCorrection': { 'zh-CN': '该单位刚被他人同时更正，请重试。', en: 'The organization was corrected by someone else at the same time; try again.' },
  'organizations.untilBeforeFrom': { 'zh-CN': '截止日期 {until}早于起始日期 {from}。', en: 'until {until} is before from {from}.' },
  'organizations.funderDisqualifies': { 'zh-CN': '只有资助方（政府部门）可以取消单位资格或解除资格取消。', en: 'Only a funder (a government organization) may disqualify organizations or lift a disqualification.' },
  'organizations.funderMustBeGovernment': { 'zh-CN': '资助方令牌所属单位必须是政府部门。', en: "A funder's token must name a GOVERNMENT organization." },
  'organizations.outsideFunderRegion': {
    'zh-CN': '{name}（地区 {regionCode}）不在您所辖地区 {funderRegionCode} 内。',
    en: '{name} (region {regionCode}) is outside your region {funderRegionCode}.',
  },
} satisfies MessageCatalog;
