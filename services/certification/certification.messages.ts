/** zh-CN and English texts of the certification service's refusals (infra/messages.ts). */
import type { MessageCatalog } from '../../infra/messages.js';

export const messages = {
  'certification.precheckFailed': { 'zh-CN': '申报未满足项目的 {count} 项基本条件：{kinds}。', en: 'The declaration does not meet {count} of the program’s basic conditions: {kinds}.' },
  'certification.wrongStatus': { 'zh-CN': '申报当前状态为 {status}，{step} 需要状态为 {allowed}。', en: 'The declaration is {status}; {step} needs it {allowed}.' },
  'certification.badScore': { 'zh-CN': '评分项“{key}”不是本项目的评分标准、重复或超出分值范围。', en: 'The score for “{key}” is not a criterion of the program, is repeated or is out of range.' },
  'certification.missingScores': { 'zh-CN': '缺少以下评分项：{keys}。', en: 'Scores are missing for {keys}.' },
  'certification.quorumNotMet': { 'zh-CN': '已收到有效评议 {counted} 份，需 {quorum} 份方可决定。', en: '{counted} of the {quorum} reviews needed are in.' },
  'certification.belowPassScore': { 'zh-CN': '平均分 {average} 低于通过分 {passScore}。', en: 'The average score {average} is below the pass score {passScore}.' },
  'certification.noticeRunning': { 'zh-CN': '公示期至 {noticeUntil} 结束，届满后方可入库。', en: 'The public notice runs until {noticeUntil}.' },
  'certification.objectionOpen': { 'zh-CN': '尚有 {open} 项异议未处理。', en: '{open} objection(s) are not resolved yet.' },
  'certification.outsideNotice': { 'zh-CN': '异议受理期为 {noticeFrom} 至 {noticeUntil}。', en: 'Objections are taken from {noticeFrom} to {noticeUntil}.' },
  'certification.notAReviewer': { 'zh-CN': '您不是该申报的评议专家。', en: 'You are not a reviewer of this declaration.' },
  'certification.alreadyReviewed': { 'zh-CN': '您已提交过对该申报的评议。', en: 'You have already reviewed this declaration.' },
  'certification.alreadyDecided': { 'zh-CN': '该申报已有决定。', en: 'This declaration has already been decided.' },
  'certification.notAnEnterprise': { 'zh-CN': '只有企业可以申报产教融合型企业。', en: 'Only an enterprise may declare.' },
  'certification.openDeclaration': { 'zh-CN': '该企业在本项目已有进行中的申报。', en: 'The enterprise already has an open declaration in this program.' },
  'certification.attachmentType': { 'zh-CN': '附件须为 PDF、PNG 或 JPEG 文件（识别为 {detected}）。', en: 'Attachments must be PDF, PNG or JPEG (detected: {detected}).' },
  'certification.attachmentSize': { 'zh-CN': '附件不得超过 {max} 字节（实际 {bytes} 字节）。', en: 'An attachment may be at most {max} bytes ({bytes} given).' },
  'certification.tooManyAttachments': { 'zh-CN': '每份申报最多 {max} 个附件。', en: 'At most {max} attachments per declaration.' },
  'certification.yearRecorded': { 'zh-CN': '{year} 年度已记录。', en: 'The year {year} is already recorded.' },
} satisfies MessageCatalog;
