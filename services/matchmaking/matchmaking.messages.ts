/** The matchmaking service's texts (infra/messages.ts convention), zh-CN first. */
import type { MessageCatalog } from '../../infra/messages.js';

export const messages = {
  'matchmaking.full': { 'zh-CN': '名额已满（共 {capacity} 个）。', en: 'All {capacity} seats are taken.' },
  'matchmaking.alreadyRegistered': { 'zh-CN': '本单位已报名该活动。', en: 'Your organization is already registered.' },
  'matchmaking.notInvited': { 'zh-CN': '该活动仅限受邀单位报名。', en: 'This event is by invitation only.' },
  'matchmaking.registrationClosed': { 'zh-CN': '报名已截止（{closesOn}）或活动状态为 {status}。', en: 'Registration closed on {closesOn} or the event is {status}.' },
  'matchmaking.notOrganizer': { 'zh-CN': '只有联盟牵头单位或覆盖该地区的主管部门可以组织对接活动。', en: 'Only the alliance lead or a funder covering the region organizes events.' },
  'matchmaking.notYetHeld': { 'zh-CN': '活动 {date} 尚未举行。', en: 'The event on {date} has not taken place yet.' },
  'matchmaking.notRegistered': { 'zh-CN': '该单位未报名此活动。', en: 'The organization did not register.' },
  'matchmaking.transition': { 'zh-CN': '活动状态不能从 {from} 变为 {to}。', en: 'An event cannot go from {from} to {to}.' },
  'matchmaking.duplicateOutcome': { 'zh-CN': '该成果已记录。', en: 'This outcome is recorded already.' },
  'matchmaking.period': { 'zh-CN': '报名截止日 {closesOn} 不能晚于活动日期 {date}。', en: 'Registration cannot close ({closesOn}) after the event ({date}).' },
} satisfies MessageCatalog;
