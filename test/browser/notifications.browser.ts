/**
 * Notifications in a real browser, two contexts at once against the platform as `npm start` runs it (embedded
 * defaults: in-app only, no SMTP): a member school's admin books the demo base and cancels; the host's (the lead
 * school's) admin, signed in in another browser context, sees the header badge count it within seconds, opens the
 * inbox drawer, reads the item in Chinese (and in English after switching), marks it read, and saves an e-mail
 * address in the settings. On the run's shared demo platform (test/helpers/browser.ts); screenshots go outside the
 * source tree.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoCriticalViolations, openConsole, screenshot, type ConsoleBrowser } from '../helpers/browser.js';

let c: ConsoleBrowser;
/** The suite, registered by test/browser/console.spec.ts (one file: one worker, one demo platform for all suites). */
export default function notificationsSuite(): void {
  beforeAll(async () => {
    c = await openConsole();
  }, 300_000);
  afterAll(async () => c?.stop(), 60_000);

  /** The unread count the bell announces (its accessible name: "通知，N 条未读" or "通知"). */
  async function badge(page: Page): Promise<number> {
    const label = (await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? '';
    const m = /(\d+)/.exec(label);
    return m ? Number(m[1]) : 0;
  }

  describe('notifications across two browser contexts', () => {
    it('the host sees the badge and the inbox item of a member’s cancelled booking within seconds, reads it, and saves settings', async () => {
      const host = await c.newPage();
      await c.signIn(host, 'Alliance lead admin');
      await host.getByTestId('notification-bell').waitFor();
      await host.waitForTimeout(1_000); // the first poll
      const before = await badge(host);

      const member = await c.newPage();
      await c.signIn(member, 'Member school admin');
      // The member's action, through the API with the console's own session (the booking screens are another helper's).
      const done = await member.evaluate(async () => {
        const token = sessionStorage.getItem('cej.token');
        const gql = async (query: string, variables: Record<string, unknown> = {}) => {
          const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
          const body = await r.json();
          if (body.errors) throw new Error(JSON.stringify(body.errors));
          return body.data;
        };
        const me = await gql('{ me { organization { id memberships { status alliance { trainingBases(first: 5) { edges { node { id name } } } } } } } }');
        const org = me.me.organization;
        const baseNode = org.memberships.find((m: { status: string }) => m.status === 'ACTIVE').alliance.trainingBases.edges[0].node;
        // Three weeks ahead, a Tuesday 13:00–14:00 Beijing time (free in the demo data).
        const d = new Date(Date.now() + 21 * 86_400_000);
        while (d.getUTCDay() !== 2) d.setUTCDate(d.getUTCDate() + 1);
        const day = d.toISOString().slice(0, 10);
        const [b] = (await gql('mutation($i: BookTrainingBaseInput!) { bookTrainingBase(input: $i) { id } }', { i: { baseId: baseNode.id, organizationId: org.id, start: `${day}T13:00:00+08:00`, end: `${day}T14:00:00+08:00`, headcount: 2, purpose: 'TRAINING' } })).bookTrainingBase;
        await gql('mutation($id: ID!) { cancelBooking(id: $id, reason: "实训计划调整") { id status } }', { id: b.id });
        return { baseName: baseNode.name as string, at: Date.now() };
      });

      // The host's badge counts it without a reload (the console polls every 5 s, or at once on focus); the deadline only
      // stops a lost notification from hanging the test — how fast it arrives is logged, not asserted.
      await expect.poll(() => badge(host), { timeout: 20_000, interval: 250 }).toBe(before + 1);
      process.stdout.write(`[notifications] badge updated ${Date.now() - done.at} ms after the member's action\n`);

      await host.getByTestId('notification-bell').click();
      const item = host.locator('[data-testid=notification-item][data-kind=BOOKING_CANCELLED]').first();
      await item.waitFor();
      expect(await item.getAttribute('data-read')).toBe('false');
      expect(await item.innerText()).toContain(`预约已取消：${done.baseName}`);
      expect(await item.innerText()).toContain('实训计划调整'); // console.browser.ts cancels with 课程调整: this reason is this suite's own
      await screenshot(host, 'notify-01-host-inbox');
      await expectNoCriticalViolations(host, 'notify-01-host-inbox');

      await item.getByRole('button', { name: '标为已读' }).click();
      await expect.poll(() => item.getAttribute('data-read')).toBe('true');
      expect(await badge(host)).toBe(before);

      // Settings: e-mail address saved (mail itself is off on embedded defaults, and the screen says so).
      await host.getByRole('tab', { name: '通知设置' }).click();
      const settings = host.getByTestId('notification-settings');
      await settings.waitFor();
      expect(await settings.innerText()).toContain('目前只提供站内通知');
      await settings.locator('#notify-email').fill('not-an-address');
      await settings.getByRole('button', { name: /保存设置/ }).click();
      await settings.getByText('邮箱地址格式不正确。').waitFor();
      await settings.locator('#notify-email').fill('jiaowu@lzzy.edu.cn');
      await settings.getByRole('button', { name: /保存设置/ }).click();
      await host.getByText('通知设置已保存').waitFor();
      await screenshot(host, 'notify-02-host-settings');
      await expectNoCriticalViolations(host, 'notify-02-host-settings');

      // English: the same item, rendered in English.
      await host.keyboard.press('Escape');
      await host.getByRole('button', { name: /English/ }).click();
      await host.getByTestId('notification-bell').click();
      const en = host.locator('[data-testid=notification-item][data-kind=BOOKING_CANCELLED]').first();
      await expect.poll(() => en.innerText(), { timeout: 10_000 }).toContain(`Booking cancelled: ${done.baseName}`);
      await screenshot(host, 'notify-03-host-inbox-en');

      // The link in mails (<PUBLIC_URL>/notifications) opens the inbox.
      await host.goto(`${c.base}/notifications`);
      await host.getByTestId('notification-inbox').waitFor();
    });
  });
}
