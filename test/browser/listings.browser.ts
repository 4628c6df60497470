/**
 * The information service platform in a real browser (Debian's Chromium via playwright-core), against the platform as
 * `npm start` runs it with its demo data: the issue's "Done when" path in Chinese — a firm publishes an internship
 * demand, a school finds it by a segmented query, publishes its own supply and sees the demand recommended with
 * reasons, expresses interest; the firm accepts and (once issue 15's cooperation service is merged) turns the match
 * into an agreement draft; a member registers for the demo matchmaking event (30 seats). The 45-for-30 race itself
 * runs on the bus with two replicas (test/integration/matchmaking-races.spec.ts). On the run's shared demo
 * platform (test/helpers/browser.ts); screenshots go to a temp dir.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openConsole, screenshot, type ConsoleBrowser } from '../helpers/browser.js';

const TITLE = `五菱宝骏基地招聘数控技术专业顶岗实习生 ${Date.now() % 10_000} 批`;

let c: ConsoleBrowser;
/** The suite, registered by test/browser/console.spec.ts (one file: one worker, one demo platform for all suites). */
export default function listingsSuite(): void {
  beforeAll(async () => {
    c = await openConsole();
  }, 300_000);
  afterAll(async () => c?.stop(), 60_000);

  /** A page signed in as the identity, on the information service platform's screen. */
  async function signedIn(prefix: string): Promise<Page> {
    const page = await c.newPage({ height: 900 });
    await c.signIn(page, prefix, '/member/platform');
    await page.getByRole('tab', { name: '找需求 / 找资源' }).waitFor();
    return page;
  }

  describe('the information service platform in the console (zh-CN)', () => {
    let firm: Page;
    let school: Page;

    it('a firm publishes an internship demand in Chinese', async () => {
      firm = await signedIn('Enterprise admin');
      await firm.getByRole('tab', { name: '发布信息' }).click();
      await firm.getByLabel('标题').fill(TITLE);
      await firm.getByLabel('详细说明').fill('数控加工车间顶岗实习，岗位为数控车床操作与加工中心编程，实习期六个月，包食宿。');
      await firm.getByLabel('专业', { exact: true }).fill('数控技术');
      await firm.getByLabel('专业代码').fill('460103');
      await firm.getByLabel('人数').fill('20');
      await firm.getByRole('button', { name: '发 布' }).or(firm.getByRole('button', { name: '发布', exact: true })).click();
      await firm.getByRole('tab', { name: '我的发布', selected: true }).waitFor();
      await (firm.getByRole('cell', { name: TITLE })).waitFor();
      await screenshot(firm, 'listings-firm-published');
    }, 60_000);

    it('a school finds it by a segmented query, with facets', async () => {
      school = await signedIn('Member school admin');
      await school.getByLabel('关键词').fill('数控技术专业实习生');
      await school.getByRole('button', { name: '搜索' }).or(school.getByRole('button', { name: '搜 索' })).click();
      const hit = school.locator('.listing-hit', { hasText: TITLE });
      await hit.waitFor();
      expect(await school.locator('.result-count').innerText()).toMatch(/^共 \d+ 条$/);
      await (school.getByText('分词：')).waitFor();
      await (school.locator('.facet').first()).waitFor();
      await screenshot(school, 'listings-school-search');
    }, 60_000);

    it('the school sees the demand recommended for its own supply, with reasons in words', async () => {
      await school.getByRole('tab', { name: '发布信息' }).click();
      // antd's Select: the selected item covers the input, so the selector is what takes the click.
      await school.locator('.ant-form-item', { hasText: '信息类型' }).locator('.ant-select-selector').click();
      await school.locator('.ant-select-item-option', { hasText: '人才供给' }).click();
      await school.getByLabel('标题').fill('2026 届数控技术专业毕业生 40 人（可顶岗实习）');
      await school.getByLabel('详细说明').fill('数控技术专业应届毕业生 40 人，可安排顶岗实习与就业推荐。');
      await school.getByLabel('专业', { exact: true }).fill('数控技术');
      await school.getByLabel('专业代码').fill('460103');
      await school.getByLabel('人数').fill('40');
      await school.getByRole('button', { name: '发 布' }).or(school.getByRole('button', { name: '发布', exact: true })).click();
      await school.getByRole('tab', { name: '我的发布', selected: true }).waitFor();
      await school.getByRole('cell', { name: '2026 届数控技术专业毕业生 40 人（可顶岗实习）' }).click();
      const rec = school.locator('.recommendation').first();
      await rec.waitFor();
      await (school.locator('.recommendations .reason', { hasText: '专业对口：数控技术' }).first()).waitFor();
      await screenshot(school, 'listings-school-recommendations');
    }, 60_000);

    it('the school expresses interest; the firm accepts', async () => {
      await school.getByRole('tab', { name: '找需求 / 找资源' }).click();
      await school.getByLabel('关键词').fill(TITLE);
      await school.getByRole('button', { name: '搜索' }).or(school.getByRole('button', { name: '搜 索' })).click();
      await school.getByRole('button', { name: `表达合作意向: ${TITLE}` }).click();
      await school.getByLabel('意向说明').fill('我院数控技术专业可安排 20 名学生参加顶岗实习。');
      await school.getByRole('button', { name: 'OK' }).or(school.getByRole('button', { name: '确 定' })).click();
      await (school.getByText('意向已发送').first()).waitFor();

      await firm.reload();
      await firm.getByRole('tab', { name: '我的发布' }).click();
      await firm.getByRole('cell', { name: TITLE }).click();
      await firm.getByRole('button', { name: /^接受: / }).click();
      await (firm.locator('.interest').getByText('已接受')).waitFor();
      await (firm.getByRole('row', { name: new RegExp(TITLE) }).getByText('已对接')).waitFor();
      await screenshot(firm, 'listings-firm-accepted');
    }, 60_000);

    it('the match becomes a cooperation agreement draft in one step', async () => {
      await firm.getByRole('button', { name: '转为合作协议草案' }).click();
      await firm.locator('.conversion', { hasText: '已转为合作协议' }).waitFor();
    }, 60_000);

    it('a member registers for the demo matchmaking event (30 seats)', async () => {
      await firm.getByRole('tab', { name: '对接活动' }).click();
      const row = firm.getByRole('row', { name: /新能源汽车专场/ });
      await row.waitFor();
      const before = Number(await row.locator('.seats-left').innerText());
      await row.getByRole('button', { name: /^报名: / }).click();
      await (row.getByText('已报名')).waitFor();
      await expect.poll(async () => Number(await row.locator('.seats-left').innerText()), { timeout: 10_000 }).toBe(before - 1);
      await screenshot(firm, 'listings-events');
    }, 60_000);
  });
}
