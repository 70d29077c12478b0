import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { launchWithExtension } from './browser';

/** What the cross-browser tests use of a page: the part Playwright's and Puppeteer's pages share. */
export interface TestPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  mouse: { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void> };
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** One browser with the built extension, driven the same way whatever drives it. */
export interface Driver {
  name: 'chromium' | 'firefox';
  open(url: string): Promise<TestPage>;
  openExtensionPage(path: string): Promise<TestPage>;
  /** Chooses a file in a file input (the one thing the two libraries spell differently). */
  upload(page: TestPage, selector: string, file: string): Promise<void>;
  close(): Promise<void>;
}

export async function chromiumDriver(): Promise<Driver> {
  const b = await launchWithExtension();
  type PwPage = Awaited<ReturnType<typeof b.openExtensionPage>>;
  return {
    name: 'chromium',
    async open(url) {
      const page = await b.context.newPage();
      await page.goto(url);
      return page as unknown as TestPage;
    },
    openExtensionPage: async (path) => (await b.openExtensionPage(path)) as unknown as TestPage,
    upload: (page, selector, file) => (page as unknown as PwPage).setInputFiles(selector, file),
    close: () => b.close(),
  };
}

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
const GECKO_ID = 'tifa@tifa.invalid';
// Fixed for the test profile, so extension pages have a known address (Firefox picks a random one per profile).
const UUID = '7a1c4e2b-5d3f-4b6a-9c8e-1f2a3b4c5d6e';

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`No Firefox at ${path}: install Debian's firefox-esr (bash .ci/install) or set FIREFOX_PATH.`);
  return path;
}

/** Firefox ESR with the built extension, over WebDriver BiDi (puppeteer-core; never downloads a browser). */
export async function firefoxDriver(): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Firefox 153 lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }), 'browser.download.dir': '/dev/null' },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    name: 'firefox',
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page as unknown as TestPage;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // The page loads, but WebDriver's wait for an extension page's load never ends: wait for the DOM instead.
      await page.goto(`moz-extension://${UUID}/${path}`, { timeout: 2000 }).catch(() => {});
      await page.waitForFunction(() => document.readyState === 'complete' && document.querySelector('#app')?.firstChild);
      return page as unknown as TestPage;
    },
    async upload(page, selector, file) {
      const input = await (page as unknown as import('puppeteer-core').Page).$(selector);
      await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(file);
    },
    close: () => browser.close(),
  };
}
