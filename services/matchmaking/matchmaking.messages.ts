/**
 * The matchmaking service's texts (infra/messages.ts convention), zh-CN first; registered in infra/message-registry.ts.
 * Dates are `P.date`, event statuses `P.key('matchmaking.status.<S>')`.
 */
import type { MessageCatalog } from '../../infra/messages.js';

export const messages = {
  'matchmaking.full': { 'zh-CN': '名额已满（共 {capacity} 个）。', en: 'All {capacity} seats are taken.' },
  'matchmaking.alreadyRegistered': { 'zh-CN': '本单位已报名该活动。', en: 'Your organization is already registered.' },
  'matchmaking.notInvited': { 'zh-CN': '该活动仅限受邀单位报名。', en: 'This event is by invitation only.' },
  'matchmaking.registrationClosed': { 'zh-CN': '报名已于 {closesOn} 截止，或活动状态为“{status}”。', en: 'Registration closed on {closesOn} or the event is {status}.' },
  'matchmaking.notOrganizer': { 'zh-CN': '只有联盟牵头单位或覆盖该地区的主管部门可以组织对接活动。', en: 'Only the alliance lead or a funder covering the region organizes events.' },
  'matchmaking.notYetHeld': { 'zh-CN': '活动 {date} 尚未举行。', en: 'The event on {date} has not taken place yet.' },
  'matchmaking.notRegistered': { 'zh-CN': '该单位未报名此活动。', en: 'The organization did not register.' },
  'matchmaking.transition': { 'zh-CN': '活动状态不能从“{from}”变为“{to}”。', en: 'An event cannot go from {from} to {to}.' },
  'matchmaking.duplicateOutcome': { 'zh-CN': '该成果已记录。', en: 'This outcome is recorded already.' },
  'matchmaking.period': { 'zh-CN': '报名截止日 {closesOn} 不能晚于活动日期 {date}。', en: 'Registration cannot close ({closesOn}) after the event ({date}).' },
  'matchmaking.cancelled': { 'zh-CN': '该活动已取消。', en: 'The event was cancelled.' },
  'matchmaking.dateInPast': { 'zh-CN': '活动日期 {date} 已过。', en: 'The event date {date} is in the past.' },
  'matchmaking.whoInvites': { 'zh-CN': '只有活动组织方可以邀请单位。', en: 'Only the organizer invites.' },
  'matchmaking.whoRegisters': { 'zh-CN': '只有本单位管理员可以为本单位报名。', en: "Only the organization's admins register it." },
  'matchmaking.whoCancels': { 'zh-CN': '只有本单位管理员或活动组织方可以取消报名。', en: "Only the organization's admins or the organizer cancel a registration." },
  'matchmaking.whoRecordsAttendance': { 'zh-CN': '只有活动组织方可以登记出席情况。', en: 'Only the organizer records attendance.' },
  'matchmaking.status.SCHEDULED': { 'zh-CN': '已排期', en: 'SCHEDULED' },
  'matchmaking.status.HELD': { 'zh-CN': '已举行', en: 'HELD' },
  'matchmaking.status.CANCELLED': { 'zh-CN': '已取消', en: 'CANCELLED' },
} satisfies MessageCatalog;
