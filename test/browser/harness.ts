/**
 * Shared by the console's browser tests: starts the platform as `npm start` does (own process, demo data, console
 * at /), drives Debian's Chromium through playwright-core, and checks screens: axe-core findings, untranslated text,
 * screenshots (always into a temporary directory, never the source tree).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '../../infra/ports.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Screenshots are output: $CONSOLE_SCREENSHOTS_DIR, else <os tmpdir>/console-screenshots/. */
export const SHOTS = path.resolve(process.env.CONSOLE_SCREENSHOTS_DIR || path.join(os.tmpdir(), 'console-screenshots'));
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Identity {
  label: string;
  token: string;
  org?: string | null;
}

export class Harness {
  platform?: ChildProcess;
  output = '';
  base = '';
  browser!: Browser;
  identities: Identity[] = [];
  contexts: BrowserContext[] = [];

  async start(): Promise<void> {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`The console's browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk. These tests are never skipped.`);
    }
    execFileSync(process.execPath, [path.join(ROOT, 'console/build-if-stale.mjs')], { cwd: ROOT, stdio: 'inherit' });
    this.base = await this.startPlatform();
    const res = await fetch(`${this.base}/console/dev-identities`);
    this.identities = ((await res.json()) as { identities: Identity[] }).identities;
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }

  private async startPlatform(): Promise<string> {
    const port = await freePort();
    const id = `roles${process.pid}${Date.now().toString(36)}`;
    const child = spawn(process.execPath, ['--import', 'tsx', 'app/platform.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'warn', MOLECULER_NAMESPACE: id, MONGO_DB_PREFIX: id, MONGO_URL: inject('mongoUrl'), NATS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.platform = child;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the platform did not start in 180 s:\n${this.output.slice(-3000)}`)), 180_000);
      const onData = (b: Buffer) => {
        this.output = (this.output + b.toString()).slice(-50_000);
        const m = /GraphQL API \+ GraphiQL: (http:\/\/[^\s]+)\/graphql/.exec(this.output);
        if (m && this.output.includes('Mint another')) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the platform exited with ${code}:\n${this.output.slice(-3000)}`));
      });
    });
  }

  async stop(): Promise<void> {
    for (const c of this.contexts) await c.close().catch(() => undefined);
    await this.browser?.close().catch(() => undefined);
    const p = this.platform;
    if (p && p.exitCode === null) {
      const exited = new Promise((r) => p.once('exit', r));
      p.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (p.exitCode === null) p.kill('SIGKILL');
    }
  }

  identity(prefix: string): Identity {
    const id = this.identities.find((i) => i.label.startsWith(prefix));
    if (!id) throw new Error(`no demo identity "${prefix}" among ${this.identities.map((i) => i.label).join(', ')}`);
    return id;
  }

  /** A page in its own context, in a language (zh-CN or en) chosen before the console loads, optionally signed in with a token. */
  async page(lang: 'zh' | 'en', token?: string, opts: { timezoneId?: string } = {}): Promise<Page> {
    const ctx = await this.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: lang === 'en' ? 'en-US' : 'zh-CN', timezoneId: opts.timezoneId ?? 'Asia/Shanghai' });
    this.contexts.push(ctx);
    await ctx.addInitScript(
      ([l, tok]) => {
        localStorage.setItem('cej.lang', l as string);
        if (tok && !sessionStorage.getItem('cej.token.set')) {
          sessionStorage.setItem('cej.token', tok as string);
          sessionStorage.setItem('cej.token.set', '1');
        }
      },
      [lang, token ?? ''],
    );
    const page = await ctx.newPage();
    page.on('pageerror', (err) => process.stdout.write(`[browser page error] ${err.message}\n`));
    return page;
  }

  async go(page: Page, p: string): Promise<void> {
    await page.goto(`${this.base}${p}`);
    await page.locator('.app-header .who').waitFor();
    await settled(page);
  }
}

/** Waits until nothing is loading (no spinner, no busy region). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role=status] .ant-spin, [aria-busy=true], .ant-spin-spinning'), undefined, { timeout: 30_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeFinding {
  id: string;
  impact: string | null;
  targets: string[];
}

/** axe-core's serious and critical findings on the page as it stands (moderate and minor are not returned). */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * The visible text of the page, one entry per text node, leaving out what is not the console's own words: elements
 * marked lang="en"/lang="zh-CN" for the other language (the language switch), <code> (codes, ids), and
 * [translate=no] (names and data typed by people).
 */
export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const pageLang = document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      if (!text) continue;
      const el = n.parentElement;
      if (!el || el.closest('script, style, code, [translate=no], .visually-hidden, .skip-link')) continue;
      const langEl = el.closest('[lang]');
      if (langEl && langEl.getAttribute('lang') !== pageLang) continue;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || cs.display === 'none') continue;
      out.push(text);
    }
    return out;
  });
}

/** Two or more English words in a row: a sentence or label left untranslated on a zh-CN screen. */
const ENGLISH_WORDS = /\b[A-Za-z][a-z]+(?:[ ,'’]+[A-Za-z][a-z]+)+\b/;

/** Texts on a zh-CN screen that are English (beyond single tokens such as CSV, JWT, Asia/Shanghai). */
export async function englishOnZhScreen(page: Page): Promise<string[]> {
  return (await visibleTexts(page)).filter((t) => ENGLISH_WORDS.test(t.replace(/Asia\/Shanghai/g, '')));
}

/** Texts on an English screen that are console or Ant Design words left in Chinese (from the zh-CN catalogs). */
export async function chineseOnEnScreen(page: Page, zhTexts: string[]): Promise<string[]> {
  const texts = await visibleTexts(page);
  const known = new Set(zhTexts.filter((s) => /[\u4e00-\u9fff]/.test(s)));
  return texts.filter((t) => known.has(t) || [...known].some((k) => t.startsWith(`${k}:`) || t.startsWith(`${k}：`) || t.startsWith(`${k} `)));
}

/**
 * Controls a keyboard cannot reach: visible buttons, links, inputs and text areas taken out of the tab order
 * (tabindex -1), except tabs (a tablist moves between its tabs with the arrow keys), disabled controls, and controls
 * inside a focusable wrapper that acts for them.
 */
export async function unreachableByKeyboard(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, textarea, select')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !(el as HTMLButtonElement).disabled;
      })
      .filter((el) => el.tabIndex < 0 && el.getAttribute('role') !== 'tab' && !el.closest('[role=tab], [aria-hidden=true]') && el.getAttribute('type') !== 'hidden')
      // Reached through a focusable wrapper (antd's pagination: the list item takes the focus, not its inner button).
      .filter((el) => !el.parentElement?.closest('[tabindex]:not([tabindex="-1"])'))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}
