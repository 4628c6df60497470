/**
 * The listings service's texts (infra/messages.ts convention): refusals and the words of recommendation reasons,
 * zh-CN first, English second, ICU MessageFormat. Registered in infra/message-registry.ts (`CATALOGS`), which renders
 * them (typed parameters: `P.date`, `P.key` for statuses) — the gateway in the request's language.
 */
import type { MessageCatalog } from '../../infra/messages.js';

export const messages = {
  'listings.notOpen': { 'zh-CN': '该信息当前状态为“{status}”，不接受此操作。', en: 'The listing is {status}; it does not take this step.' },
  'listings.transition': { 'zh-CN': '信息状态不能从“{from}”变为“{to}”。', en: 'A listing cannot go from {from} to {to}.' },
  'listings.validity': { 'zh-CN': '有效期须自 {validFrom} 起、不晚于 {maxDays} 天后结束，且不能已过期（截止 {validTo} 不符合）。', en: 'The validity must start {validFrom}, not end in the past and end within {maxDays} days ({validTo} does not).' },
  'listings.unknownIndustry': { 'zh-CN': '行业代码 {code} 不在 GB/T 4754-2017 行业表中。', en: 'Industry code {code} is not in the GB/T 4754-2017 table.' },
  'listings.ownListing': { 'zh-CN': '不能对本单位发布的信息表达合作意向。', en: 'An organization cannot express interest in its own listing.' },
  'listings.alreadyInterested': { 'zh-CN': '本单位已对该信息表达过合作意向。', en: 'Your organization already expressed interest in this listing.' },
  'listings.alreadyDecided': { 'zh-CN': '该合作意向已处理（{status}）。', en: 'This expression of interest was already decided ({status}).' },
  'listings.notAccepted': { 'zh-CN': '只有已接受的合作意向才能转为协议、项目或预约。', en: 'Only an accepted match can be converted.' },
  'listings.alreadyConverted': { 'zh-CN': '该对接已转为{kind, select, AGREEMENT {合作协议} PROJECT {项目} other {预约}}（{id}）。', en: 'This match was already converted to {kind, select, AGREEMENT {an agreement} PROJECT {a project} other {a booking}} ({id}).' },
  'listings.conversionInput': { 'zh-CN': '转换需要填写 {field}。', en: 'The conversion needs {field}.' },
  'listings.payRange': { 'zh-CN': '薪酬下限不能高于上限。', en: 'The minimum pay is above the maximum.' },
  'listings.period': { 'zh-CN': '结束日期 {periodTo} 早于开始日期 {periodFrom}。', en: 'The period ends {periodTo}, before it starts {periodFrom}.' },
  // Recommendation reasons: what a user reads next to a score.
  'listings.reason.sameMajor': { 'zh-CN': '专业对口：{majors}', en: 'Same major: {majors}' },
  'listings.reason.sameIndustry': { 'zh-CN': '行业相同：{industries}', en: 'Same industry: {industries}' },
  'listings.reason.sameIndustrySection': { 'zh-CN': '同属{section}门类', en: 'Same industry section: {section}' },
  'listings.reason.sameCounty': { 'zh-CN': '同在{region}', en: 'Same district/county: {region}' },
  'listings.reason.sameCity': { 'zh-CN': '同城：{region}', en: 'Same city: {region}' },
  'listings.reason.sameProvince': { 'zh-CN': '同省：{region}', en: 'Same province: {region}' },
  'listings.reason.pastCooperation': { 'zh-CN': '{org}在平台上已有 {count} 次成功对接', en: '{org} has {count, plural, one {# successful match} other {# successful matches}} on the platform' },
  'listings.reason.capacityFit': { 'zh-CN': '人数匹配：需要 {wanted} 人，可提供 {offered} 人', en: 'Headcount fits: {wanted} wanted, {offered} offered' },
  'listings.reason.periodFit': { 'zh-CN': '时间吻合：{from} 至 {to} 重叠 {days} 天', en: 'Periods overlap {days} days ({from} to {to})' },
  'listings.reason.textSimilarity': { 'zh-CN': '内容相近：{terms}', en: 'Similar wording: {terms}' },
  'listings.decidedMeanwhile': { 'zh-CN': '该合作意向已同时被他人处理。', en: 'The interest was decided meanwhile.' },
  'listings.badCursor': { 'zh-CN': '参数 after 不是本接口返回的游标。', en: 'after is not a cursor returned by this API.' },
  'listings.pageSize': { 'zh-CN': '参数 first 须在 1 到 100 之间。', en: 'first must be between 1 and 100.' },
  // Who may do what (FORBIDDEN / UNAUTHENTICATED).
  'listings.whoSweeps': { 'zh-CN': '只有平台可以执行过期清理。', en: 'Only the platform runs the expiry sweep.' },
  'listings.whoExpresses': { 'zh-CN': '只有本单位管理员可以代表本单位表达合作意向。', en: "Only the organization's admins may express its interest." },
  'listings.whoDecides': { 'zh-CN': '只有信息发布单位的管理员可以处理合作意向。', en: "Only the listing owner's admins decide on interests." },
  'listings.whoWithdraws': { 'zh-CN': '只有表达意向单位的管理员可以撤回该意向。', en: "Only the interested organization's admins may withdraw it." },
  'listings.whoConverts': { 'zh-CN': '只有对接双方单位的管理员可以转换该对接。', en: "Only the admins of the match's two organizations may convert it." },
  'listings.whoSeesInterests': { 'zh-CN': '只有信息发布单位可以查看该信息收到的合作意向。', en: "Only the listing's organization sees the interests in it." },
  'listings.signInAsOrganization': { 'zh-CN': '请以单位账号登录。', en: 'Sign in as an organization.' },
  'listings.draftPrivate': { 'zh-CN': '草稿仅对发布单位可见。', en: 'A draft is visible to its organization only.' },
  'listings.whoSeesAll': { 'zh-CN': '只有本单位成员可以查看本单位的全部信息。', en: "Only the organization's members see all its listings." },
  'listings.whoSavesSearches': { 'zh-CN': '只有本单位成员可以为本单位保存订阅。', en: 'Only members of the organization may save searches for it.' },
  'listings.whoEndsSearches': { 'zh-CN': '只有本单位成员可以取消本单位的订阅。', en: 'Only members of the organization may end its saved searches.' },
  'listings.searchesNeedOrganization': { 'zh-CN': '订阅属于单位，请以单位账号登录。', en: 'Saved searches belong to an organization; sign in as one.' },
  'listings.whoPublishes': { 'zh-CN': '只有本单位管理员可以发布本单位的信息。', en: "Only the organization's admins may publish its listings." },
  'listings.whoChanges': { 'zh-CN': '只有本单位管理员可以修改本单位的信息。', en: "Only the organization's admins may change its listings." },
  // Enum values read inside sentences.
  'listings.status.DRAFT': { 'zh-CN': '草稿', en: 'DRAFT' },
  'listings.status.OPEN': { 'zh-CN': '发布中', en: 'OPEN' },
  'listings.status.MATCHED': { 'zh-CN': '已对接', en: 'MATCHED' },
  'listings.status.CLOSED': { 'zh-CN': '已关闭', en: 'CLOSED' },
  'listings.status.EXPIRED': { 'zh-CN': '已过期', en: 'EXPIRED' },
  'listings.interestStatus.PENDING': { 'zh-CN': '待处理', en: 'PENDING' },
  'listings.interestStatus.ACCEPTED': { 'zh-CN': '已接受', en: 'ACCEPTED' },
  'listings.interestStatus.DECLINED': { 'zh-CN': '已婉拒', en: 'DECLINED' },
  'listings.interestStatus.WITHDRAWN': { 'zh-CN': '已撤回', en: 'WITHDRAWN' },
} satisfies MessageCatalog;

export type ListingMessageKey = keyof typeof messages;
