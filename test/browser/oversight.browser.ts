/**
 * Issue 17 in a real browser (Debian's Chromium, playwright-core) against the platform as `npm start` starts it
 * with the demo seed's oversight history (app/seeds/oversight.ts): the public notice page without sign-in, the
 * funder's 产教融合型企业 desk, the certified enterprise's levy credit, the banned enterprise's refused declaration,
 * the evaluation ranking and the provincial funder's pilot-city progress — all in Chinese, on the run's shared demo platform
 * (test/helpers/browser.ts). Screenshots go to a temp dir.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../../infra/auth.js';
import { openConsole, settled, shanghaiDate, type ConsoleBrowser } from '../helpers/browser.js';

let c: ConsoleBrowser;
/** The suite, registered by test/browser/console.spec.ts (one file: one worker, one demo platform for all suites). */
export default function oversightSuite(): void {
  beforeAll(async () => {
    c = await openConsole();
  }, 300_000);
  afterAll(async () => c?.stop(), 60_000);

  describe('oversight (issue 17) in the console, in Chinese', () => {
    it('shows the public notice and the certified catalogue without sign-in', async () => {
      const page = await c.newPage();
      await page.goto(`${c.base}/public`);
      await page.getByRole('heading', { name: '公示公告（无需登录）' }).waitFor();
      await settled(page);
      const notice = page.getByRole('region', { name: '产教融合型企业公示' });
      await expect(notice.getByText('广西柳工机械股份有限公司')).toBeTruthy();
      await notice.getByText('广西柳工机械股份有限公司').waitFor();
      await page.getByRole('region', { name: '产教融合型企业认证目录' }).getByText('上汽通用五菱汽车股份有限公司').waitFor();
      expect(await page.content()).not.toContain('0772-2650000');
      await c.capture(page, 'oversight-public');
    });

    it('a new declaration walks through the console: declare, attach, submit; the funder assigns three experts who score; the funder decides; the notice is public', async () => {
      const firm = await c.newPage();
      await c.signIn(firm, 'Enterprise admin (东风柳州汽车', '/enterprise');
      await settled(firm);
      await firm.getByRole('combobox', { name: '项目' }).click();
      await firm.getByTitle('柳州市产教融合型企业建设培育').click();
      await firm.getByRole('textbox', { name: '所属行业' }).fill('汽车船舶');
      await firm.getByRole('spinbutton', { name: '职工人数' }).fill('6800');
      await firm.getByRole('textbox', { name: '联系人' }).fill('黄工');
      await firm.getByRole('textbox', { name: '联系电话' }).fill('0772-3750000');
      await firm.getByRole('textbox', { name: '主营业务' }).fill('商用车、乘用车整车制造');
      await firm.getByRole('textbox', { name: '校企合作情况' }).fill('与柳州职业技术大学共建订单班');
      await firm.getByRole('button', { name: '提交申报' }).click();
      const mine = firm.getByRole('region', { name: '申报列表' });
      await mine.locator('[data-status=DRAFT]').waitFor();
      await firm.getByLabel('支撑材料（PDF/PNG/JPEG，≤512KB）').setInputFiles({ name: '申报表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
      await mine.getByText('申报表.pdf').waitFor();
      await firm.getByRole('button', { name: '提交平台预审' }).click();
      await mine.locator('[data-status=SUBMITTED]').waitFor();
      await c.capture(firm, 'oversight-enterprise-declared');

      const funder = await c.newPage();
      await c.signIn(funder, 'Funder', '/oversight/declarations');
      await settled(funder);
      const row = funder.locator('tr', { hasText: '东风柳州汽车有限公司' }).first();
      // The experts are plain members of the funder's organization here (as in app/seeds/oversight.ts): a reviewer
      // is a user of an organization, so the funder names both.
      const funderOrg = (JSON.parse(Buffer.from(c.identity('Funder').token.split('.')[1], 'base64url').toString()) as { org: string }).org;
      await row.getByRole('textbox', { name: '专家所在单位 ID' }).fill(funderOrg);
      await row.getByRole('textbox', { name: '专家账号（逗号分隔）' }).fill('expert-a,expert-b,expert-c');
      await row.getByRole('button', { name: '指派评议专家' }).click();
      await row.locator('[data-status=UNDER_REVIEW]').waitFor();
      // The three experts score in their 评审任务 screen (signed in with a token the identity provider would issue).
      for (const [i, sub] of ['expert-a', 'expert-b', 'expert-c'].entries()) {
        const token = await mintToken({ sub, org: funderOrg, roles: ['ORG_MEMBER'], expiresIn: '10m' });
        const expert = await c.newPage();
        await expert.goto(`${c.base}/reviews#access_token=${token}`);
        await expert.locator('.app-header .who').waitFor();
        await settled(expert);
        const card = expert.getByRole('region', { name: '评审任务: 东风柳州汽车有限公司' });
        await card.getByText('与柳州职业技术大学共建订单班').waitFor();
        // Keyboard: the first score field is reached with Tab and typed into.
        const first = card.getByRole('spinbutton', { name: /得分（满分/ }).first();
        await first.focus();
        await expert.keyboard.type(String(30 + i));
        const rest = card.getByRole('spinbutton', { name: /得分（满分/ });
        await rest.nth(1).fill('22');
        await rest.nth(2).fill('21');
        await card.getByText(`合计：${73 + i} /`).waitFor();
        await card.getByRole('button', { name: '提交评分: 东风柳州汽车有限公司' }).click();
        const dialog = expert.getByRole('dialog', { name: '提交评分: 东风柳州汽车有限公司' });
        await dialog.getByText(`合计 ${73 + i} 分`).waitFor();
        await dialog.getByRole('textbox').fill('合作基础扎实');
        if (i === 0) await c.capture(expert, 'oversight-expert-review-dialog');
        await dialog.getByRole('button', { name: '确认' }).click();
        await card.getByTestId('my-review').getByText(`合计：${73 + i} /`).waitFor();
        if (i === 0) await c.capture(expert, 'oversight-expert-review-submitted');
      }
      await funder.reload();
      await settled(funder);
      await funder.locator('tr', { hasText: '东风柳州汽车有限公司' }).first().getByRole('button', { name: '评议通过，进入公示' }).click();
      await funder.locator('tr', { hasText: '东风柳州汽车有限公司' }).first().locator('[data-status=IN_NOTICE]').waitFor();
      const pub = await c.newPage();
      await pub.goto(`${c.base}/public`);
      await pub.getByRole('region', { name: '产教融合型企业公示' }).getByText('东风柳州汽车有限公司').waitFor();
    });

    it('the demo review expert sees its assignments and the reviews it submitted (评审任务)', async () => {
      const page = await c.newPage();
      await c.signIn(page, 'Review expert', '/reviews');
      await settled(page);
      const card = page.getByRole('region', { name: '评审任务: 上汽通用五菱汽车股份有限公司' });
      await card.getByTestId('my-review').getByText('合计：83 / 100').waitFor();
      await c.capture(page, 'oversight-expert-assignments');
    });

    it('the city funder sees the declarations with their steps and the evaluation ranking', async () => {
      const page = await c.newPage();
      await c.signIn(page, 'Funder', '/oversight/declarations');
      await settled(page);
      const table = page.getByRole('region', { name: '申报列表' });
      await table.getByText('上汽通用五菱汽车股份有限公司').waitFor();
      await table.locator('[data-status=CERTIFIED]').first().waitFor();
      await table.locator('[data-status=IN_NOTICE]').first().waitFor();
      await table.locator('[data-status=REJECTED]').first().waitFor();
      await c.capture(page, 'oversight-funder-declarations');
      await c.go(page, '/oversight/evaluation');
      await settled(page);
      const first = page.locator('tr', { hasText: '柳州汽车产业产教联盟' }).first();
      await first.waitFor();
      expect(await first.locator('td').first().innerText()).toBe('1');
      await c.capture(page, 'oversight-funder-evaluation');
    });

    it('the certified enterprise sees its levy credit: ¥300,000.00 credit, ¥180,000.00 offset, ¥120,000.00 carried', async () => {
      const page = await c.newPage();
      await c.signIn(page, 'Enterprise admin (上汽通用五菱', '/enterprise');
      await settled(page);
      const levy = page.getByRole('region', { name: '教育费附加抵免' });
      const row = levy.locator('tr', { hasText: '2026' });
      await row.waitFor();
      const text = await row.innerText();
      expect(text).toContain('¥1000000.00');
      expect(text).toContain('¥300000.00');
      expect(text).toContain('¥180000.00');
      expect(text).toContain('¥120000.00');
      await c.capture(page, 'oversight-enterprise-levy');
    });

    it('the enterprise found to have filed false information is refused with the ban\'s dates', async () => {
      const page = await c.newPage();
      await c.signIn(page, 'Enterprise admin (柳州恒达机电', '/enterprise');
      await settled(page);
      await page.getByRole('combobox', { name: '项目' }).click();
      await page.getByTitle('柳州市产教融合型企业建设培育').click();
      await page.getByRole('textbox', { name: '所属行业' }).fill('智能制造');
      await page.getByRole('spinbutton', { name: '职工人数' }).fill('1500');
      await page.getByRole('textbox', { name: '联系人' }).fill('李经理');
      await page.getByRole('textbox', { name: '联系电话' }).fill('0772-3333333');
      await page.getByRole('textbox', { name: '主营业务' }).fill('医药流通');
      await page.getByRole('textbox', { name: '校企合作情况' }).fill('再次申报');
      await page.getByRole('button', { name: '提交申报' }).click();
      const alert = page.getByRole('alert').filter({ hasText: '已被取消申报资格' });
      await alert.waitFor();
      const today = shanghaiDate();
      const [y, m, d] = today.split('-').map(Number);
      const until = new Date(Date.UTC(y + 5, m - 1, d - 1)).toISOString().slice(0, 10);
      expect(await alert.innerText()).toContain(`${today} 至 ${until}`);
      await c.capture(page, 'oversight-banned');
    });

    it('the provincial funder sees the pilot city against 2 industries / 20 enterprises / 3 bases, overdue items flagged', async () => {
      const page = await c.newPage();
      await c.signIn(page, 'Provincial funder', '/oversight/pilot-cities');
      await settled(page);
      const city = page.getByRole('region', { name: '柳州市（450200）' });
      await city.waitFor();
      const row = (kind: string) => city.locator('tr', { hasText: kind }).first();
      expect(await row('产教融合型行业').innerText()).toMatch(/2\s+1/);
      expect(await row('省级产教融合型企业').innerText()).toMatch(/20\s+1/);
      expect(await row('高水平实训基地').innerText()).toMatch(/3\s+1/);
      await city.getByText('已逾期').first().waitFor();
      await c.capture(page, 'oversight-pilot-cities');
    });
  });
}
