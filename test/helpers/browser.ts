/**
 * The console's browser tests' one setup (test/browser/*.spec.ts that drive the console): Debian's Chromium through
 * playwright-core against one demo platform per test file (test/helpers/demo-platform.ts: `npm start`'s process with its
 * demo data; every console suite is in test/browser/console.spec.ts, so it starts once per run), sign-in through the development identities, and the checks every screen
 * gets: axe-core findings, untranslated text, keyboard reachability, screenshots (always into a temporary directory,
 * never the source tree). Never skipped: without Chromium the spec fails and says how to install it.
 *
 *   const c = await openConsole();            // beforeAll (waits for the shared platform, launches Chromium)
 *   const page = await c.newPage();
 *   await c.signIn(page, 'Funder', '/funder/standings');
 *   await c.capture(page, '02-funder-standings');   // settled + screenshot + no critical axe violation
 *   await c.stop();                           // afterAll (closes Chromium; stopDemoPlatform() stops the platform)
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { ROOT, buildConsoleIfStale, startDemoPlatform, type DemoPlatform, type Identity } from './demo-platform.js';

export { ROOT, type Identity };
/** Screenshots are output: $CONSOLE_SCREENSHOTS_DIR, else <os tmpdir>/console-screenshots/. */
export const SHOTS = path.resolve(process.env.CONSOLE_SCREENSHOTS_DIR || path.join(os.tmpdir(), 'console-screenshots'));
/** Debian's Chromium; CHROMIUM_PATH points elsewhere (e.g. the Chrome preinstalled on GitHub's runners). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Throws (never skips) when Chromium is missing, saying how to install it. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${CHROMIUM} and it is missing. Install it with ` +
        '`apt-get update && apt-get install -y chromium fonts-noto-cjk` (.ci/run does this). These tests are never skipped.',
    );
  }
}

/** Launches headless Chromium (the caller closes it). */
export function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

let demo: Promise<DemoPlatform> | undefined;

/**
 * The demo platform of this test file (one vitest worker): built console, `app/platform.ts` started as `npm start` starts
 * it, demo data seeded — started by the first suite that asks, shared by the others (test/browser/console.spec.ts).
 */
async function sharedDemoPlatform(): Promise<{ base: string; identities: Identity[] }> {
  // A real MongoDB (MONGO_URL) is shared; the emulator is not: the demo platform starts its own, as `npm start` does,
  // so the other worker's heavy files on the run's emulator cannot stall a console step past its wait.
  demo ??= buildConsoleIfStale().then(() => startDemoPlatform({ mongoUrl: process.env.MONGO_URL || undefined }));
  const p = await demo;
  return { base: p.base, identities: p.identities };
}

/**
 * The demo platform's last output (its warnings and errors, LOG_LEVEL=warn), for a failed test's report: a step that
 * waited in vain for a screen usually failed on the server, and this says why.
 */
export async function demoPlatformOutput(): Promise<string> {
  const p = await demo?.catch(() => undefined);
  return p?.output() ?? '(the demo platform is not running)';
}

/**
 * Logs the GraphQL errors the console received (`[graphql] <operation>: <code> <message>`), so that a failed wait for a
 * success message says what the server answered instead. Tests that expect a refusal log it too; that is harmless.
 */
async function logGraphqlErrors(res: Response): Promise<void> {
  if (!res.url().endsWith('/graphql')) return;
  try {
    const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    const sent = res.request().postDataJSON() as { operationName?: string; query?: string } | null;
    const op = sent?.operationName ?? /\b(?:query|mutation)\s+(\w+)/.exec(sent?.query ?? '')?.[1] ?? '?';
    for (const e of body.errors ?? []) process.stdout.write(`[graphql] ${op}: ${e.extensions?.code ?? '-'} ${e.message}\n`);
  } catch {
    // Not JSON (a closed page, a redirect): nothing to report.
  }
}

/** Stops the file's demo platform (its afterAll). */
export async function stopDemoPlatform(): Promise<void> {
  const p = await demo?.catch(() => undefined);
  demo = undefined;
  await p?.stop();
}

export interface PageOptions {
  /** The console's language, set before it loads; default: none set (the console starts in zh-CN). */
  lang?: 'zh' | 'en';
  /** Signed in with this token before the console loads (once: signing out sticks). */
  token?: string;
  timezoneId?: string;
  width?: number;
  height?: number;
  downloads?: boolean;
}

/** Chromium pages on the shared demo platform: one browser context per page, closed by `stop()`. */
export class ConsoleBrowser {
  readonly contexts: BrowserContext[] = [];
  constructor(
    /** The platform's origin, e.g. http://127.0.0.1:40123 (no trailing slash). */
    readonly base: string,
    readonly identities: Identity[],
    readonly browser: Browser,
  ) {}

  /** The demo identity whose label starts with `prefix` (throws, listing them, when there is none). */
  identity(prefix: string): Identity {
    const id = this.identities.find((i) => i.label.startsWith(prefix));
    if (!id) throw new Error(`no demo identity "${prefix}" among ${this.identities.map((i) => i.label).join(', ')}`);
    return id;
  }

  /** A page in its own context (zh-CN locale, 1280×800, Asia/Shanghai unless told), optionally in a language and signed in. */
  async newPage(opts: PageOptions = {}): Promise<Page> {
    const ctx = await this.browser.newContext({
      viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
      locale: opts.lang === 'en' ? 'en-US' : 'zh-CN',
      timezoneId: opts.timezoneId ?? 'Asia/Shanghai',
      acceptDownloads: opts.downloads ?? false,
    });
    this.contexts.push(ctx);
    if (opts.lang || opts.token) {
      await ctx.addInitScript(
        ([l, tok]) => {
          if (l) localStorage.setItem('cej.lang', l);
          if (tok && !sessionStorage.getItem('cej.token.set')) {
            sessionStorage.setItem('cej.token', tok);
            sessionStorage.setItem('cej.token.set', '1');
          }
        },
        [opts.lang ?? '', opts.token ?? ''],
      );
    }
    const page = await ctx.newPage();
    page.on('pageerror', (err) => process.stdout.write(`[browser page error] ${err.message}\n`));
    page.on('response', (res) => void logGraphqlErrors(res));
    return page;
  }

  /** Signs in through the development sign-in screen by clicking the identity's button, then opens `then` if given. */
  async signIn(page: Page, prefix: string, then?: string): Promise<void> {
    const id = this.identity(prefix);
    await page.goto(`${this.base}/`);
    await page.getByRole('button', { name: `登录: ${id.label}` }).click();
    await page.locator('.app-header .who').waitFor();
    if (then) await this.go(page, then);
  }

  /** Opens a console path as the signed-in user and waits until it has settled. */
  async go(page: Page, p: string): Promise<void> {
    await page.goto(`${this.base}${p}`);
    await page.locator('.app-header .who').waitFor();
    await settled(page);
  }

  /** Settles, takes a full-page screenshot (outside the source tree) and fails on any critical axe-core violation. */
  async capture(page: Page, name: string): Promise<void> {
    await settled(page);
    await screenshot(page, name);
    await expectNoCriticalViolations(page, name);
  }

  /** Closes every context and Chromium (the platform belongs to the run). */
  async stop(): Promise<void> {
    for (const c of this.contexts) await c.close().catch(() => undefined);
    await this.browser.close().catch(() => undefined);
  }
}

/** For a spec's beforeAll (allow 300 s): fails without Chromium, waits for the run's demo platform, launches Chromium. */
export async function openConsole(): Promise<ConsoleBrowser> {
  requireChromium();
  const { base, identities } = await sharedDemoPlatform();
  return new ConsoleBrowser(base, identities, await launchChromium());
}

/** Waits until nothing is loading (no spinner, no busy region). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role=status] .ant-spin, [aria-busy=true], .ant-spin-spinning'), undefined, { timeout: 30_000 });
}

/** A full-page screenshot into SHOTS (never the source tree); prints and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  process.stdout.write(`[screenshot] ${file}\n`);
  return file;
}

export interface AxeFinding {
  id: string;
  impact: string | null;
  targets: string[];
}

/** Every axe-core violation on the page as it stands (axe injected from the axe-core package once per document). */
async function axeViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/** axe-core's serious and critical findings on the page as it stands (moderate and minor are not returned). */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails on any critical axe-core violation; serious ones are printed (roles.spec.ts fails on those). */
export async function expectNoCriticalViolations(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  const serious = violations.filter((v) => v.impact === 'serious');
  if (serious.length) process.stdout.write(`[axe] ${screen}: serious (not failing): ${serious.map((v) => v.id).join(', ')}\n`);
  expect(violations.filter((v) => v.impact === 'critical'), `critical axe violations on ${screen}`).toEqual([]);
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

/** Today's date (YYYY-MM-DD) in Asia/Shanghai, the demo base's zone. */
export function shanghaiDate(ms = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

/** The next Monday after today in Asia/Shanghai (YYYY-MM-DD). */
export function nextMondayShanghai(): string {
  const d = new Date(`${shanghaiDate()}T00:00:00Z`);
  do d.setUTCDate(d.getUTCDate() + 1);
  while (d.getUTCDay() !== 1);
  return d.toISOString().slice(0, 10);
}
