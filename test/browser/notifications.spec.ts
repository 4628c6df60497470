/**
 * Notifications in a real browser, two contexts at once against the platform as `npm start` runs it (embedded
 * defaults: in-app only, no SMTP): a member school's admin books the demo base and cancels; the host's (the lead
 * school's) admin, signed in in another browser context, sees the header badge count it within seconds, opens the
 * inbox drawer, reads the item in Chinese (and in English after switching), marks it read, and saves an e-mail
 * address in the settings. Screenshots go outside the source tree (as console.spec.ts).
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
const SHOTS = path.resolve(process.env.CONSOLE_SCREENSHOTS_DIR || path.join(os.tmpdir(), 'console-screenshots'));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let platform: ChildProcess | undefined;
let output = '';
let base = '';
let browser: Browser;
let identities: { label: string; token: string }[] = [];
const contexts: BrowserContext[] = [];

async function startPlatform(): Promise<string> {
  const port = await freePort();
  const id = `notify${process.pid}${Date.now().toString(36)}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'warn', MOLECULER_NAMESPACE: id, MONGO_DB_PREFIX: id, MONGO_URL: inject('mongoUrl'), NATS_URL: '' };
  delete env.SMTP_URL; // embedded defaults: in-app only
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/platform.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  platform = child;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the platform did not start in 180 s:\n${output.slice(-3000)}`)), 180_000);
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

async function newPage(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
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

async function signIn(page: Page, prefix: string): Promise<void> {
  const id = identity(prefix);
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: `登录: ${id.label}` }).click();
  await page.locator('.app-header .who').waitFor();
}

async function axeCritical(page: Page): Promise<{ id: string; targets: string[] }[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'critical').map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  process.stdout.write(`[screenshot] ${file}\n`);
}

/** The unread count the bell announces (its accessible name: "通知，N 条未读" or "通知"). */
async function badge(page: Page): Promise<number> {
  const label = (await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? '';
  const m = /(\d+)/.exec(label);
  return m ? Number(m[1]) : 0;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`The browser tests need Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk. Never skipped.`);
  execFileSync(process.execPath, [path.join(ROOT, 'console/build-if-stale.mjs')], { cwd: ROOT, stdio: 'inherit' });
  base = await startPlatform();
  identities = ((await (await fetch(`${base}/console/dev-identities`)).json()) as { identities: { label: string; token: string }[] }).identities;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
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

describe('notifications across two browser contexts', () => {
  it('the host sees the badge and the inbox item of a member’s cancelled booking within seconds, reads it, and saves settings', async () => {
    const host = await newPage();
    await signIn(host, 'Alliance lead admin');
    await host.getByTestId('notification-bell').waitFor();
    await host.waitForTimeout(1_000); // the first poll
    const before = await badge(host);

    const member = await newPage();
    await signIn(member, 'Member school admin');
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
      await gql('mutation($id: ID!) { cancelBooking(id: $id, reason: "课程调整") { id status } }', { id: b.id });
      return { baseName: baseNode.name as string, at: Date.now() };
    });

    // The host's badge counts it within seconds (poll every 5 s, or at once on focus).
    await expect.poll(() => badge(host), { timeout: 12_000, interval: 250 }).toBe(before + 1);
    const latencyMs = Date.now() - done.at;
    process.stdout.write(`[notifications] badge updated ${latencyMs} ms after the member's action\n`);
    expect(latencyMs).toBeLessThan(12_000);

    await host.getByTestId('notification-bell').click();
    const item = host.locator('[data-testid=notification-item][data-kind=BOOKING_CANCELLED]').first();
    await item.waitFor();
    expect(await item.getAttribute('data-read')).toBe('false');
    expect(await item.innerText()).toContain(`预约已取消：${done.baseName}`);
    expect(await item.innerText()).toContain('课程调整');
    await shot(host, 'notify-01-host-inbox');
    expect(await axeCritical(host)).toEqual([]);

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
    await shot(host, 'notify-02-host-settings');
    expect(await axeCritical(host)).toEqual([]);

    // English: the same item, rendered in English.
    await host.keyboard.press('Escape');
    await host.getByRole('button', { name: /English/ }).click();
    await host.getByTestId('notification-bell').click();
    const en = host.locator('[data-testid=notification-item][data-kind=BOOKING_CANCELLED]').first();
    await expect.poll(() => en.innerText(), { timeout: 10_000 }).toContain(`Booking cancelled: ${done.baseName}`);
    await shot(host, 'notify-03-host-inbox-en');

    // The link in mails (<PUBLIC_URL>/notifications) opens the inbox.
    await host.goto(`${base}/notifications`);
    await host.getByTestId('notification-inbox').waitFor();
  });
});
