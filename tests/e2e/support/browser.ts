/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core (no
 * browser is ever downloaded), with the flags of TOOLCHAIN.md, and phone and tablet contexts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEST_CLOCK_OFFSET_MS } from '../../../client/core/testing/test-clock';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium floods the closed network with refused connections. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

export const PHONE = { width: 360, height: 780 } as const;
export const TABLET = { width: 1024, height: 768 } as const;

export type Device = 'phone' | 'tablet';

const BASE: BrowserContextOptions = {
  locale: 'id-ID',
  timezoneId: 'Asia/Jakarta',
  serviceWorkers: 'allow',
};

/**
 * Runs the pages of a context on the test clock (client/core/testing/test-clock.ts), the clock
 * the test server judges writes with: `Date` moved forward by the same offset, time running at
 * its real pace. Timers are untouched.
 */
export async function onTestClock(context: BrowserContext): Promise<BrowserContext> {
  if (TEST_CLOCK_OFFSET_MS === 0) return context;
  // Written as the page's own JavaScript, not a function serialised with toString(): a loader that
  // adds helpers to functions (tsx keeps class names with `__name(...)`, which the bench runs under)
  // would leave the page a script that throws, on the real clock.
  await context.addInitScript({
    content: `(() => {
      const offset = ${TEST_CLOCK_OFFSET_MS};
      const Real = Date;
      class TestClockDate extends Real {
        constructor(...args) {
          if (args.length === 0) super(Real.now() + offset);
          else super(...args);
        }
        static now() {
          return Real.now() + offset;
        }
      }
      globalThis.Date = TestClockDate;
    })();`,
  });
  return context;
}

/** A phone: 360 x 780 CSS px, touch, mobile viewport. */
export async function phoneContext(
  browser: Browser,
  baseURL: string,
  extra: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return onTestClock(
    await browser.newContext({
      ...BASE,
      baseURL,
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      ...extra,
    }),
  );
}

/** A tablet in landscape: 1024 x 768 CSS px, touch. */
export async function tabletContext(
  browser: Browser,
  baseURL: string,
  extra: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return onTestClock(
    await browser.newContext({
      ...BASE,
      baseURL,
      viewport: TABLET,
      deviceScaleFactor: 1,
      hasTouch: true,
      ...extra,
    }),
  );
}

export function deviceContext(
  browser: Browser,
  device: Device,
  baseURL: string,
  extra: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return device === 'phone'
    ? phoneContext(browser, baseURL, extra)
    : tabletContext(browser, baseURL, extra);
}

/** Options of a device, for contexts created outside a Browser (persistent ones). */
export function deviceOptions(device: Device): BrowserContextOptions {
  return device === 'phone'
    ? { ...BASE, viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
    : { ...BASE, viewport: TABLET, deviceScaleFactor: 1, hasTouch: true };
}

export type PersistentContext = {
  context: BrowserContext;
  userDataDir: string;
  close(): Promise<void>;
};

/**
 * A Chromium with a real profile on disk. Playwright's ordinary contexts are off the record, and
 * Chromium refuses to install from those ("in-incognito"); a profile also survives a relaunch,
 * which is how a cold start from the home screen is measured.
 */
export async function launchPersistent(
  device: Device,
  baseURL: string,
  userDataDir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-profile-')),
  extra: BrowserContextOptions = {},
): Promise<PersistentContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
    baseURL,
    ...deviceOptions(device),
    ...extra,
  });
  await onTestClock(context);
  return {
    context,
    userDataDir,
    async close() {
      await context.close();
    },
  };
}

/** Removes a persistent profile directory. */
export function removeProfile(userDataDir: string): void {
  rmSync(userDataDir, { recursive: true, force: true });
}
