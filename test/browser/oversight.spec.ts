/**
 * Issue 17 in a real browser (Debian's Chromium, playwright-core) against the platform as `npm start` starts it
 * with the demo seed's oversight history (app/seeds/oversight.ts): the public notice page without sign-in, the
 * funder's 产教融合型企业 desk, the certified enterprise's levy credit, the banned enterprise's refused declaration,
 * the evaluation ranking and the provincial funder's pilot-city progress — all in Chinese. Screenshots go to a temp dir.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '../../infra/ports.js';
import { mintToken } from '../../infra/auth.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHOTS = path.resolve(process.env.CONSOLE_SCREENSHOTS_DIR || path.join(os.tmpdir(), 'console-screenshots'));
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

describe('oversight (issue 17) in the console, in Chinese', () => {
  it('shows the public notice and the certified catalogue without sign-in', async () => {
    const page = await newPage();
    await page.goto(`${base}/public`);
    await page.getByRole('heading', { name: '公示公告（无需登录）' }).waitFor();
    await settled(page);
    const notice = page.getByRole('region', { name: '产教融合型企业公示' });
    await expect(notice.getByText('广西柳工机械股份有限公司')).toBeTruthy();
    await notice.getByText('广西柳工机械股份有限公司').waitFor();
    await page.getByRole('region', { name: '产教融合型企业认证目录' }).getByText('上汽通用五菱汽车股份有限公司').waitFor();
    expect(await page.content()).not.toContain('0772-2650000');
    await capture(page, 'oversight-public');
  });

  it('a new declaration walks through the console: declare, attach, submit; the funder assigns three experts who score; the funder decides; the notice is public', async () => {
    const firm = await newPage();
    await signIn(firm, 'Enterprise admin (东风柳州汽车', '/enterprise');
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
    await capture(firm, 'oversight-enterprise-declared');

    const funder = await newPage();
    await signIn(funder, 'Funder', '/oversight/declarations');
    await settled(funder);
    const row = funder.locator('tr', { hasText: '东风柳州汽车有限公司' }).first();
    await row.getByRole('textbox', { name: '专家账号（逗号分隔）' }).fill('expert-a,expert-b,expert-c');
    await row.getByRole('button', { name: '指派评议专家' }).click();
    await row.locator('[data-status=UNDER_REVIEW]').waitFor();
    // The three experts score in their 评审任务 screen (signed in with a token the identity provider would issue:
    // experts are plain members of the funder's organization here, as in app/seeds/oversight.ts).
    const funderOrg = (JSON.parse(Buffer.from(identity('Funder').token.split('.')[1], 'base64url').toString()) as { org: string }).org;
    for (const [i, sub] of ['expert-a', 'expert-b', 'expert-c'].entries()) {
      const token = await mintToken({ sub, org: funderOrg, roles: ['ORG_MEMBER'], expiresIn: '10m' });
      const expert = await newPage();
      await expert.goto(`${base}/reviews#access_token=${token}`);
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
      if (i === 0) await capture(expert, 'oversight-expert-review-dialog');
      await dialog.getByRole('button', { name: '确认' }).click();
      await card.getByTestId('my-review').getByText(`合计：${73 + i} /`).waitFor();
      if (i === 0) await capture(expert, 'oversight-expert-review-submitted');
    }
    await funder.reload();
    await settled(funder);
    await funder.locator('tr', { hasText: '东风柳州汽车有限公司' }).first().getByRole('button', { name: '评议通过，进入公示' }).click();
    await funder.locator('tr', { hasText: '东风柳州汽车有限公司' }).first().locator('[data-status=IN_NOTICE]').waitFor();
    const pub = await newPage();
    await pub.goto(`${base}/public`);
    await pub.getByRole('region', { name: '产教融合型企业公示' }).getByText('东风柳州汽车有限公司').waitFor();
  });

  it('the demo review expert sees its assignments and the reviews it submitted (评审任务)', async () => {
    const page = await newPage();
    await signIn(page, 'Review expert', '/reviews');
    await settled(page);
    const card = page.getByRole('region', { name: '评审任务: 上汽通用五菱汽车股份有限公司' });
    await card.getByTestId('my-review').getByText('合计：83 / 100').waitFor();
    await capture(page, 'oversight-expert-assignments');
  });

  it('the city funder sees the declarations with their steps and the evaluation ranking', async () => {
    const page = await newPage();
    await signIn(page, 'Funder', '/oversight/declarations');
    await settled(page);
    const table = page.getByRole('region', { name: '申报列表' });
    await table.getByText('上汽通用五菱汽车股份有限公司').waitFor();
    await table.locator('[data-status=CERTIFIED]').first().waitFor();
    await table.locator('[data-status=IN_NOTICE]').first().waitFor();
    await table.locator('[data-status=REJECTED]').first().waitFor();
    await capture(page, 'oversight-funder-declarations');
    await go(page, '/oversight/evaluation');
    await settled(page);
    const first = page.locator('tr', { hasText: '柳州汽车产业产教联盟' }).first();
    await first.waitFor();
    expect(await first.locator('td').first().innerText()).toBe('1');
    await capture(page, 'oversight-funder-evaluation');
  });

  it('the certified enterprise sees its levy credit: ¥300,000.00 credit, ¥180,000.00 offset, ¥120,000.00 carried', async () => {
    const page = await newPage();
    await signIn(page, 'Enterprise admin (上汽通用五菱', '/enterprise');
    await settled(page);
    const levy = page.getByRole('region', { name: '教育费附加抵免' });
    const row = levy.locator('tr', { hasText: '2026' });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('¥1000000.00');
    expect(text).toContain('¥300000.00');
    expect(text).toContain('¥180000.00');
    expect(text).toContain('¥120000.00');
    await capture(page, 'oversight-enterprise-levy');
  });

  it('the enterprise found to have filed false information is refused with the ban\'s dates', async () => {
    const page = await newPage();
    await signIn(page, 'Enterprise admin (柳州恒达机电', '/enterprise');
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
    await capture(page, 'oversight-banned');
  });

  it('the provincial funder sees the pilot city against 2 industries / 20 enterprises / 3 bases, overdue items flagged', async () => {
    const page = await newPage();
    await signIn(page, 'Provincial funder', '/oversight/pilot-cities');
    await settled(page);
    const city = page.getByRole('region', { name: '柳州市（450200）' });
    await city.waitFor();
    const row = (kind: string) => city.locator('tr', { hasText: kind }).first();
    expect(await row('产教融合型行业').innerText()).toMatch(/2\s+1/);
    expect(await row('省级产教融合型企业').innerText()).toMatch(/20\s+1/);
    expect(await row('高水平实训基地').innerText()).toMatch(/3\s+1/);
    await city.getByText('已逾期').first().waitFor();
    await capture(page, 'oversight-pilot-cities');
  });
});
