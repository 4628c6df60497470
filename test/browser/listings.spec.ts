/**
 * The information service platform in a real browser (Debian's Chromium via playwright-core), against the platform as
 * `npm start` runs it with its demo data: the issue's "Done when" path in Chinese — a firm publishes an internship
 * demand, a school finds it by a segmented query, publishes its own supply and sees the demand recommended with
 * reasons, expresses interest; the firm accepts and (once issue 15's cooperation service is merged) turns the match
 * into an agreement draft; a member registers for the demo matchmaking event (30 seats). The 45-for-30 race itself
 * runs on the bus with two replicas (test/integration/matchmaking-races.spec.ts). Screenshots go to a temp dir.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '../../infra/ports.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHOTS = path.resolve(process.env.CONSOLE_SCREENSHOTS_DIR || path.join(os.tmpdir(), 'console-screenshots'));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TITLE = `五菱宝骏基地招聘数控技术专业顶岗实习生 ${Date.now() % 10_000} 批`;

let platform: ChildProcess | undefined;
let output = '';
let base = '';
let browser: Browser;
let identities: { label: string; token: string }[] = [];
const contexts: BrowserContext[] = [];

async function startPlatform(): Promise<string> {
  const port = await freePort();
  const id = `listings${process.pid}${Date.now().toString(36)}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/platform.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'warn', MOLECULER_NAMESPACE: id, MONGO_DB_PREFIX: id, MONGO_URL: inject('mongoUrl'), NATS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  platform = child;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the platform did not start in 240 s:\n${output.slice(-3000)}`)), 240_000);
    const onData = (b: Buffer) => {
      output = (output + b.toString()).slice(-50_000);
      const m = /GraphQL API \+ GraphiQL: (http:\/\/[^\s]+)\/graphql/.exec(output);
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

async function signedIn(prefix: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.on('pageerror', (err) => process.stdout.write(`[browser page error] ${err.message}\n`));
  const id = identities.find((i) => i.label.startsWith(prefix));
  if (!id) throw new Error(`no demo identity "${prefix}"`);
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: `登录: ${id.label}` }).click();
  await page.locator('.app-header .who').waitFor();
  await page.goto(`${base}/member/platform`);
  await page.getByRole('tab', { name: '找需求 / 找资源' }).waitFor();
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  process.stdout.write(`[screenshot] ${file}\n`);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Debian's Chromium is missing at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk. Never skipped.`);
  execFileSync(process.execPath, [path.join(ROOT, 'console/build-if-stale.mjs')], { cwd: ROOT, stdio: 'inherit' });
  base = await startPlatform();
  identities = ((await (await fetch(`${base}/console/dev-identities`)).json()) as { identities: { label: string; token: string }[] }).identities;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
}, 400_000);

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
    await shot(firm, 'listings-firm-published');
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
    await shot(school, 'listings-school-search');
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
    await shot(school, 'listings-school-recommendations');
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
    await shot(firm, 'listings-firm-accepted');
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
    await shot(firm, 'listings-events');
  }, 60_000);
});
