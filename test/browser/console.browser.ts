/**
 * The web console in a real browser: Debian's Chromium driven by playwright-core against the platform started
 * as `npm start` starts it (its own process, demo data seeded, console served at /), shared by the run's browser
 * specs (test/helpers/browser.ts). Never skipped: without /usr/bin/chromium the run fails and says how to install it.
 * Screenshots of every screen go outside the source tree: to $CONSOLE_SCREENSHOTS_DIR, else
 * <os tmpdir>/console-screenshots/ (their paths are printed).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextMondayShanghai, openConsole, settled, type ConsoleBrowser } from '../helpers/browser.js';

const ALLIANCE = '柳州汽车产业产教联盟';
const PROGRAM_CODE = 'LZ-CJRH-ALLIANCE';
const PROGRAM_NAME = '柳州市产教融合联盟奖补';
const TENTH_ENTERPRISE = '柳州赛克科技发展有限公司';

let c: ConsoleBrowser;
/** The suite, registered by test/browser/console.spec.ts (one file: one worker, one demo platform for all suites). */
export default function consoleSuite(): void {
  beforeAll(async () => {
    c = await openConsole();
  }, 300_000);
  afterAll(async () => c?.stop(), 60_000);

  describe('the web console served by the gateway', () => {
    it('serves the built SPA at / and deep links, hashed assets immutable, and never shadows the API routes', async () => {
      const index = await fetch(`${c.base}/`);
      expect(index.status).toBe(200);
      expect(index.headers.get('content-type')).toMatch(/^text\/html/);
      expect(index.headers.get('cache-control')).toBe('no-cache');
      const html = await index.text();
      const asset = /\/assets\/[^"]+\.js/.exec(html)?.[0];
      expect(asset).toBeTruthy();
      const deep = await fetch(`${c.base}/funder/standings`);
      expect(deep.status).toBe(200);
      expect(await deep.text()).toBe(html);
      const js = await fetch(`${c.base}${asset}`);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(js.headers.get('cache-control')).toContain('immutable');
      expect((await fetch(`${c.base}/assets/missing-0000.js`)).status).toBe(404);
      expect((await fetch(`${c.base}/assets/../../package.json`)).status).not.toBe(200);
      expect(await (await fetch(`${c.base}/healthz`)).json()).toEqual({ status: 'ok' });
      const gql = await fetch(`${c.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) });
      expect(gql.headers.get('content-type')).toMatch(/json/);
      expect(await gql.json()).toEqual({ data: { me: null } });
      const csv = await fetch(`${c.base}/exports/revenue-statement.csv?organizationId=x&from=2025-01-01&to=2025-12-31`);
      expect(csv.status).toBe(401);
      const ics = await fetch(`${c.base}/calendar/bases/000000000000000000000000.ics`);
      // The calendar route answers its own coded error (the one error mapping of /graphql, /calendar and /exports), not the SPA.
      expect(ics.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await ics.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(c.identities.length).toBeGreaterThanOrEqual(5);
    });

    it('signs in with a demo identity by keyboard, switches to English and back, and signs out', async () => {
      const page = await c.newPage();
      await page.goto(`${c.base}/`);
      await page.getByRole('heading', { name: '登录控制台' }).waitFor();
      await c.capture(page, '01-sign-in');
      const lead = c.identity('Alliance lead admin');
      const target = `登录: ${lead.label}`;
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate((name) => document.activeElement?.getAttribute('aria-label') === name, target);
      }
      expect(reached, 'the identity button is reachable with Tab').toBe(true);
      await page.keyboard.press('Enter');
      await page.getByText('联盟概况').first().waitFor();
      await page.getByRole('button', { name: /English/ }).click();
      await page.getByText('Sign out').waitFor();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.getByRole('button', { name: /中文/ }).click();
      await page.getByText('退出登录').click();
      await page.getByRole('heading', { name: '登录控制台' }).waitFor();
    });

    it('a funder sees the demo alliance become eligible after the lead approves the tenth enterprise, and approves its application', async () => {
      const funder = await c.newPage();
      await c.signIn(funder, 'Funder', '/funder/standings');
      const cell = funder.locator(`[data-standing="${ALLIANCE}|${PROGRAM_CODE}"]`);
      await expect.poll(() => cell.getAttribute('data-eligible'), { timeout: 20_000 }).toBe('false');
      await expect.poll(() => cell.innerText()).toContain('还差 1 家企业');
      await c.capture(funder, '02-funder-standings-before');

      const lead = await c.newPage();
      await c.signIn(lead, 'Alliance lead admin', '/lead/overview');
      await lead.locator('[data-stat=enterprises] .value').waitFor();
      expect(await lead.locator('[data-stat=enterprises] .value').innerText()).toBe('9');
      await lead.locator('.chart canvas').waitFor();
      await c.capture(lead, '03-lead-overview');

      await c.go(lead, '/lead/grants');
      const eligibility = lead.locator(`[data-testid="eligibility-${PROGRAM_CODE}"]`);
      await eligibility.waitFor();
      expect(await eligibility.locator('[data-eligible]').getAttribute('data-eligible')).toBe('false');
      expect(await eligibility.locator('[data-testid=shortfall]').innerText()).toContain('还差 1 家企业');
      expect(await eligibility.getByRole('button', { name: /^提交申请/ }).count()).toBe(0);

      await c.go(lead, '/lead/applications');
      const approve = lead.getByRole('button', { name: `批准: ${TENTH_ENTERPRISE}` });
      await approve.waitFor();
      await c.capture(lead, '04-lead-applications');
      await approve.click();
      await lead.getByText('没有待处理的申请。').waitFor();

      await c.go(lead, '/lead/members');
      await lead.getByRole('button', { name: '发送邀请' }).waitFor();
      await c.capture(lead, '05-lead-members');

      await c.go(lead, '/lead/grants');
      await expect.poll(() => eligibility.locator('[data-eligible]').getAttribute('data-eligible'), { timeout: 20_000 }).toBe('true');
      // Submitting is consequential: a dialog says what will happen before anything is sent.
      await eligibility.getByRole('button', { name: `提交申请: ${PROGRAM_NAME}` }).click();
      const submitDialog = lead.getByRole('dialog');
      expect(await submitDialog.locator('[data-testid=consequence]').innerText()).toContain('不能撤回');
      await submitDialog.getByRole('button', { name: /确\s*认/ }).click();
      await expect.poll(() => lead.locator('[data-testid=application-status]').innerText(), { timeout: 20_000 }).toBe('已提交');
      await c.capture(lead, '06-lead-grants');

      // The standings are a projection updated from membership events: the funder's screen catches up.
      await expect
        .poll(
          async () => {
            await c.go(funder, '/funder/standings');
            await cell.waitFor();
            return cell.getAttribute('data-eligible');
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .toBe('true');
      await c.capture(funder, '07-funder-standings-after');

      await funder.getByRole('button', { name: `资格报告: ${ALLIANCE} · ${PROGRAM_NAME}` }).click();
      const report = funder.locator('[data-testid=report]');
      await report.waitFor();
      expect(await report.locator('[data-eligible]').first().getAttribute('data-eligible')).toBe('true');
      expect(await report.innerText()).toContain(TENTH_ENTERPRISE);
      await c.capture(funder, '08-funder-report');

      await c.go(funder, '/funder/applications');
      const approveGrant = funder.getByRole('button', { name: `批准: ${ALLIANCE} · ${PROGRAM_NAME}` });
      await approveGrant.waitFor();
      await approveGrant.click();
      // The award asks for a decision note and says what approving does (¥1,000,000.00 to the lead in force).
      const awardDialog = funder.getByRole('dialog');
      expect(await awardDialog.locator('[data-testid=consequence]').innerText()).toContain('¥1,000,000.00');
      const confirmAward = awardDialog.getByRole('button', { name: /确\s*认/ });
      expect(await confirmAward.isDisabled()).toBe(true);
      await awardDialog.locator('textarea').fill('材料齐全，同意奖补。');
      await confirmAward.click();
      await funder.locator('[data-application-status=APPROVED]').waitFor();
      await c.capture(funder, '09-funder-applications');

      await c.go(funder, '/funder/disqualifications');
      await funder.getByRole('button', { name: '取消资格' }).waitFor();
      await c.capture(funder, '10-funder-disqualifications');
    });

    it('a member books a slot, sees it on the calendar in the base time zone, sees the conflict message with free alternatives when the slot is full, and cancels', async () => {
      // The browser runs in New York: the calendar and the form still use the base's Asia/Shanghai time.
      const page = await c.newPage({ timezoneId: 'America/New_York' });
      await c.signIn(page, 'Member school admin', '/member/bases');
      await page.locator('.fc-timegrid').waitFor();
      await settled(page);
      const monday = nextMondayShanghai();
      const form = page.locator('form[aria-label="预约工位"]');
      const book = async (start: string, end: string, headcount: number) => {
        // The date is an antd DatePicker (calendar in the console's language): type, then Enter to take it.
        const date = form.locator('input[name=date]');
        await date.fill(monday);
        await date.press('Enter');
        await form.locator('input[name=start]').fill(start);
        await form.locator('input[name=end]').fill(end);
        await form.locator('input[name=headcount]').fill(String(headcount));
        await form.getByRole('button', { name: /预\s*约/ }).click();
      };
      await book('14:00', '16:00', 20);
      await page.locator('[data-testid=booking-done]').waitFor();
      const mine = page.locator('.fc-event.booking-mine', { hasText: '14:00' });
      await mine.first().waitFor({ timeout: 20_000 });
      expect(await mine.first().innerText()).toMatch(/14:00\s*-\s*16:00/);
      await c.capture(page, '11-member-bases');

      await book('15:00', '15:30', 1);
      const conflict = page.locator('.booking-conflict');
      await conflict.waitFor();
      expect(await conflict.getAttribute('data-code')).toBe('CONFLICT');
      expect(await conflict.innerText()).toContain('该时段工位不足');
      // Shown in the base's time (Asia/Shanghai) although the browser runs in New York.
      expect(await conflict.locator('[data-testid=conflict-summary]').innerText()).toContain(`${monday} 15:00–15:30`);
      const alternatives = conflict.locator('.free-slot');
      expect(await alternatives.count()).toBeGreaterThan(0);
      const firstAlt = await alternatives.first().innerText();
      expect(firstAlt).toMatch(new RegExp(`^${monday} 08:00`));
      await c.capture(page, '12-member-booking-conflict');
      await alternatives.first().click();
      expect(await form.locator('input[name=start]').inputValue()).toBe('08:00');

      await c.go(page, '/member/bookings');
      const cancel = page.getByRole('button', { name: new RegExp(`^取消预约: .*${monday} 14:00`) });
      await cancel.waitFor();
      await c.capture(page, '13-member-bookings');
      await cancel.click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input').fill('课程调整');
      await dialog.getByRole('button', { name: /确\s*认/ }).click();
      await expect.poll(() => page.getByRole('button', { name: new RegExp(`^取消预约: .*${monday} 14:00`) }).count(), { timeout: 20_000 }).toBe(0);
    });

    it('a member downloads a statement CSV whose totals match the screen', async () => {
      const page = await c.newPage({ downloads: true });
      await c.signIn(page, 'Enterprise admin', '/member/revenue');
      const total = page.locator('[data-testid=statement-total]');
      await total.waitFor();
      await settled(page);
      const shown = await total.innerText();
      expect(shown).toMatch(/^¥\d{1,3}(,\d{3})*\.\d{2}$/);
      const rows = await page.locator('.ant-table-tbody tr.ant-table-row').count();
      expect(rows).toBeGreaterThan(0);
      await c.capture(page, '14-member-revenue');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
      const file = await download.path();
      const csv = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const lines = csv.trimEnd().split('\r\n');
      expect(lines.length).toBe(rows + 2); // header, one line per event, totals
      const totals = lines[lines.length - 1].split(',');
      // The console's language (zh-CN) chooses the header and the totals row (gateway.messages.ts).
      expect(totals[0]).toBe('合计');
      const header = lines[0].split(',');
      expect(header).toContain('本单位合计');
      const amount = totals[header.indexOf('本单位合计')];
      expect(`¥${amount.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`).toBe(shown);
    });

    it('works on a 390-pixel-wide phone without sideways scrolling of the page', async () => {
      const page = await c.newPage({ width: 390, height: 844 });
      await c.signIn(page, 'Member school admin', '/member/bases');
      await page.locator('.fc-timegrid').waitFor();
      await c.capture(page, '15-phone-member-bases');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const funder = await c.newPage({ width: 390, height: 844 });
      await c.signIn(funder, 'Funder', '/funder/standings');
      await funder.locator('[data-standing]').first().waitFor();
      await c.capture(funder, '16-phone-funder-standings');
      expect(await funder.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const lead = await c.newPage({ width: 390, height: 844 });
      await c.signIn(lead, 'Alliance lead admin', '/lead/overview');
      await lead.locator('.chart canvas').waitFor();
      await c.capture(lead, '17-phone-lead-overview');
      expect(await lead.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });

    it('asks for a reason before ending a membership (the reason dialog every such action shares); dismissing it changes nothing', async () => {
      const page = await c.newPage();
      await c.signIn(page, 'Alliance lead admin', '/lead/members');
      const endButtons = page.getByRole('button', { name: /^结束成员资格: / });
      await endButtons.first().waitFor();
      const before = await endButtons.count();
      const title = await endButtons.first().getAttribute('aria-label');
      await endButtons.first().click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.locator('.ant-modal-title').innerText()).toBe(title);
      const confirm = dialog.getByRole('button', { name: /确\s*认/ });
      expect(await confirm.isDisabled()).toBe(true);
      expect(await dialog.locator('.ant-picker').count()).toBe(1);
      const reason = dialog.locator('input:not(.ant-picker input)');
      await reason.fill('   ');
      expect(await confirm.isDisabled()).toBe(true);
      await reason.fill('合作到期');
      expect(await confirm.isDisabled()).toBe(false);
      await dialog.getByRole('button', { name: /取\s*消/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await endButtons.count()).toBe(before);
    });
  });
}
