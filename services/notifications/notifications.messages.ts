/**
 * The texts of notifications (inbox and e-mail), ICU MessageFormat in zh-CN and English (infra/messages.ts).
 * Keys: `notifications.<kind in camelCase>.title|body`, plus the mail's frame and this service's refusals.
 * Parameters are prepared at ingest: names as plain strings, dates `P.date`, times `P.time` in the base's zone and
 * amounts `P.money` (fen), written per reader's locale when rendered (2026年12月1日 09:00, ¥1,000,000.00).
 * Registered in infra/message-registry.ts like every catalog.
 */
import type { MessageCatalog } from '../../infra/messages.js';

export const messages = {
  'notifications.membershipApplied.title': { 'zh-CN': '{organization} 申请加入 {alliance}', en: '{organization} applied to join {alliance}' },
  'notifications.membershipApplied.body': {
    'zh-CN': '{organization} 申请加入联盟“{alliance}”，等待牵头单位审核。',
    en: '{organization} applied to join the alliance “{alliance}”; the lead organization decides.',
  },
  'notifications.membershipInvited.title': { 'zh-CN': '{alliance} 邀请贵单位加入', en: '{alliance} invites your organization' },
  'notifications.membershipInvited.body': {
    'zh-CN': '联盟“{alliance}”邀请贵单位成为成员单位，请在控制台确认。',
    en: 'The alliance “{alliance}” invites your organization to become a member; accept it in the console.',
  },
  'notifications.membershipDecided.title': {
    'zh-CN': '{outcome, select, ACTIVE {入盟申请已通过} other {入盟申请未通过}}：{alliance}',
    en: '{outcome, select, ACTIVE {Membership approved} other {Membership rejected}}: {alliance}',
  },
  'notifications.membershipDecided.body': {
    'zh-CN': '{outcome, select, ACTIVE {{organization} 自 {date} 起为联盟“{alliance}”的成员单位。} other {联盟“{alliance}”未通过 {organization} 的入盟申请。}}',
    en: '{outcome, select, ACTIVE {{organization} is a member of the alliance “{alliance}” from {date}.} other {The alliance “{alliance}” rejected the membership of {organization}.}}',
  },
  'notifications.bookingPending.title': { 'zh-CN': '实训基地预约待审批：{base}', en: 'Booking waiting for approval: {base}' },
  'notifications.bookingPending.body': {
    'zh-CN': '{organization} 预约了“{base}” {start}–{end}（{headcount} 人{series, select, yes {，每周重复} other {}}），请审批。',
    en: '{organization} booked “{base}” {start}–{end} ({headcount} people{series, select, yes {, weekly} other {}}); approve or reject it.',
  },
  'notifications.bookingDecided.title': {
    'zh-CN': '{outcome, select, CONFIRMED {预约已确认} other {预约未获批准}}：{base}',
    en: '{outcome, select, CONFIRMED {Booking confirmed} other {Booking rejected}}: {base}',
  },
  'notifications.bookingDecided.body': {
    'zh-CN': '“{base}” {start}–{end} 的预约{outcome, select, CONFIRMED {已确认。} other {未获批准{reason, select, none {。} other {：{reason}}}}}',
    en: 'The booking of “{base}” {start}–{end} was {outcome, select, CONFIRMED {confirmed.} other {rejected{reason, select, none {.} other {: {reason}}}}}',
  },
  'notifications.bookingCancelled.title': { 'zh-CN': '预约已取消：{base}', en: 'Booking cancelled: {base}' },
  'notifications.bookingCancelled.body': {
    'zh-CN': '{organization} 在“{base}” {start}–{end} 的预约已取消{reason, select, none {。} other {：{reason}}}',
    en: 'The booking of {organization} at “{base}” {start}–{end} was cancelled{reason, select, none {.} other {: {reason}}}',
  },
  'notifications.grantSubmitted.title': { 'zh-CN': '收到资助申请：{program}', en: 'Grant application received: {program}' },
  'notifications.grantSubmitted.body': {
    'zh-CN': '联盟“{alliance}”提交了“{program}”的资助申请，等待审批。',
    en: 'The alliance “{alliance}” applied for “{program}”; it waits for your decision.',
  },
  'notifications.grantDecided.title': {
    'zh-CN': '{outcome, select, APPROVED {资助申请已批准} other {资助申请未获批准}}：{program}',
    en: '{outcome, select, APPROVED {Grant approved} other {Grant rejected}}: {program}',
  },
  'notifications.grantDecided.body': {
    'zh-CN': '联盟“{alliance}”申请的“{program}”{outcome, select, APPROVED {已批准，资助金额 {amount}。} other {未获批准。}}',
    en: 'The application of the alliance “{alliance}” for “{program}” was {outcome, select, APPROVED {approved: {amount}.} other {rejected.}}',
  },
  'notifications.disqualified.title': { 'zh-CN': '{organization} 被取消参与资格', en: '{organization} is disqualified' },
  'notifications.disqualified.body': {
    'zh-CN': '{organization} 自 {from} 至 {until} 不得参与新的联盟活动、实训预约和资助申请。原因：{reason}',
    en: '{organization} may not take part in new alliance activities, bookings or grant applications from {from} to {until}. Reason: {reason}',
  },
  'notifications.listingMatched.title': { 'zh-CN': '有新的供需信息符合您的订阅', en: 'A new listing matches your saved search' },
  'notifications.listingMatched.body': { 'zh-CN': '新发布的信息“{listing}”符合您订阅的条件。', en: 'The new listing “{listing}” matches your saved search.' },
  'notifications.agreementInForce.title': { 'zh-CN': '合作协议已生效', en: 'Cooperation agreement in force' },
  'notifications.agreementInForce.body': {
    'zh-CN': '与 {partner} 的合作协议“{title}”自 {date} 起生效。',
    en: 'The cooperation agreement “{title}” with {partner} is in force from {date}.',
  },
  'notifications.mail.footer': {
    'zh-CN': '在控制台查看：{link}\n\n您收到此邮件，是因为您在产教联盟平台的通知设置中选择了邮件提醒。可随时在“通知设置”中更改。',
    en: 'Open it in the console: {link}\n\nYou receive this e-mail because you chose e-mail for this kind of notification on the alliance platform. Change it any time under “Notification settings”.',
  },
  'notifications.badEmail': { 'zh-CN': '邮箱地址“{email}”格式不正确。', en: 'The e-mail address “{email}” is not valid.' },
  'notifications.whoReadsOutbox': { 'zh-CN': '只有平台管理员可以查看邮件发送队列。', en: 'Only a platform admin may read the mail outbox.' },
  'notifications.noOrganization': {
    'zh-CN': '通知属于单位账号；此身份未关联任何单位。',
    en: 'Notifications belong to an organization’s users; this identity names no organization.',
  },
} satisfies MessageCatalog;

export type NotificationMessageKey = keyof typeof messages;
