/**
 * Issue 15's "Done when", as a new user would walk it in the console (Chinese): a school and a firm sign an agreement,
 * the school places 12 insured students, the firm confirms attendance (24 months of demo history already confirmed),
 * the funder decides the base's ¥100,000 claim and the apprenticeship subsidy claim (submitted by the seed), and the
 * alliance lead sees the agreement, internship and apprenticeship counts. On the run's shared demo platform
 * (test/helpers/browser.ts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, today } from '../../infra/dates.js';
import { openConsole, settled, type ConsoleBrowser } from '../helpers/browser.js';

let s: ConsoleBrowser;
const FIRM = '上汽通用五菱汽车股份有限公司';
const TITLE = `智能网联汽车实习基地合作协议 ${Date.now().toString(36)}`;
const DAY = today();

/** The suite, registered by test/browser/console.spec.ts (one file: one worker, one demo platform for all suites). */
export default function cooperationSuite(): void {
  beforeAll(async () => {
    s = await openConsole();
  }, 300_000);
  afterAll(async () => s?.stop(), 60_000);

  const row = (page: Page, text: string) => page.locator('tr', { hasText: text });
  /** Clicks an action once the screen has settled (a list reloading after the last action re-renders its rows). */
  async function act(page: Page, scope: ReturnType<Page['locator']>, name: string | RegExp): Promise<void> {
    await settled(page);
    await scope.getByRole('button', { name }).click();
    await settled(page);
    const errors = await page.locator('.action-error').allTextContents();
    expect(errors, `action "${String(name)}" was refused`).toEqual([]);
  }

  it('walks agreement → placement → attendance → claims → alliance figures in Chinese', async () => {
    // The school drafts and confirms.
    const school = await s.newPage();
    await s.signIn(school, 'Member school admin', '/member/cooperation');
    await school.getByRole('button', { name: '起草合作协议' }).click();
    const draft = school.getByRole('form', { name: '起草合作协议' });
    await draft.getByRole('combobox', { name: '合作单位' }).click();
    await draft.getByRole('combobox', { name: '合作单位' }).fill(FIRM.slice(0, 6));
    await school.locator('.ant-select-item-option', { hasText: FIRM }).first().click();
    await draft.getByLabel('协议名称').fill(TITLE);
    await draft.getByLabel('开始日期').fill(addDays(DAY, -30));
    await draft.getByLabel('结束日期').fill(addDays(DAY, 3 * 365));
    await act(school, draft, /^创\s?建$/);
    await act(school, row(school, TITLE), '确认协议');
    await expect.poll(() => row(school, TITLE).textContent(), { timeout: 20_000 }).toContain('本单位已确认');
    await s.capture(school, 'coop-01-school-agreements');

    // The firm confirms: the agreement is in force.
    const firm = await s.newPage();
    await s.signIn(firm, 'Enterprise admin', '/member/cooperation');
    await act(firm, row(firm, TITLE), '确认协议');
    await expect.poll(() => row(firm, TITLE).textContent(), { timeout: 20_000 }).toContain('生效中');

    // The school places 12 students with insurance covering the whole period.
    await s.go(school, '/member/cooperation');
    await school.getByRole('button', { name: '安排学生实习' }).click();
    const form = school.getByRole('form', { name: '安排学生实习' });
    await form.getByRole('combobox', { name: '所依据协议' }).click();
    await school.locator('.ant-select-item-option', { hasText: TITLE }).first().click();
    const from = DAY;
    const to = addDays(DAY, 90);
    await form.getByLabel('开始日期').fill(from);
    await form.getByLabel('结束日期').fill(to);
    const lines = Array.from({ length: 12 }, (_, i) => `B${Date.now().toString(36)}${i},学生${i + 1},智能网联汽车技术,2`).join('\n');
    await form.getByLabel(/学生名单/).fill(lines);
    await form.getByLabel('保险公司').fill('中国人民财产保险股份有限公司柳州市分公司');
    await form.getByLabel('保单号').fill('PICC-LZ-2026-0123');
    await form.getByLabel('保险起期').fill(from);
    await form.getByLabel('保险止期').fill(to);
    await form.getByLabel('企业实习导师').fill('覃建华');
    await act(school, form, /^创\s?建$/);
    await expect.poll(() => row(school, `${from} ~ ${to}`).textContent(), { timeout: 20_000 }).toContain('12');
    await s.capture(school, 'coop-02-school-placements');

    // The firm sees 24 confirmed months of the demo placement and confirms this month of the new one.
    await s.go(firm, '/member/cooperation');
    await expect.poll(async () => (await firm.locator('tr').allTextContents()).some((t) => t.includes('PICC-LZ-') && t.includes('24')), { timeout: 20_000 }).toBe(true);
    await act(firm, row(firm, `${from} ~ ${to}`), '确认本月考勤');
    await expect.poll(() => row(firm, `${from} ~ ${to}`).textContent(), { timeout: 20_000 }).toContain('已完成');
    await s.capture(firm, 'coop-03-firm-attendance');

    // The funder decides the two claims once each.
    const funder = await s.newPage();
    await s.signIn(funder, 'Funder', '/funder/applications');
    const baseRow = row(funder, '24 个月');
    await expect.poll(() => baseRow.textContent(), { timeout: 20_000 }).toContain('100,000.00');
    await baseRow.getByRole('textbox').fill('购置智能网联汽车实训设备');
    await act(funder, baseRow, `批准: ${FIRM} · 实习基地`);
    await expect.poll(() => baseRow.textContent(), { timeout: 20_000 }).toContain('已批准');
    const apprRow = row(funder, '新型学徒制培训补贴');
    await expect.poll(() => apprRow.textContent(), { timeout: 20_000 }).toContain('60,000.00');
    await act(funder, apprRow, `批准: ${FIRM} · 新型学徒制培训补贴`);
    await expect.poll(() => apprRow.textContent(), { timeout: 20_000 }).toContain('已批准');
    await s.capture(funder, 'coop-04-funder-claims');

    // The alliance lead sees the counts.
    const lead = await s.newPage();
    await s.signIn(lead, 'Alliance lead admin', '/lead/overview');
    const figures = lead.getByRole('region', { name: '校企合作统计' });
    await expect.poll(() => figures.textContent(), { timeout: 20_000 }).toContain('生效协议');
    const text = (await figures.textContent()) ?? '';
    expect(text).toContain('实习人次');
    expect(text).toContain('学徒人数');
    await s.capture(lead, 'coop-05-lead-figures');
  }, 240_000);
}
