/**
 * The console's browser tests' setup, shared (test/browser/console.spec.ts carries its own copy from before this file):
 * the platform started as `npm start` starts it (its own process, demo data seeded), Debian's Chromium driven by
 * playwright-core, sign-in through the development identities, screenshots outside the source tree, axe-core.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '../../infra/ports.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHOTS = path.resolve(process.env.CONSOLE_SCREENSHOTS_DIR || path.join(os.tmpdir(), 'console-screenshots'));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface ConsoleSession {
  base: string;
  newPage(): Promise<Page>;
  signIn(page: Page, labelPrefix: string, then?: string): Promise<void>;
  go(page: Page, p: string): Promise<void>;
  capture(page: Page, name: string): Promise<void>;
  /** Waits until nothing is loading (no spinner, no busy region). */
  settled(page: Page): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the console if stale, starts the platform with its demo data, launches Chromium. Fails (never skips) without Chromium. */
export async function startConsoleSession(): Promise<ConsoleSession> {
  if (!existsSync(CHROMIUM)) throw new Error(`Debian's Chromium is missing at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk. Browser tests are never skipped.`);
  execFileSync(process.execPath, [path.join(ROOT, 'console/build-if-stale.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const port = await freePort();
  const id = `coop${process.pid}${Date.now().toString(36)}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'app/platform.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'warn', MOLECULER_NAMESPACE: id, MONGO_DB_PREFIX: id, MONGO_URL: inject('mongoUrl'), NATS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = await new Promise<string>((resolve, reject) => {
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
  const identities = ((await (await fetch(`${base}/console/dev-identities`)).json()) as { identities: { label: string; token: string }[] }).identities;
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const contexts: BrowserContext[] = [];
  const go = async (page: Page, p: string) => {
    await page.goto(`${base}${p}`);
    await page.locator('.app-header .who').waitFor();
  };
  const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[role=status] .ant-spin, [aria-busy=true]'), undefined, { timeout: 30_000 });
  return {
    base,
    async newPage() {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      contexts.push(ctx);
      const page = await ctx.newPage();
      page.on('pageerror', (err) => process.stdout.write(`[browser page error] ${err.message}\n`));
      return page;
    },
    async signIn(page, prefix, then) {
      const idn = identities.find((i) => i.label.startsWith(prefix));
      if (!idn) throw new Error(`no demo identity "${prefix}" among ${identities.map((i) => i.label).join(', ')}`);
      await page.goto(`${base}/`);
      await page.getByRole('button', { name: `登录: ${idn.label}` }).click();
      await page.locator('.app-header .who').waitFor();
      if (then) await go(page, then);
    },
    go,
    settled: async (page) => void (await settled(page)),
    async capture(page, name) {
      await settled(page);
      mkdirSync(SHOTS, { recursive: true });
      const file = path.join(SHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      process.stdout.write(`[screenshot] ${file}\n`);
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact }));
      });
      expect(violations.filter((v) => v.impact === 'critical'), `critical axe violations on ${name}`).toEqual([]);
    },
    async stop() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
  };
}
