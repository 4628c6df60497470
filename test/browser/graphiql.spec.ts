/**
 * GraphiQL works offline: Debian's Chromium (playwright-core, as the console's browser test) opens /graphql with every
 * request to anything but the gateway on loopback refused — the situation on government intranets and our build
 * machines, where the public CDN yoga's default page loads from is unreachable. The page must render from the
 * installed package's assets (served under /graphiql/), the docs pane must show the schema (the standard
 * introspection works in development), and a bearer token put in the Headers tab must reach the API.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let p: TestPlatform;
let browser: Browser;
/** Requests the page tried to make beyond loopback (all refused). */
const blocked: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium (browser tests are never skipped)`);
  p = await startTestPlatform({ services: ['organizations'] });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

/** A page whose network reaches only the gateway on loopback: anything else is aborted and recorded. */
async function offlinePage(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await ctx.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'blob:' || url.protocol === 'data:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
  const page = await ctx.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return page;
}

describe('GraphiQL offline', () => {
  it('renders from our own assets, shows the schema in the docs pane and sends the Headers tab', async () => {
    const token = await p.token(['ORG_MEMBER'], 'a'.repeat(24), 'graphiql-offline-user');
    const page = await offlinePage();
    const res = await page.goto(`${p.url}/graphql`);
    expect(res?.status()).toBe(200);
    await page.locator('.graphiql-container').first().waitFor({ timeout: 60_000 });
    // The query editor holds the default query once Monaco and its workers (same-origin files) are up.
    await page.getByText('roles').first().waitFor({ timeout: 60_000 });

    // Docs pane: the schema comes from the standard introspection query.
    await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().waitFor({ timeout: 30_000 });
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('organizations', { exact: true }).first().waitFor({ timeout: 30_000 });

    // Headers tab: the token typed there is what the API sees (`me` answers its subject).
    await page.getByRole('button', { name: /^Headers$/ }).click();
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor').last();
    await headers.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(`{"Authorization": "Bearer ${token}"`, { delay: 2 });
    await page.getByRole('button', { name: /Execute query/i }).click();
    await page.locator('.graphiql-response').getByText('graphiql-offline-user').first().waitFor({ timeout: 30_000 });

    expect(pageErrors).toEqual([]);
    // The page asked for nothing beyond loopback (a CDN request would be listed here, refused).
    expect(blocked).toEqual([]);
  }, 180_000);
});
