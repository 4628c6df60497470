/**
 * Every role walks every console screen in zh-CN and in English (Debian's Chromium, the platform as `npm start`
 * runs it): no untranslated text, no serious or critical axe-core finding, and the workflows only the console
 * offered nobody before: an invited organization accepts, consequential actions say what will happen and ask for
 * confirmation, a headcount above the base's capacity is refused (not clamped), a pasted bad token is refused with
 * the reason, and the first screen stays under 200 KB of gzipped JavaScript. On the run's shared demo platform
 * (test/helpers/browser.ts): what it changes is its own (a school it registers and invites, a firm it registers, admits
 * and disqualifies), so the other specs' demo story is untouched. Screenshots go to a temp directory.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mintToken } from '../../infra/auth.js';
import { withCheckCharacter } from '../../services/organizations/organizations.contract.js';
import { axeFindings, chineseOnEnScreen, englishOnZhScreen, openConsole, ROOT, screenshot, settled, unreachableByKeyboard, type ConsoleBrowser } from '../helpers/browser.js';

let h: ConsoleBrowser;

/** Each demo identity and the screens it walks (paths of the console's sections and tabs). */
const WALK: { who: string; screens: string[] }[] = [
  { who: 'Platform admin', screens: ['/admin'] },
  { who: 'Alliance lead admin', screens: ['/lead/overview', '/lead/applications', '/lead/members', '/lead/projects', '/lead/agreements', '/lead/grants', '/member/hosting', '/join'] },
  { who: 'Member school admin', screens: ['/member/bases', '/member/bookings', '/member/hosting', '/member/projects', '/member/revenue', '/member/agreements', '/join'] },
  { who: 'Enterprise admin', screens: ['/member/bases', '/member/revenue', '/join'] },
  { who: 'Funder', screens: ['/funder/standings', '/funder/report', '/funder/applications', '/funder/programs', '/funder/audit', '/funder/disqualifications'] },
];

/** Every Chinese string of the console's catalog and of Ant Design's zh-CN locale: none may show on an English screen. */
function zhStrings(): string[] {
  // The console's catalogs are TSX modules: their Chinese string literals are read from the source.
  const out: string[] = [];
  for (const f of ['console/src/i18n.tsx', 'console/src/messages/screens.ts']) {
    for (const m of readFileSync(path.join(ROOT, f), 'utf8').matchAll(/'([^'\n]*[\u4e00-\u9fff][^'\n]*)'/g)) out.push(m[1]);
  }
  const antdZh = createRequire(import.meta.url)('antd/lib/locale/zh_CN').default as object;
  (function walk(o: object) {
    for (const v of Object.values(o) as unknown[]) {
      if (typeof v === 'string') out.push(v as string);
      else if (v && typeof v === 'object') walk(v as object);
    }
  })(antdZh);
  return out.filter((s) => s.length >= 2 && !s.includes('{') && /[\u4e00-\u9fff]/.test(s));
}

function addDaysIso(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${h.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Opens a screen's dialog by its button, checks it says what will happen, then dismisses it; returns the consequence text. */
async function consequenceOf(page: Page, button: RegExp): Promise<string> {
  const b = page.getByRole('button', { name: button }).first();
  await b.waitFor();
  await b.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const text = await dialog.locator('[data-testid=consequence]').innerText();
  await dialog.getByRole('button', { name: /取\s*消|Cancel/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  return text;
}

/** The suite, registered by test/browser/console.spec.ts (one file: one worker, one demo platform for all suites). */
export default function rolesSuite(): void {
  beforeAll(async () => {
    h = await openConsole();
  }, 300_000);

  afterAll(async () => h?.stop(), 60_000);

  describe('every role, every screen, both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      it(`walks each role through each screen in ${lang === 'zh' ? 'zh-CN' : 'English'}: translated, no serious axe finding, every control in the tab order`, async () => {
        const zh = zhStrings();
        const problems: string[] = [];
        for (const { who, screens } of WALK) {
          const page = await h.newPage({ lang, token: h.identity(who).token });
          for (const screen of screens) {
            await h.go(page, screen);
            const name = `roles-${lang}-${who.split(' ')[0].toLowerCase()}${screen.replace(/\//g, '-')}`;
            const untranslated = lang === 'zh' ? await englishOnZhScreen(page) : await chineseOnEnScreen(page, zh);
            if (untranslated.length) problems.push(`${who} ${screen}: untranslated: ${JSON.stringify(untranslated.slice(0, 8))}`);
            const axe = await axeFindings(page);
            if (axe.length) problems.push(`${who} ${screen}: axe: ${axe.map((v) => `${v.impact} ${v.id} @ ${v.targets.join(' | ')}`).join('; ')}`);
            const unreachable = await unreachableByKeyboard(page);
            if (unreachable.length) problems.push(`${who} ${screen}: not reachable by keyboard: ${JSON.stringify(unreachable.slice(0, 5))}`);
            const file = await screenshot(page, name);
            expect(file.startsWith(ROOT), 'screenshots never go into the source tree').toBe(false);
          }
          await page.context().close();
        }
        expect(problems, problems.join('\n')).toEqual([]);
      }, 600_000);
    }
  });

  describe('workflows', () => {
    it('refuses 25 stations on a base of 20 with a message, keeps 25 as typed, and books nothing', async () => {
      const page = await h.newPage({ lang: 'zh', token: h.identity('Member school admin').token });
      await h.go(page, '/member/bases');
      const before = (await gql<{ myBookings: unknown[] }>(h.identity('Member school admin').token, '{ myBookings { id } }')).myBookings.length;
      const form = page.locator('form[aria-label="预约工位"]');
      await form.waitFor();
      const headcount = form.locator('input[name=headcount]');
      await headcount.fill('25');
      await form.getByRole('button', { name: /预\s*约/ }).click();
      const problem = page.locator('[data-testid=headcount-problem]');
      await problem.waitFor();
      expect(await problem.innerText()).toContain('25');
      expect(await problem.innerText()).toContain('20');
      await headcount.blur();
      expect(await headcount.inputValue()).toBe('25');
      expect((await gql<{ myBookings: unknown[] }>(h.identity('Member school admin').token, '{ myBookings { id } }')).myBookings.length).toBe(before);
      await page.context().close();
    });

    it('the calendar’s today is the base’s (Asia/Shanghai) date at 01:30 Beijing time, even in a New York browser, and past slots are not free', async () => {
      const shanghaiToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());
      // 01:30 in Beijing is 17:30 UTC of the day before: a UTC "today" would be one day early.
      const at = new Date(`${shanghaiToday}T01:30:00+08:00`);
      const page = await h.newPage({ lang: 'zh', token: h.identity('Member school admin').token, timezoneId: 'America/New_York' });
      await page.clock.install({ time: at });
      await h.go(page, '/member/bases');
      await page.locator('[data-testid=calendar] .fc-today-button').click();
      await settled(page);
      expect(await page.locator('[data-testid=calendar] .fc-day-today').first().getAttribute('data-date')).toBe(shanghaiToday);
      // Nothing before 01:30 today is drawn as free.
      const freeBeforeNow = await page.evaluate((day) => {
        const col = document.querySelector(`[data-testid=calendar] .fc-timegrid-col[data-date="${day}"]`);
        return col ? col.querySelectorAll('.slot-free').length : -1;
      }, addDaysIso(shanghaiToday, -1));
      expect(freeBeforeNow === 0 || freeBeforeNow === -1).toBe(true);
      await page.context().close();
    });

    it('consequential actions say what will happen and ask for confirmation (end membership, disqualify, close a program, status change)', async () => {
      const lead = await h.newPage({ lang: 'zh', token: h.identity('Alliance lead admin').token });
      await h.go(lead, '/lead/members');
      expect(await consequenceOf(lead, /^结束成员资格: /)).toContain('不计入联盟成员统计');
      await h.go(lead, '/lead/overview');
      expect(await consequenceOf(lead, /^变更联盟状态: /)).toMatch(/自 \d{4}-\d{2}-\d{2} 起/);
      const funder = await h.newPage({ lang: 'en', token: h.identity('Funder').token });
      await h.go(funder, '/funder/programs');
      expect(await consequenceOf(funder, /^Close program: /)).toContain('final');
      await h.go(funder, '/funder/disqualifications');
      await funder.getByRole('combobox', { name: 'Organization' }).click();
      await funder.locator('.ant-select-item-option').first().click();
      expect(await consequenceOf(funder, /^Disqualify: /)).toContain('not counted for any alliance’s grants');
      await lead.context().close();
      await funder.context().close();
    });

    it('a pasted bad token is refused with the reason; an invited organization signs in, accepts its invitation, and becomes a member', async () => {
      const admin = h.identity('Platform admin').token;
      // The platform admin registers the organization through the console: a school, so that the demo alliance's
      // enterprise count (console.browser.ts: 9, one short of the award) is the same whichever suite runs first.
      const name = `柳州新桥职业技术学校${Date.now() % 10000}`;
      const creditCode = withCheckCharacter(`12450200MB5R${String(Date.now() % 10000).padStart(4, '0')}1`);
      const ap = await h.newPage({ lang: 'zh', token: admin });
      await h.go(ap, '/admin');
      const reg = ap.locator('form[aria-label="登记单位"]');
      await reg.locator('input[name=name]').fill(name);
      // antd's Select: the selected item covers the input, so the selector is what takes the click.
      const select = (label: string) => reg.locator('.ant-select', { has: ap.getByRole('combobox', { name: label, exact: true }) }).locator('.ant-select-selector');
      await select('类型').click();
      await ap.locator('.ant-select-item-option[title="院校"]').click();
      await select('院校类型').click();
      await ap.locator('.ant-select-item-option[title="高职"]').click();
      await reg.locator('input[name=creditCode]').fill(creditCode);
      await reg.getByRole('button', { name: /登\s*记/ }).click();
      await ap.getByText(`已登记: ${name}`).waitFor();
      const org = (await gql<{ organizations: { edges: { node: { id: string } }[] } }>(admin, 'query($n:String){ organizations(filter:{nameContains:$n}){ edges { node { id } } } }', { n: name })).organizations.edges[0].node;

      // The lead invites it.
      const lead = await h.newPage({ lang: 'zh', token: h.identity('Alliance lead admin').token });
      await h.go(lead, '/lead/members');
      await lead.getByRole('combobox', { name: '选择单位' }).fill(name.slice(0, 8));
      await lead.locator('.ant-select-item-option', { hasText: name }).click();
      await lead.getByRole('button', { name: '发送邀请' }).click();
      await lead.getByText('邀请已发送').waitFor();

      // Its admin pastes a broken token first, then a good one.
      const page = await h.newPage({ lang: 'zh' });
      await page.goto(`${h.base}/`);
      const box = page.getByRole('textbox', { name: '或粘贴访问令牌（JWT）' });
      await box.fill('not-a-token');
      await page.getByRole('button', { name: '使用此令牌' }).click();
      expect(await page.locator('[data-testid=token-problem]').innerText()).toContain('JWT');
      await box.fill('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
      await page.getByRole('button', { name: '使用此令牌' }).click();
      await expect.poll(() => page.locator('[data-testid=token-problem]').innerText(), { timeout: 10_000 }).toContain('拒绝');
      const token = await mintToken({ sub: 'demo-invitee-admin', org: org.id, roles: ['ORG_ADMIN'], expiresIn: '1h' });
      await box.fill(token);
      await page.getByRole('button', { name: '使用此令牌' }).click();
      await page.locator('.app-header .who').waitFor();
      await h.go(page, '/join');
      const accept = page.getByRole('button', { name: /^接受邀请: / });
      await accept.click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.locator('[data-testid=consequence]').innerText()).toContain('成为');
      await dialog.getByRole('button', { name: /确\s*认/ }).click();
      await page.getByText('已接受邀请，本单位现为联盟成员。').first().waitFor();
      await page.goto(`${h.base}/member/bases`);
      await page.getByRole('link', { name: '成员单位' }).waitFor();
      // The lead's list shows it active.
      await h.go(lead, '/lead/members');
      await lead.locator('tr', { hasText: name }).locator('[data-status=ACTIVE]').waitFor();
      for (const p of [ap, lead, page]) await p.context().close();
    }, 120_000);

    it('the lead’s member list shows a disqualified firm as disqualified, not active', async () => {
      // A firm of this spec's own, admitted then disqualified: the demo firms' standing is the other specs' story (a ban
      // on one would refuse their agreements and lower the alliance's count), and a disqualified member is not counted.
      const admin = h.identity('Platform admin').token;
      const leadToken = h.identity('Alliance lead admin').token;
      const funderToken = h.identity('Funder').token;
      const name = `柳州鑫达精密制造有限公司${Date.now() % 10000}`;
      const creditCode = withCheckCharacter(`91450200MA5D${String(Date.now() % 10000).padStart(4, '0')}2`);
      const { registerOrganization: firm } = await gql<{ registerOrganization: { id: string } }>(admin, 'mutation($i: RegisterOrganizationInput!){ registerOrganization(input: $i) { id } }', {
        i: { name, kind: 'ENTERPRISE', creditCode, regionCode: '450200' },
      });
      const { me } = await gql<{ me: { organization: { memberships: { role: string; alliance: { id: string } }[] } } }>(leadToken, '{ me { organization { memberships { role alliance { id } } } } }');
      const allianceId = me.organization.memberships.find((m) => m.role === 'LEAD')!.alliance.id;
      const firmAdmin = await mintToken({ sub: 'demo-roles-firm-admin', org: firm.id, roles: ['ORG_ADMIN'], expiresIn: '1h' });
      const { applyForMembership } = await gql<{ applyForMembership: { id: string } }>(firmAdmin, 'mutation($a:ID!, $o:ID!){ applyForMembership(allianceId: $a, organizationId: $o) { id } }', { a: allianceId, o: firm.id });
      await gql(leadToken, 'mutation($id:ID!){ approveMembership(membershipId: $id) { status } }', { id: applyForMembership.id });
      await gql(funderToken, 'mutation($id:ID!){ disqualifyOrganization(organizationId:$id, reason:"虚报材料") { id } }', { id: firm.id });
      const lead = await h.newPage({ lang: 'zh', token: leadToken });
      await h.go(lead, '/lead/members');
      const row = lead.locator('tr', { hasText: name });
      expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('DISQUALIFIED');
      expect(await row.innerText()).toContain('资格取消/受限');
      await lead.context().close();
    });

    it('the first screen (sign-in) loads under 200 KB of gzipped JavaScript', async () => {
      const page = await h.newPage({ lang: 'zh' });
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await page.goto(`${h.base}/`);
      await page.getByRole('heading', { name: '登录控制台' }).waitFor();
      await settled(page);
      let total = 0;
      const sizes: string[] = [];
      for (const url of new Set(scripts)) {
        const n = gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
        total += n;
        sizes.push(`${url.split('/').pop()} ${(n / 1024).toFixed(1)} KB`);
      }
      process.stdout.write(`[weight] sign-in screen: ${(total / 1024).toFixed(1)} KB gzipped JavaScript (${sizes.join(', ')})\n`);
      expect(total).toBeLessThan(200 * 1024);
      await page.context().close();
    });
  });
}
