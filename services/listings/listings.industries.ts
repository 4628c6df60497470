/**
 * GB/T 4754-2017 国民经济行业分类 (Industrial classification for national economic activities, as amended 2019):
 * the 20 sections (门类, a letter) and the divisions (大类, two digits) the platform's listings use, with their
 * Chinese names as the standard gives them. A listing names divisions as section letter + division ('C36'
 * 汽车制造业) or a section alone ('C' 制造业). This is a deliberately small table: the divisions of the industries
 * in our seeds' regions (manufacturing, IT, logistics, construction, health, tourism …); adding a row is a data
 * change, not a code change. Divisions are numbered within their section's range (C = 13–43), which
 * `sectionOf` relies on only through this table.
 */
export interface IndustryRow {
  code: string;
  name: string;
}

/** The 20 sections (门类) of GB/T 4754-2017. */
export const INDUSTRY_SECTIONS: readonly IndustryRow[] = [
  { code: 'A', name: '农、林、牧、渔业' },
  { code: 'B', name: '采矿业' },
  { code: 'C', name: '制造业' },
  { code: 'D', name: '电力、热力、燃气及水生产和供应业' },
  { code: 'E', name: '建筑业' },
  { code: 'F', name: '批发和零售业' },
  { code: 'G', name: '交通运输、仓储和邮政业' },
  { code: 'H', name: '住宿和餐饮业' },
  { code: 'I', name: '信息传输、软件和信息技术服务业' },
  { code: 'J', name: '金融业' },
  { code: 'K', name: '房地产业' },
  { code: 'L', name: '租赁和商务服务业' },
  { code: 'M', name: '科学研究和技术服务业' },
  { code: 'N', name: '水利、环境和公共设施管理业' },
  { code: 'O', name: '居民服务、修理和其他服务业' },
  { code: 'P', name: '教育' },
  { code: 'Q', name: '卫生和社会工作' },
  { code: 'R', name: '文化、体育和娱乐业' },
  { code: 'S', name: '公共管理、社会保障和社会组织' },
  { code: 'T', name: '国际组织' },
];

/** Divisions (大类) used by the platform, section letter + the standard's two-digit division code. */
export const INDUSTRY_DIVISIONS: readonly IndustryRow[] = [
  { code: 'A01', name: '农业' },
  { code: 'A03', name: '畜牧业' },
  { code: 'C13', name: '农副食品加工业' },
  { code: 'C14', name: '食品制造业' },
  { code: 'C15', name: '酒、饮料和精制茶制造业' },
  { code: 'C26', name: '化学原料和化学制品制造业' },
  { code: 'C27', name: '医药制造业' },
  { code: 'C29', name: '橡胶和塑料制品业' },
  { code: 'C31', name: '黑色金属冶炼和压延加工业' },
  { code: 'C33', name: '金属制品业' },
  { code: 'C34', name: '通用设备制造业' },
  { code: 'C35', name: '专用设备制造业' },
  { code: 'C36', name: '汽车制造业' },
  { code: 'C37', name: '铁路、船舶、航空航天和其他运输设备制造业' },
  { code: 'C38', name: '电气机械和器材制造业' },
  { code: 'C39', name: '计算机、通信和其他电子设备制造业' },
  { code: 'C40', name: '仪器仪表制造业' },
  { code: 'D44', name: '电力、热力生产和供应业' },
  { code: 'E47', name: '房屋建筑业' },
  { code: 'E48', name: '土木工程建筑业' },
  { code: 'F51', name: '批发业' },
  { code: 'F52', name: '零售业' },
  { code: 'G54', name: '道路运输业' },
  { code: 'G59', name: '装卸搬运和仓储业' },
  { code: 'H61', name: '住宿业' },
  { code: 'H62', name: '餐饮业' },
  { code: 'I63', name: '电信、广播电视和卫星传输服务' },
  { code: 'I64', name: '互联网和相关服务' },
  { code: 'I65', name: '软件和信息技术服务业' },
  { code: 'L72', name: '商务服务业' },
  { code: 'M73', name: '研究和试验发展' },
  { code: 'M74', name: '专业技术服务业' },
  { code: 'M75', name: '科技推广和应用服务业' },
  { code: 'N77', name: '生态保护和环境治理业' },
  { code: 'O81', name: '机动车、电子产品和日用产品修理业' },
  { code: 'P83', name: '教育' },
  { code: 'Q84', name: '卫生' },
  { code: 'Q85', name: '社会工作' },
  { code: 'R88', name: '文化艺术业' },
];

export const INDUSTRY_STANDARD = 'GB/T 4754-2017 国民经济行业分类（含 2019 年第 1 号修改单）';

const byCode = new Map<string, string>([...INDUSTRY_SECTIONS, ...INDUSTRY_DIVISIONS].map((r) => [r.code, r.name]));

/** The name of a section or division code, or null when the table does not hold it. */
export function industryName(code: string): string | null {
  return byCode.get(code) ?? null;
}

/** The section letter of a code ('C36' → 'C', 'C' → 'C'). */
export const sectionOf = (code: string): string => code.slice(0, 1);

/** Does the filter code (a section or a division) cover the listing's code? 'C' covers 'C36'; 'C36' covers only itself. */
export function industryCovers(filter: string, code: string): boolean {
  return filter.length === 1 ? sectionOf(code) === filter : filter === code;
}
