/**
 * The listings service's texts (infra/messages.ts convention): refusals and the words of recommendation reasons,
 * zh-CN first, English second, ICU MessageFormat. `render` formats one key with intl-messageformat (the maintained
 * ICU implementation) so reasons reach clients already in words in both languages.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale, MessageCatalog } from '../../infra/messages.js';

export const messages = {
  'listings.notOpen': { 'zh-CN': '该信息当前状态为 {status}，不接受此操作。', en: 'The listing is {status}; it does not take this step.' },
  'listings.transition': { 'zh-CN': '信息状态不能从 {from} 变为 {to}。', en: 'A listing cannot go from {from} to {to}.' },
  'listings.validity': { 'zh-CN': '有效期须自 {validFrom} 起、不晚于 {maxDays} 天后结束（截止 {validTo} 不符合）。', en: 'The validity must start {validFrom} and end within {maxDays} days ({validTo} does not).' },
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
} satisfies MessageCatalog;

export type ListingMessageKey = keyof typeof messages;

const cache = new Map<string, IntlMessageFormat>();

/** The text of `key` in `locale` with `params` (ICU). */
export function render(key: ListingMessageKey, params: Record<string, string | number>, locale: Locale): string {
  const id = `${locale}\u0000${key}`;
  let f = cache.get(id);
  if (!f) {
    f = new IntlMessageFormat(messages[key][locale], locale);
    cache.set(id, f);
  }
  return String(f.format(params));
}
