import { afterAll, beforeAll } from 'vitest';
import type { Server } from 'node:http';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { servePages } from '../serve';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}: install Debian's chromium (bash .ci/install) or set CHROME_PATH. Tests never download a browser.`);
  }
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens an extension page (popup.html, library.html …). */
  openExtensionPage(path: string): Promise<Page>;
  /** The browser's tab id of a page (brings the page to the front). */
  tabIdOf(page: Page): Promise<number>;
  /**
   * Runs a function in an extension page kept open for the purpose: it has the extension's APIs and
   * database like the service worker, but survives the worker being stopped and restarted.
   */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** Chromium with the built extension loaded, in a fresh profile. */
export async function launchWithExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}`);
  const profile = mkdtempSync(join(tmpdir(), 'tifa-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  let control: Page | undefined;
  const self: ExtensionBrowser = {
    context,
    worker,
    extensionId,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async tabIdOf(page) {
      // Without the "tabs" permission (which Tifa does not ask for) tab URLs are hidden: find the tab by focus,
      // after the control page exists (opening it would take the focus).
      await self.inExtension(() => null, null);
      await page.bringToFront();
      const id = await self.inExtension(async () => {
        const tabs: { id?: number }[] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tabs[0]?.id;
      }, null);
      if (id === undefined) throw new Error(`no active tab for ${page.url()}`);
      return id;
    },
    async inExtension(fn, arg) {
      if (!control) {
        control = await context.newPage();
        await control.goto(`chrome-extension://${extensionId}/popup.html`);
      }
      return control.evaluate(fn as never, arg) as never;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return self;
}

/** Selects the text of the first element matching `selector`, or a part of it, as a user would. */
export async function selectText(page: Page, selector: string, start = 0, end?: number) {
  await page.evaluate(
    ([sel, s, e]) => {
      const el = document.querySelector(sel as string)!;
      const text = el.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, s as number);
      range.setEnd(text, (e as number | null) ?? text.data.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [selector, start, end ?? null],
  );
}

/**
 * Number of ranges registered in the page's CSS highlight registry under Tifa's names. Only ranges near
 * the viewport are registered, decided by an IntersectionObserver that runs only while the tab is shown,
 * so the page is brought to the front first, as a user would look at it.
 */
export async function highlightCount(page: Page): Promise<number> {
  await page.bringToFront();
  return page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('tifa-') && name !== 'tifa-flash') n += h.size;
    });
    return n;
  });
}

/** Which element (by id) each highlighted range starts in, counted (page brought to the front first). */
export async function highlightedIds(page: Page): Promise<Record<string, number>> {
  await page.bringToFront();
  return page.evaluate(highlightsById, null);
}

/** Runs in the page (any driver's evaluate): Tifa's highlighted ranges by the id of the element each starts in. */
export function highlightsById(): Record<string, number> {
  const out: Record<string, number> = {};
  CSS.highlights.forEach((h, name) => {
    if (!name.startsWith('tifa-') || name === 'tifa-flash') return;
    for (const r of h as unknown as Set<Range>) {
      const el = (r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement) as Element;
      const id = el.closest('[id]')?.id ?? '(none)';
      out[id] = (out[id] ?? 0) + 1;
    }
  });
  return out;
}

/**
 * The HTML inside Tifa's closed shadow root. Page scripts cannot read it; the DevTools protocol can,
 * which is how a test sees what the user sees.
 */
export async function pageUiHtml(page: Page): Promise<string> {
  return inPageUi(page, async (cdp, root) => {
    const host = findNode(root, (n) => n.nodeName === 'TIFA-UI');
    if (!host?.shadowRoots?.[0]) return '';
    return (await cdp.send('DOM.getOuterHTML', { nodeId: host.shadowRoots[0].nodeId })).outerHTML;
  });
}

type DomNode = { nodeName: string; nodeId: number; nodeValue?: string; children?: DomNode[]; shadowRoots?: DomNode[] };
const kids = (n: DomNode) => [...(n.children ?? []), ...(n.shadowRoots ?? [])];
const findNode = (n: DomNode, match: (n: DomNode) => boolean): DomNode | undefined =>
  match(n) ? n : kids(n).map((k) => findNode(k, match)).find(Boolean);

/** The page's DOM including closed shadow roots, through the DevTools protocol (which sees what page scripts cannot). */
async function inPageUi<R>(page: Page, use: (cdp: CDPSession, root: DomNode) => Promise<R>): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    return await use(cdp, root as DomNode);
  } finally {
    await cdp.detach();
  }
}

/** The viewport rectangle of the first highlighted range starting inside the element with this id. */
export async function rangeRect(page: Page, id: string): Promise<Box | null> {
  await page.bringToFront();
  return page.evaluate(firstRangeBox, id);
}

export type Box = { x: number; y: number; width: number; height: number };

/** Runs in the page (any driver's evaluate): the box of the first Tifa range starting in the element with this id. */
export function firstRangeBox(id: string): Box | null {
  let found: DOMRect | null = null;
  CSS.highlights.forEach((h, name) => {
    if (found || !name.startsWith('tifa-') || name === 'tifa-flash') return;
    for (const r of h as unknown as Set<Range>) {
      if (r.startContainer.parentElement?.closest('[id]')?.id === id) {
        found = r.getBoundingClientRect();
        break;
      }
    }
  });
  const r = found as DOMRect | null;
  return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
}

/** Where the button with this text inside Tifa's closed shadow root is drawn, or null when there is none. */
export async function pageUiButton(page: Page, text: string): Promise<Box | null> {
  return inPageUi(page, async (cdp, root) => {
    const button = findNode(root, (n) => n.nodeName === 'BUTTON' && kids(n).some((c) => c.nodeValue === text));
    if (!button) return null;
    const box = await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId }).catch(() => null); // hidden: no box
    if (!box) return null;
    const [x1, y1, , , x3, y3] = box.model.border;
    return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
  });
}

/** Clicks the button with this text inside Tifa's closed shadow root, where it is drawn on screen. */
export async function pageUiClick(page: Page, text: string): Promise<void> {
  const box = await pageUiButton(page, text);
  if (!box) throw new Error(`no button "${text}" in the page UI`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The clippings in the extension's database, read without creating the database or keeping it open. */
export function storedClippings(browser: ExtensionBrowser): Promise<{ id: string; exact: string; tags: string[]; note: string; terms: string[] }[]> {
  return browser.inExtension(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'tifa')) return [];
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('tifa');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const req = db.transaction('clippings').objectStore('clippings').getAll();
        req.onsuccess = () => {
          db.close();
          resolve(req.result);
        };
      };
    });
  }, null);
}

/** Selects an element's text and saves it through the background, as the popup button does. */
export async function saveSelected(browser: ExtensionBrowser, page: Page, selector: string): Promise<{ ok: boolean; error?: string }> {
  await selectText(page, selector);
  const tabId = await browser.tabIdOf(page);
  return browser.inExtension(
    (tabId) => (globalThis as any).chrome.runtime.sendMessage({ tifa: 1, name: 'saveSelectionInTab', args: { tabId } }),
    tabId,
  );
}

/** Waits until the page has highlights and their number has stopped changing (the scan runs in slices). */
export async function highlightsSettled(page: Page, timeoutMs = 10_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  let last = -1;
  for (;;) {
    const n = await highlightCount(page);
    if (n > 0 && n === last) return n;
    if (Date.now() > end) throw new Error(`highlights did not settle (last count ${n})`);
    last = n;
    await page.waitForTimeout(150);
  }
}

/**
 * The usual setup of a test file: the fixture pages (plus generated `routes`) served on 127.0.0.1 and a
 * Chromium with the extension, for all the file's tests; `openPage` opens a page and waits until its
 * highlights have settled (`settle: false` for pages without any).
 */
export function withExtension(routes: Record<string, () => string> = {}) {
  let server: Server | undefined;
  const env = {
    browser: undefined as unknown as ExtensionBrowser,
    base: '',
    async openPage(path: string, { settle = true } = {}): Promise<Page> {
      const page = await env.browser.context.newPage();
      await page.goto(env.base + path);
      if (settle) await highlightsSettled(page);
      return page;
    },
  };
  beforeAll(async () => {
    ({ server, url: env.base } = await servePages(0, routes));
    env.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await env.browser?.close();
    server?.close();
  });
  return env;
}
