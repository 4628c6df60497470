/** zh-CN and English texts of the evaluation service's refusals (infra/messages.ts). */
import type { MessageCatalog } from '../../infra/messages.js';

export const messages = {
  'evaluation.weightsSum': { 'zh-CN': '各指标权重须为正数且合计为 100（当前合计 {sum}），指标键不得重复。', en: 'Weights must be positive and sum to 100 (they sum to {sum}); keys must be distinct.' },
  'evaluation.runExists': { 'zh-CN': '该指标体系 {year} 年度的评价已存在。', en: 'The {year} evaluation of this indicator system exists already.' },
  'evaluation.published': { 'zh-CN': '评价结果已公布，不能再修改。', en: 'The evaluation is published and can no longer change.' },
  'evaluation.notAwarded': { 'zh-CN': '该申请没有已批准的奖补。', en: 'The application has no approved award.' },
  'evaluation.overpaid': { 'zh-CN': '拨付合计将超过奖补金额。', en: 'Payments would exceed the award.' },
  'evaluation.overspent': { 'zh-CN': '支出报告金额超过已拨付金额。', en: 'The spending report exceeds what was paid.' },
  'evaluation.pilotCityExists': { 'zh-CN': '该城市已登记为试点城市。', en: 'The city is already a pilot city.' },
} satisfies MessageCatalog;
