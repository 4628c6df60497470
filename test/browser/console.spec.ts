/**
 * The web console in a real browser: Debian's Chromium driven by playwright-core against the platform started
 * as `npm start` starts it (its own process, demo data seeded, console served at /). Never skipped: without
 * /usr/bin/chromium the run fails and says how to install it. Screenshots of every screen go outside the source
 * tree: to $CONSOLE_SCREENSHOTS_DIR, else <os tmpdir>/console-screenshots/ (their paths are printed).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '../../infra/ports.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Tests never write into the source tree: screenshots are output, kept in a temporary directory unless told. */
const SHOTS = path.resolve(process.env.CONSOLE_SCREENSHOTS_DIR || path.join(os.tmpdir(), 'console-screenshots'));
/** Debian's Chromium; CHROMIUM_PATH points elsewhere (e.g. the Chrome preinstalled on GitHub's runners). */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let platform: ChildProcess | undefined;
let output = '';
let base = '';
let browser: Browser;
let identities: { label: string; token: string }[] = [];
const contexts: BrowserContext[] = [];

const ALLIANCE = '柳州汽车产业产教联盟';
const PROGRAM_CODE = 'LZ-CJRH-ALLIANCE';
const PROGRAM_NAME = '柳州市产教融合联盟奖补';
const TENTH_ENTERPRISE = '柳州赛克科技发展有限公司';

/** Today's date and the next Monday in Asia/Shanghai (the demo base's zone). */
function shanghaiDate(ms = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}
function nextMondayShanghai(): string {
  const d = new Date(`${shanghaiDate()}T00:00:00Z`);
  do d.setUTCDate(d.getUTCDate() + 1);
  while (d.getUTCDay() !== 1);
  return d.toISOString().slice(0, 10);
}

async function startPlatform(): Promise<string> {
  const port = await freePort();
  const id = `console${process.pid}${Date.now().toString(36)}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/platform.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      MOLECULER_NAMESPACE: id,
      MONGO_DB_PREFIX: id,
      MONGO_URL: inject('mongoUrl'),
      NATS_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  platform = child;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the platform did not start in 180 s:\n${output.slice(-3000)}`)), 180_000);
    const onData = (b: Buffer) => {
      output = (output + b.toString()).slice(-50_000);
      const m = /GraphQL API \+ GraphiQL: (http:\/\/[^\s]+)\/graphql/.exec(output);
      // The banner ends with "Mint another" once the demo data is seeded.
      if (m && output.includes('Mint another')) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the platform exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
}

async function newPage(opts: { width?: number; height?: number; timezoneId?: string; downloads?: boolean } = {}): Promise<Page> {
  const ctx = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    locale: 'zh-CN',
    timezoneId: opts.timezoneId ?? 'Asia/Shanghai',
    acceptDownloads: opts.downloads ?? false,
  });
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.on('pageerror', (err) => process.stdout.write(`[browser page error] ${err.message}\n`));
  return page;
}

function identity(prefix: string): { label: string; token: string } {
  const id = identities.find((i) => i.label.startsWith(prefix));
  if (!id) throw new Error(`no demo identity "${prefix}" among ${identities.map((i) => i.label).join(', ')}`);
  return id;
}

/** Signs in through the development sign-in screen, by clicking the identity's button. */
async function signIn(page: Page, prefix: string, then?: string): Promise<void> {
  const id = identity(prefix);
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: `登录: ${id.label}` }).click();
  await page.locator('.app-header .who').waitFor();
  if (then) await go(page, then);
}

async function go(page: Page, p: string): Promise<void> {
  await page.goto(`${base}${p}`);
  await page.locator('.app-header .who').waitFor();
}

/** Waits until nothing is loading (no spinner, no busy region). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role=status] .ant-spin, [aria-busy=true]'), undefined, { timeout: 30_000 });
}

async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  process.stdout.write(`[screenshot] ${file}\n`);
  return file;
}

/** axe-core (injected from the axe-core package) finds no critical violation on the page as it stands. */
async function expectNoCriticalViolations(page: Page, screen: string): Promise<void> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  const critical = violations.filter((v) => v.impact === 'critical');
  const serious = violations.filter((v) => v.impact === 'serious');
  if (serious.length) process.stdout.write(`[axe] ${screen}: serious (not failing): ${serious.map((v) => v.id).join(', ')}\n`);
  expect(critical, `critical axe violations on ${screen}`).toEqual([]);
}

async function capture(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, name);
  await expectNoCriticalViolations(page, name);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The console's browser tests need Debian's Chromium at ${CHROMIUM} and it is missing. Install it with ` +
        '`apt-get update && apt-get install -y chromium fonts-noto-cjk` (.ci/run does this). These tests are never skipped.',
    );
  }
  // Builds the console when console/dist is missing or older than its sources (as `npm start` does).
  execFileSync(process.execPath, [path.join(ROOT, 'console/build-if-stale.mjs')], { cwd: ROOT, stdio: 'inherit' });
  base = await startPlatform();
  const res = await fetch(`${base}/console/dev-identities`);
  identities = ((await res.json()) as { identities: { label: string; token: string }[] }).identities;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 300_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  if (platform && platform.exitCode === null) {
    const exited = new Promise((r) => platform!.once('exit', r));
    platform.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (platform.exitCode === null) platform.kill('SIGKILL');
  }
}, 60_000);

describe('the web console served by the gateway', () => {
  it('serves the built SPA at / and deep links, hashed assets immutable, and never shadows the API routes', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const asset = /\/assets\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeTruthy();
    const deep = await fetch(`${base}/funder/standings`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);
    const js = await fetch(`${base}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/missing-0000.js`)).status).toBe(404);
    expect((await fetch(`${base}/assets/../../package.json`)).status).not.toBe(200);
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const gql = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(gql.headers.get('content-type')).toMatch(/json/);
    expect(await gql.json()).toEqual({ data: { me: null } });
    const csv = await fetch(`${base}/exports/revenue-statement.csv?organizationId=x&from=2025-01-01&to=2025-12-31`);
    expect(csv.status).toBe(401);
    const ics = await fetch(`${base}/calendar/bases/000000000000000000000000.ics`);
    // The calendar route answers its own coded error (the one error mapping of /graphql, /calendar and /exports), not the SPA.
    expect(ics.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await ics.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(identities.length).toBeGreaterThanOrEqual(5);
  });

  it('signs in with a demo identity by keyboard, switches to English and back, and signs out', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: '登录控制台' }).waitFor();
    await capture(page, '01-sign-in');
    const lead = identity('Alliance lead admin');
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
    const funder = await newPage();
    await signIn(funder, 'Funder', '/funder/standings');
    const cell = funder.locator(`[data-standing="${ALLIANCE}|${PROGRAM_CODE}"]`);
    await expect.poll(() => cell.getAttribute('data-eligible'), { timeout: 20_000 }).toBe('false');
    await expect.poll(() => cell.innerText()).toContain('还差 1 家企业');
    await capture(funder, '02-funder-standings-before');

    const lead = await newPage();
    await signIn(lead, 'Alliance lead admin', '/lead/overview');
    await lead.locator('[data-stat=enterprises] .value').waitFor();
    expect(await lead.locator('[data-stat=enterprises] .value').innerText()).toBe('9');
    await lead.locator('.chart canvas').waitFor();
    await capture(lead, '03-lead-overview');

    await go(lead, '/lead/grants');
    const eligibility = lead.locator(`[data-testid="eligibility-${PROGRAM_CODE}"]`);
    await eligibility.waitFor();
    expect(await eligibility.locator('[data-eligible]').getAttribute('data-eligible')).toBe('false');
    expect(await eligibility.locator('[data-testid=shortfall]').innerText()).toContain('还差 1 家企业');
    expect(await eligibility.getByRole('button', { name: /^提交申请/ }).count()).toBe(0);

    await go(lead, '/lead/applications');
    const approve = lead.getByRole('button', { name: `批准: ${TENTH_ENTERPRISE}` });
    await approve.waitFor();
    await capture(lead, '04-lead-applications');
    await approve.click();
    await lead.getByText('没有待处理的申请。').waitFor();

    await go(lead, '/lead/members');
    await lead.getByRole('button', { name: '发送邀请' }).waitFor();
    await capture(lead, '05-lead-members');

    await go(lead, '/lead/grants');
    await expect.poll(() => eligibility.locator('[data-eligible]').getAttribute('data-eligible'), { timeout: 20_000 }).toBe('true');
    // Submitting is consequential: a dialog says what will happen before anything is sent.
    await eligibility.getByRole('button', { name: `提交申请: ${PROGRAM_NAME}` }).click();
    const submitDialog = lead.getByRole('dialog');
    expect(await submitDialog.locator('[data-testid=consequence]').innerText()).toContain('不能撤回');
    await submitDialog.getByRole('button', { name: /确\s*认/ }).click();
    await expect.poll(() => lead.locator('[data-testid=application-status]').innerText(), { timeout: 20_000 }).toBe('已提交');
    await capture(lead, '06-lead-grants');

    // The standings are a projection updated from membership events: the funder's screen catches up.
    await expect
      .poll(
        async () => {
          await go(funder, '/funder/standings');
          await cell.waitFor();
          return cell.getAttribute('data-eligible');
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe('true');
    await capture(funder, '07-funder-standings-after');

    await funder.getByRole('button', { name: `资格报告: ${ALLIANCE} · ${PROGRAM_NAME}` }).click();
    const report = funder.locator('[data-testid=report]');
    await report.waitFor();
    expect(await report.locator('[data-eligible]').first().getAttribute('data-eligible')).toBe('true');
    expect(await report.innerText()).toContain(TENTH_ENTERPRISE);
    await capture(funder, '08-funder-report');

    await go(funder, '/funder/applications');
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
    await capture(funder, '09-funder-applications');

    await go(funder, '/funder/disqualifications');
    await funder.getByRole('button', { name: '取消资格' }).waitFor();
    await capture(funder, '10-funder-disqualifications');
  });

  it('a member books a slot, sees it on the calendar in the base time zone, sees the conflict message with free alternatives when the slot is full, and cancels', async () => {
    // The browser runs in New York: the calendar and the form still use the base's Asia/Shanghai time.
    const page = await newPage({ timezoneId: 'America/New_York' });
    await signIn(page, 'Member school admin', '/member/bases');
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
    await capture(page, '11-member-bases');

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
    await capture(page, '12-member-booking-conflict');
    await alternatives.first().click();
    expect(await form.locator('input[name=start]').inputValue()).toBe('08:00');

    await go(page, '/member/bookings');
    const cancel = page.getByRole('button', { name: new RegExp(`^取消预约: .*${monday} 14:00`) });
    await cancel.waitFor();
    await capture(page, '13-member-bookings');
    await cancel.click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input').fill('课程调整');
    await dialog.getByRole('button', { name: /确\s*认/ }).click();
    await expect.poll(() => page.getByRole('button', { name: new RegExp(`^取消预约: .*${monday} 14:00`) }).count(), { timeout: 20_000 }).toBe(0);
  });

  it('a member downloads a statement CSV whose totals match the screen', async () => {
    const page = await newPage({ downloads: true });
    await signIn(page, 'Enterprise admin', '/member/revenue');
    const total = page.locator('[data-testid=statement-total]');
    await total.waitFor();
    await settled(page);
    const shown = await total.innerText();
    expect(shown).toMatch(/^¥\d{1,3}(,\d{3})*\.\d{2}$/);
    const rows = await page.locator('.ant-table-tbody tr.ant-table-row').count();
    expect(rows).toBeGreaterThan(0);
    await capture(page, '14-member-revenue');
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
    const page = await newPage({ width: 390, height: 844 });
    await signIn(page, 'Member school admin', '/member/bases');
    await page.locator('.fc-timegrid').waitFor();
    await capture(page, '15-phone-member-bases');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const funder = await newPage({ width: 390, height: 844 });
    await signIn(funder, 'Funder', '/funder/standings');
    await funder.locator('[data-standing]').first().waitFor();
    await capture(funder, '16-phone-funder-standings');
    expect(await funder.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const lead = await newPage({ width: 390, height: 844 });
    await signIn(lead, 'Alliance lead admin', '/lead/overview');
    await lead.locator('.chart canvas').waitFor();
    await capture(lead, '17-phone-lead-overview');
    expect(await lead.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('asks for a reason before ending a membership (the reason dialog every such action shares); dismissing it changes nothing', async () => {
    const page = await newPage();
    await signIn(page, 'Alliance lead admin', '/lead/members');
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
