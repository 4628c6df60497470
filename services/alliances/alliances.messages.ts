import type { MessageCatalog } from '../../infra/messages.js';

/** The alliances service's messages (infra/messages.ts): zh-CN first, English second. Statuses as the policy names them. */
export const messages = {
  'alliances.status.FORMING': { 'zh-CN': '筹建中', en: 'FORMING' },
  'alliances.status.ACTIVE': { 'zh-CN': '运行中', en: 'ACTIVE' },
  'alliances.status.SUSPENDED': { 'zh-CN': '暂停', en: 'SUSPENDED' },
  'alliances.status.DISSOLVED': { 'zh-CN': '已解散', en: 'DISSOLVED' },
  'alliances.membershipStatus.PENDING': { 'zh-CN': '待确认', en: 'PENDING' },
  'alliances.membershipStatus.ACTIVE': { 'zh-CN': '有效', en: 'ACTIVE' },
  'alliances.membershipStatus.REJECTED': { 'zh-CN': '已拒绝', en: 'REJECTED' },
  'alliances.membershipStatus.ENDED': { 'zh-CN': '已终止', en: 'ENDED' },
  'alliances.beforeFounding': { 'zh-CN': '生效日期 {effective}早于联盟成立日期（{foundedOn}）。', en: 'effectiveDate {effective} is before the alliance was founded ({foundedOn}).' },
  'alliances.beforeLastStatusChange': {
    'zh-CN': '生效日期 {effective}早于上一次状态变更（自 {from}起为“{status}”）；状态历史须按时间顺序记录。',
    en: 'effectiveDate {effective} is before the last recorded change ({status} from {from}); history is recorded in order.',
  },
  'alliances.statusTransition': {
    'zh-CN': '联盟当前状态为“{from}”，{final, select, yes {已解散的联盟不能再变更状态} other {只能变更为{allowed}}}，不能变更为“{to}”。',
    en: 'The alliance is {from}; it can become {final, select, yes {nothing else (dissolved is final)} other {{allowed}}}, not {to}.',
  },
  'alliances.dissolvedNoMembers': { 'zh-CN': '联盟已解散，不再接纳新的成员单位。', en: 'The alliance is dissolved and takes no new members.' },
  'alliances.invitationAcceptedByInvitee': { 'zh-CN': '邀请须由受邀单位的管理员接受。', en: "An invitation is accepted by the invited organization's admin." },
  'alliances.leadApprovesApplications': { 'zh-CN': '只有牵头单位的管理员可以批准入盟申请。', en: "Only the lead organization's admins may approve applications." },
  'alliances.membershipNotPending': {
    'zh-CN': '该成员资格当前为“{status}”，只有待确认的才能{action, select, approve {批准} other {拒绝}}。',
    en: 'The membership is {status}; only a PENDING one can be {action, select, approve {approved} other {rejected}}.',
  },
  'alliances.overlapsEarlierMembership': {
    'zh-CN': '生效日期 {effective}与该单位此前一段于 {endedOn}终止的成员资格重叠。',
    en: 'effectiveDate {effective} overlaps an earlier membership of this organization that ended on {endedOn}.',
  },
  'alliances.leadRejectsApplications': { 'zh-CN': '只有牵头单位的管理员可以拒绝入盟申请。', en: "Only the lead organization's admins may reject an application." },
  'alliances.whoEndsMembership': { 'zh-CN': '只有牵头单位的管理员或该成员单位自己的管理员可以终止成员资格。', en: "Only the lead organization's admins or the member's own admins may end a membership." },
  'alliances.leadCannotLeave': { 'zh-CN': '牵头单位不能退出自己牵头的联盟；请先移交牵头单位或解散联盟。', en: 'The lead organization cannot leave its own alliance; hand the lead over or dissolve the alliance instead.' },
  'alliances.membershipNotActive': { 'zh-CN': '该成员资格当前为“{status}”，只有有效的成员资格才能终止。', en: 'The membership is {status}; only an ACTIVE one can be ended.' },
  'alliances.endBeforeJoin': { 'zh-CN': '生效日期 {effective}须晚于成员资格开始的日期（{joinedAt}）。', en: 'effectiveDate {effective} must be after the date the membership began ({joinedAt}).' },
  'alliances.regionNotCoveringLead': {
    'zh-CN': '联盟所在地区须覆盖牵头单位所在地区：{regionCode}（{regionName}）不覆盖 {leadRegionCode}。请填写牵头单位所在地区或其上级地区。',
    en: "An alliance's region must cover its lead organization's region: {regionCode} ({regionName}) does not cover {leadRegionCode}. Declare the lead's region or a region above it.",
  },
  'alliances.whoHandsLeadOver': { 'zh-CN': '只有牵头单位的管理员（或平台管理员）可以移交牵头单位。', en: "Only the lead organization's admins (or a platform admin) may hand the lead over." },
  'alliances.dissolvedLeadFixed': { 'zh-CN': '联盟已解散，牵头单位不能再变更。', en: 'The alliance is dissolved; its lead cannot change.' },
  'alliances.beforeLastLeadChange': {
    'zh-CN': '生效日期 {effective}早于上一次牵头单位变更（{from}）；牵头单位历史须按时间顺序记录。',
    en: 'effectiveDate {effective} is before the last lead change ({from}); the lead history is recorded in order.',
  },
  'alliances.alreadyLead': { 'zh-CN': '该单位已经是牵头单位。', en: 'That organization is already the lead unit.' },
  'alliances.newLeadNotMember': { 'zh-CN': '新的牵头单位须自 {effective}起至今一直是联盟的有效成员单位。', en: 'The new lead unit must be an active member of the alliance from {effective} through today.' },
  'alliances.applyForOwnOrganization': { 'zh-CN': '单位管理员只能为本单位申请加入联盟。', en: "An organization's admin may apply for that organization only." },
  'alliances.leadInvites': { 'zh-CN': '只有牵头单位的管理员可以邀请成员单位。', en: "Only the lead organization's admins may invite members." },
  'alliances.concurrentChange': { 'zh-CN': '联盟刚被他人同时修改，请重试。', en: 'The alliance was changed by someone else at the same time; try again.' },
  'alliances.leadChangesStatus': { 'zh-CN': '只有牵头单位的管理员可以变更联盟状态。', en: "Only the lead organization's admins may change the alliance's status." },
  'alliances.whoRegistersAlliance': { 'zh-CN': '只有牵头单位的管理员（或平台管理员）可以为其登记联盟。', en: 'Only an admin of the lead organization (or a platform admin) may register an alliance for it.' },
  'alliances.nameTaken': { 'zh-CN': '地区 {regionCode} 已有名为“{name}”的联盟。', en: 'An alliance named "{name}" already exists in region {regionCode}.' },
  'alliances.alreadyMember': { 'zh-CN': '“{name}”已是本联盟的有效成员单位。', en: '"{name}" is already an active member of this alliance.' },
  'alliances.alreadyPending': {
    'zh-CN': '“{name}”已有一份待处理的{kind, select, invitation {入盟邀请} other {入盟申请}}。',
    en: '"{name}" already has a pending {kind} for this alliance.',
  },
  'alliances.membershipChangedMeanwhile': {
    'zh-CN': '该成员资格刚被同时修改，现在{status, select, DECIDING {正在处理中} GONE {已不存在} PENDING {为待确认} ACTIVE {为有效} REJECTED {为已拒绝} ENDED {为已终止} other {为 {status}}}。',
    en: 'The membership was changed at the same time and is now {status, select, DECIDING {being decided} GONE {gone} other {{status}}}.',
  },
} satisfies MessageCatalog;
