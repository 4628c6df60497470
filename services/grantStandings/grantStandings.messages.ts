import type { MessageCatalog } from '../../infra/messages.js';

/** The grantStandings service's messages (infra/messages.ts): zh-CN first, English second. */
export const messages = {
  'grantStandings.whoReads': { 'zh-CN': '只有资助方（政府部门）和平台管理员可以查看资助资格概览。', en: 'Only funders (of a government) and platform admins may read grant standings.' },
  'grantStandings.programOutsideRegion': {
    'zh-CN': '该资助项目适用于地区 {programRegionCode}，不在资助方所辖地区 {regionCode} 内。',
    en: "That program applies to region {programRegionCode}, outside the funder's region {regionCode}.",
  },
  'grantStandings.platformRebuilds': { 'zh-CN': '只有平台管理员可以重建资助资格概览。', en: 'Only a platform admin may rebuild grant standings.' },
} satisfies MessageCatalog;
