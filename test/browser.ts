import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import type { Clock } from '../src/platform/clock.ts';
import { testApp } from './app.ts';

/** Debian's Chromium; the browser tests never download one. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Where screenshots for people to look at go: outside the repository. */
export const SCREENSHOT_DIR = '/tmp/shots';

/** A route that fails on purpose (its path avoids the word in its error, so a leak is unmistakable). */
export const BOOM_PATH = '/__test/awaria';

/** Every kind of page a visitor can land on, with the status it must answer with. */
export const PAGES: readonly { path: string; status: number }[] = [
  { path: '/', status: 200 },
  { path: '/klastry', status: 200 },
  { path: '/klastry/dolina-lotnicza', status: 200 },
  { path: '/krajowe-klastry-kluczowe', status: 200 },
  { path: '/kalendarz', status: 200 },
  { path: '/forum', status: 200 },
  { path: '/polityka-klastrowa', status: 200 },
  { path: '/o-projekcie', status: 200 },
  { path: '/deklaracja-dostepnosci', status: 200 },
  { path: '/api/docs', status: 200 },
  { path: '/szukaj?q=klastr%C3%B3w+lotniczych', status: 200 },
  { path: '/szukaj?q=lotnicy', status: 200 },
  { path: '/nie-ma-takiej-strony', status: 404 },
  { path: '/klastry?strona=abc', status: 400 },
];

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Debian's Chromium with the flags that keep it off the network. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}. Install Debian's package ("apt-get install chromium"); ` +
        'the browser tests never download a browser.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

interface RunningPortal {
  app: FastifyInstance;
  baseUrl: string;
  close(): Promise<void>;
}

/** What a test file may ask of its portal: extra settings (e.g. DATA_DIR, MAIL_URL=file:), its own clock. */
export interface PortalOptions {
  env?: Record<string, string>;
  clock?: Clock;
  /** The reference facts (the default), or those and the fictional demo set. */
  data?: 'reference' | 'demo';
}

/** The whole portal with the reference (or demo) data, listening on a free local port, plus a route that throws. */
async function servePortal(options: PortalOptions = {}): Promise<RunningPortal> {
  const portal = await testApp({
    data: options.data ?? 'reference',
    env: options.env,
    clock: options.clock,
    routes: (app) => {
      app.get(BOOM_PATH, { config: { access: 'public' } }, async () => {
        throw new Error('boom');
      });
    },
  });
  await portal.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = portal.app.server.address() as AddressInfo;
  return { app: portal.app, baseUrl: `http://127.0.0.1:${port}`, close: portal.close };
}

export interface Visitor {
  locale?: 'pl' | 'en';
  contrast?: 'high' | 'normal';
  textSize?: 'normal' | 'large' | 'larger';
}

/** One test file's browser and portal. */
export interface Session {
  browser: Browser;
  /** The portal itself, to create accounts directly or start its mail worker. */
  app: FastifyInstance;
  baseUrl: string;
  /** A fresh context for one visitor, carrying the choices they made earlier as cookies. */
  visitor(visitor?: Visitor, options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Starts the browser and the portal side by side; if either fails, stops the other and fails loudly. */
export async function startSession(options: PortalOptions = {}): Promise<Session> {
  const [launched, served] = await Promise.allSettled([launchBrowser(), servePortal(options)]);
  if (launched.status === 'rejected' || served.status === 'rejected') {
    if (launched.status === 'fulfilled') await launched.value.close();
    if (served.status === 'fulfilled') await served.value.close();
    throw launched.status === 'rejected' ? launched.reason : (served as PromiseRejectedResult).reason;
  }
  const browser = launched.value;
  const portal = served.value;
  return {
    browser,
    app: portal.app,
    baseUrl: portal.baseUrl,
    visitor: async (visitor = {}, options = {}) => {
      const context = await browser.newContext({ baseURL: portal.baseUrl, ...options });
      const cookies = [
        { name: 'lang', value: visitor.locale },
        { name: 'kontrast', value: visitor.contrast },
        { name: 'tekst', value: visitor.textSize },
      ].flatMap(({ name, value }) => (value ? [{ name, value, url: portal.baseUrl }] : []));
      if (cookies.length > 0) await context.addCookies(cookies);
      return context;
    },
    close: async () => {
      await browser.close();
      await portal.close();
    },
  };
}

/** Runs the steps in a new page of the context, and closes the context afterwards whatever happens. */
export async function withPage<T>(context: BrowserContext, steps: (page: Page) => Promise<T>): Promise<T> {
  try {
    return await steps(await context.newPage());
  } finally {
    await context.close();
  }
}

/** axe's WCAG 2.1 A/AA violations on the page, one readable line per rule (id, impact, elements). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe inside the page itself; the default opens an extra blank page per run, which
  // doubles the time and buys nothing here (the portal has no cross-origin frames).
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => JSON.stringify(node.target)).join(', ');
    return `${violation.id} (${violation.impact ?? 'n/a'}: ${violation.help}) at ${targets}`;
  });
}

/** Fails with axe's violations on the page, naming the step and the contrast it was checked in. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  const contrast = (await htmlClasses(page)).includes('contrast-high') ? 'high' : 'normal';
  assert.deepEqual(violations, [], `axe on ${where} (${contrast} contrast):\n  ${violations.join('\n  ')}`);
}

/** The classes on <html>, where the server records the visitor's contrast and text-size choices. */
export async function htmlClasses(page: Page): Promise<string[]> {
  return ((await page.locator('html').getAttribute('class')) ?? '').split(/\s+/).filter(Boolean);
}

/** Follows a link the way a visitor does and waits until the page it ends on (after redirects) has loaded. */
export async function follow(page: Page, link: Locator): Promise<void> {
  const loaded = page.waitForEvent('load');
  await link.click();
  await loaded;
}

/** A computed style of the first element matching the selector, as the browser resolved it. */
export async function computedStyle(page: Page, selector: string, property: string): Promise<string> {
  return page.evaluate<string>(
    `getComputedStyle(document.querySelector(${JSON.stringify(selector)})).getPropertyValue(${JSON.stringify(property)})`,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
