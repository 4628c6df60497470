import type { MessageCatalog } from '../../infra/messages.js';

/** The revenue service's messages (infra/messages.ts): zh-CN first, English second. Shares in basis points (万分之一). */
export const messages = {
  'revenue.noParties': { 'zh-CN': '收益分配协议至少需要一个当事方。', en: 'An agreement needs at least one party.' },
  'revenue.duplicateParty': { 'zh-CN': '“{who}”被重复列出；每个当事方只能列一次。', en: '"{who}" is listed twice; list each party once.' },
  'revenue.shareRange': { 'zh-CN': '“{who}”的分配比例须在 1 到 {max} 个基点之间，收到的是 {value}。', en: '"{who}"\'s share must be between 1 and {max} basis points, got {value}.' },
  'revenue.teacherShareRequired': {
    'zh-CN': '“{who}”是学校：请填写 teacherShareBp，即其份额中作为教师报酬发放的部分。',
    en: '"{who}" is a school: give teacherShareBp, the part of its share paid as teachers\' remuneration.',
  },
  'revenue.teacherShareOnlyForSchools': { 'zh-CN': '“{who}”不是学校：teacherShareBp 仅适用于学校当事方。', en: '"{who}" is not a school: teacherShareBp applies to school parties only.' },
  'revenue.policyTeacherShare': {
    'zh-CN': '政策 {code}（{name}）要求学校的教师分配比例在 {min} 到 {max} 个基点之间；“{who}”为 {value}。',
    en: "Policy {code} ({name}) requires a school's teachers' share within [{min}, {max}] basis points; \"{who}\" has {value}.",
  },
  'revenue.inventorsOnlyForSchools': { 'zh-CN': '“{who}”不是学校：署名发明人只分享学校的教师部分。', en: '"{who}" is not a school: named inventors share a school\'s teachers\' part only.' },
  'revenue.duplicateInventor': { 'zh-CN': '发明人 {inventor} 在“{who}”下被重复列出。', en: 'Inventor {inventor} is listed twice for "{who}".' },
  'revenue.inventorSharesSum': {
    'zh-CN': '“{who}”的发明人分配比例之和须恰好为教师部分的 {full} 个基点，现为 {value}。',
    en: '"{who}"\'s inventors\' shares must sum to exactly {full} basis points of the teachers\' part, got {value}.',
  },
  'revenue.sharesSum': { 'zh-CN': '各当事方的分配比例之和须恰好为 {full} 个基点，现为 {value}。', en: "The parties' shares must sum to exactly {full} basis points, got {value}." },
  'revenue.deductionKindFormat': { 'zh-CN': '扣除项类型“{kind}”须由大写字母、数字和下划线组成（例如 PATENT_FEE）。', en: 'Deduction kind "{kind}" must be upper-case letters, digits and _ (e.g. PATENT_FEE).' },
  'revenue.deductionKindTwice': { 'zh-CN': '扣除项类型 {kind} 被重复声明；每种类型按扣除顺序只声明一次。', en: 'Deduction kind {kind} is declared twice; declare each kind once, in the order deductions apply.' },
  'revenue.unknownPolicy': { 'zh-CN': '没有收益分配政策 {code}。', en: 'There is no revenue policy {code}.' },
  'revenue.policyOfRegion': {
    'zh-CN': '联盟所在地区 {regionCode} 在{date}适用政策 {code}（{name}），而不是 {asked}：收益分配协议适用其联盟所在地区的政策。',
    en: "The alliance's region {regionCode} follows policy {code} ({name}) on {date}, not {asked}: an agreement follows the policy of its alliance's region.",
  },
  'revenue.noPolicyAsked': {
    'zh-CN': '联盟所在地区 {regionCode} 在{date}没有适用的收益分配政策；{asked} 不适用于该地区。',
    en: "No revenue policy covers the alliance's region {regionCode} on {date}; {asked} does not apply there.",
  },
  'revenue.noPolicyInForce': {
    'zh-CN': '联盟所在地区 {regionCode} 在{date}没有适用的收益分配政策；须先由该地区的资助方（或平台管理员）制定。',
    en: "No revenue policy covers the alliance's region {regionCode} on {date}; the region's funder (or a platform admin) must create one first.",
  },
  'revenue.untilBeforeFrom': { 'zh-CN': '失效日期 {until}早于生效日期 {from}。', en: 'validUntil {until} is before validFrom {from}.' },
  'revenue.bpRange': { 'zh-CN': '{field} 须为 0 到 {max} 之间的整数基点。', en: '{field} must be whole basis points from 0 to {max}.' },
  'revenue.maxBelowMin': { 'zh-CN': '教师分配比例上限 {max} 低于下限 {min}。', en: 'maxTeacherShareBp {max} is below minTeacherShareBp {min}.' },
  'revenue.versionOrder': {
    'zh-CN': '新版本须在第 {version} 版（自 {from}起有效）之后生效；收到的是 {value}。',
    en: 'A new version must take effect after version {version} (valid from {from}); got {value}.',
  },
  'revenue.closeDate': {
    'zh-CN': '失效日期须不早于 {from}（第 {version} 版生效之日）；收到的是 {value}。',
    en: 'validUntil must be a date on or after {from} (when version {version} takes effect); got {value}.',
  },
  'revenue.outputsNeedProject': { 'zh-CN': 'outputIds 指向项目成果：请同时填写 projectId。', en: "outputIds name a project's outputs: give the projectId too." },
  'revenue.projectOtherAlliance': { 'zh-CN': '该项目属于另一个联盟。', en: 'The project belongs to another alliance.' },
  'revenue.unknownOutputs': { 'zh-CN': '{outputs} 不是该项目的成果。', en: 'Outputs {outputs} are not outputs of the project.' },
  'revenue.amendmentOrder': {
    'zh-CN': '协议变更须在第 {version} 版（{from}生效）之后生效；收到的是 {value}。',
    en: 'An amendment must take effect after version {version} (effective {from}); got {value}.',
  },
  'revenue.revenueAlreadyRecorded': {
    'zh-CN': '{date}收到的收益已按本协议分配；协议变更须在该日期之后生效。',
    en: 'Revenue received on {date} is already split under this agreement; an amendment must take effect after that date.',
  },
  'revenue.reversalPrefixReserved': { 'zh-CN': '以 {prefix} 开头的外部编号保留给冲销记录使用。', en: 'External references starting with {prefix} are reserved for reversals.' },
  'revenue.noVersionInForce': {
    'zh-CN': '{date}没有生效的协议版本（第 1 版自 {first}起生效）。',
    en: 'No version of the agreement is in force on {date} (version 1 takes effect {first}).',
  },
  'revenue.undeclaredDeduction': {
    'zh-CN': '扣除项类型 {kind} 未在协议第 {version} 版中声明（已声明的类型依次为：{any, select, yes {{declared}} other {无}}）。',
    en: 'Deduction kind {kind} is not declared by version {version} of the agreement (declared, in order: {any, select, yes {{declared}} other {none}}).',
  },
  'revenue.deductionsExceedGross': {
    'zh-CN': '扣除额超过总收入：按声明顺序扣除 {kind} 后，净额将低于零 {short}。',
    en: 'The deductions exceed the gross: applying {kind} (in the declared order) leaves the net {short} below zero.',
  },
  'revenue.reversalOfReversal': { 'zh-CN': '该记录本身就是冲销记录；请改为重新登记收益。', en: 'This event is itself a reversal; record the revenue again instead.' },
  'revenue.reversedBeforeReceived': { 'zh-CN': '冲销日期 {reversedOn}早于收益到账日期（{receivedOn}）。', en: 'reversedOn {reversedOn} is before the revenue was received ({receivedOn}).' },
  'revenue.fromAfterTo': { 'zh-CN': '起始日期 {from}晚于截止日期 {to}。', en: 'from {from} is after to {to}.' },
  'revenue.concurrentAgreementChange': { 'zh-CN': '该协议刚被他人同时修改，请重试。', en: 'The agreement was changed by someone else at the same time; try again.' },
  'revenue.ownerAmends': { 'zh-CN': '只有协议所属单位的管理员可以变更协议。', en: "Only the agreement owner's admins may amend it." },
  'revenue.whoChangesPolicy': {
    'zh-CN': '只有辖区覆盖 {regionCode} 的资助方或平台管理员可以修改该地区的收益分配政策。',
    en: "Only a funder whose region covers {regionCode}, or a platform admin, may change that region's revenue policy.",
  },
  'revenue.concurrentPolicyChange': { 'zh-CN': '该政策刚被他人同时修改，请重试。', en: 'The policy was changed by someone else at the same time; try again.' },
  'revenue.partyNotMember': { 'zh-CN': '“{name}”在{date}不是联盟的有效成员单位；每个当事方都必须是。', en: '"{name}" is not an active member of the alliance on {date}; every party must be.' },
  'revenue.whoMakesAgreements': {
    'zh-CN': '只有{owner, select, PROJECT_LEAD {项目牵头单位} other {联盟牵头单位}}的管理员可以订立其收益分配协议。',
    en: "Only the {owner, select, PROJECT_LEAD {project lead's} other {alliance lead's}} admins may make its revenue agreements.",
  },
  'revenue.policyCodeFormat': {
    'zh-CN': '政策代码须为 2–40 个大写字母、数字、“_”或“-”，并以字母开头（例如 LIUZHOU）；收到的是“{value}”。',
    en: 'code must be 2–40 upper-case letters, digits, _ or -, starting with a letter (e.g. LIUZHOU); got "{value}".',
  },
  'revenue.whoCreatesPolicy': {
    'zh-CN': '只有辖区覆盖 {regionCode} 的资助方或平台管理员可以制定该地区的收益分配政策。',
    en: "Only a funder whose region covers {regionCode}, or a platform admin, may create that region's revenue policy.",
  },
  'revenue.regionHasPolicy': { 'zh-CN': '地区 {regionCode} 已有收益分配政策 {code}；请对其进行修订。', en: 'Region {regionCode} already has its revenue policy {code}; amend it instead.' },
  'revenue.policyCodeTaken': { 'zh-CN': '代码为 {code} 的收益分配政策已存在。', en: 'A revenue policy with code {code} already exists.' },
  'revenue.referenceReused': { 'zh-CN': '外部编号 {reference} 已登记过不同的金额。', en: 'Reference {reference} is already recorded with other figures.' },
  'revenue.agreementBusy': { 'zh-CN': '该协议正被他人同时修改，请重试。', en: 'The agreement is being changed by others at the same time; try again.' },
  'revenue.ownerRecords': { 'zh-CN': '只有协议所属单位的管理员可以在其台账中登记收益。', en: "Only the agreement owner's admins may record revenue in its ledger." },
  'revenue.ownerReverses': { 'zh-CN': '只有协议所属单位的管理员可以在其台账中冲销收益。', en: "Only the agreement owner's admins may reverse revenue in its ledger." },
  'revenue.alreadyReversed': { 'zh-CN': '该记录已被冲销。', en: 'This event has already been reversed.' },
  'revenue.whoReadsStatement': {
    'zh-CN': '只有本单位管理员、辖区覆盖本单位的资助方或平台管理员可以查看其收益分配对账单。',
    en: "Only the organization's admins, a funder over its region or a platform admin may read its revenue statement.",
  },
  'revenue.whoReadsAgreement': {
    'zh-CN': '只有协议所属单位、各当事方的管理员或辖区覆盖该协议的资助方可以查看该协议。',
    en: "Only the agreement's owner, its parties' admins or a funder over its region may read it.",
  },
  'revenue.whoListsAgreements': {
    'zh-CN': '只有本单位管理员、辖区覆盖本单位的资助方或平台管理员可以列出其收益分配协议。',
    en: "Only the organization's admins, a funder over its region or a platform admin may list its revenue agreements.",
  },
} satisfies MessageCatalog;
