/** zh-CN and English texts of the evaluation service's refusals (infra/messages.ts); registered in infra/message-registry.ts. Money is `P.money` (fen). */
import type { MessageCatalog } from '../../infra/messages.js';

export const messages = {
  'evaluation.weightsSum': { 'zh-CN': '各指标权重须为正数且合计为 100（当前合计 {sum}），指标键不得重复。', en: 'Weights must be positive and sum to 100 (they sum to {sum}); keys must be distinct.' },
  'evaluation.runExists': { 'zh-CN': '该指标体系 {year} 年度的评价已存在。', en: 'The {year} evaluation of this indicator system exists already.' },
  'evaluation.published': { 'zh-CN': '评价结果已公布，不能再修改。', en: 'The evaluation is published and can no longer change.' },
  'evaluation.notAwarded': { 'zh-CN': '该申请没有已批准的奖补。', en: 'The application has no approved award.' },
  'evaluation.overpaid': { 'zh-CN': '拨付合计 {total} 将超过奖补金额 {award}（已拨付 {paid}）。', en: 'Payments would exceed the award: {total} > {award} ({paid} paid).' },
  'evaluation.overspent': { 'zh-CN': '支出报告金额 {total} 超过已拨付金额 {paid}。', en: 'The spending report ({total}) exceeds what was paid ({paid}).' },
  'evaluation.pilotCityExists': { 'zh-CN': '该城市已登记为试点城市。', en: 'The city is already a pilot city.' },
  'evaluation.funderRegion': { 'zh-CN': '只有所辖地区覆盖 {region} 的资助方可以进行此操作。', en: 'Only a funder whose region covers {region} may do this.' },
  'evaluation.systemNeedsFunder': { 'zh-CN': '指标体系属于资助方（政府部门）。', en: 'An indicator system belongs to a funder (a government organization).' },
  'evaluation.systemCodeTaken': { 'zh-CN': '该资助方已有代码为 {code} 的指标体系。', en: 'The funder already has an indicator system {code}.' },
  'evaluation.whoRuns': { 'zh-CN': '只有该指标体系的资助方可以开展评价。', en: "Only the indicator system's funder runs it." },
  'evaluation.whoChanges': { 'zh-CN': '只有该评价的资助方可以修改评价。', en: "Only the evaluation's funder changes it." },
  'evaluation.notEntered': { 'zh-CN': '“{key}”不是本指标体系中需填报的指标。', en: '{key} is not an entered indicator of this system.' },
  'evaluation.whoReadsUnpublished': { 'zh-CN': '只有覆盖该地区的资助方可以查看未公布的评价。', en: 'Only funders covering the region read an unpublished evaluation.' },
  'evaluation.whoPays': { 'zh-CN': '只有该项目的资助方可以登记拨付。', en: "Only the program's funder records payments." },
  'evaluation.concurrentPayment': { 'zh-CN': '该奖补同时有另一笔拨付登记，请重试。', en: 'Another payment on this award was recorded at the same time; try again.' },
  'evaluation.voucherRecorded': { 'zh-CN': '凭证 {voucherRef} 已在该奖补下登记。', en: 'Voucher {voucherRef} is already recorded for this award.' },
  'evaluation.whoReportsSpending': { 'zh-CN': '只有受助单位的管理员可以提交支出报告。', en: "Only the recipient's admins file its spending report." },
  'evaluation.reportFiled': { 'zh-CN': '该笔拨付的支出报告已提交。', en: 'A spending report is already filed for this payment.' },
  'evaluation.whoRecordsPilotCities': { 'zh-CN': '试点城市由上级省级部门登记。', en: 'Pilot cities are recorded by the province above them.' },
  'evaluation.whoSeesPilotCities': { 'zh-CN': '只有资助方可以查看试点城市。', en: 'Only funders see pilot cities.' },
} satisfies MessageCatalog;
