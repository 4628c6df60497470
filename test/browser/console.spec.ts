/**
 * The console in Debian's Chromium, every suite in ONE file: they share one demo platform (started once, as `npm start`
 * starts it: its own process, demo data seeded) and run one after another in one vitest worker, while the other worker
 * runs the rest of the suite. Each suite only changes records of its own, so their order does not matter.
 * One alone: `npx vitest run test/browser/console.spec.ts -t '<suite name>'` (e.g. -t roles).
 */
import { afterAll, afterEach, describe } from 'vitest';
import { demoPlatformOutput, stopDemoPlatform } from '../helpers/browser.js';
import rolesSuite from './roles.browser.js';
import consoleSuite from './console.browser.js';
import oversightSuite from './oversight.browser.js';
import cooperationSuite from './cooperation.browser.js';
import listingsSuite from './listings.browser.js';
import notificationsSuite from './notifications.browser.js';

describe('roles: every role, every screen, both languages', rolesSuite);
describe('console: the demo story of an alliance', consoleSuite);
describe('oversight: declarations, review, public notice', oversightSuite);
describe('cooperation: agreement to claim', cooperationSuite);
describe('listings: the information service platform', listingsSuite);
describe('notifications: two browser contexts', notificationsSuite);

// A failed step prints what the platform logged (warnings and errors): the browser only shows that a screen never came.
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') process.stdout.write(`[demo platform output after "${ctx.task.name}"]\n${(await demoPlatformOutput()).slice(-8_000)}\n`);
});
afterAll(stopDemoPlatform, 60_000);
