import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Server } from 'node:http';
import { launchWithExtension, pageUiButton, pageUiClick, pageUiHtml, selectText, storedClippings, type ExtensionBrowser } from './browser';
import { servePages } from '../serve';

let browser: ExtensionBrowser;
let server: Server;
let base: string;

beforeAll(async () => {
  ({ server, url: base } = await servePages(0));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(path = '/clipping.html'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(base + path);
  await page.waitForFunction(() => CSS.highlights.size > 0); // the content script is running
  return page;
}
const textOf = (page: Page, sel: string) => page.locator(sel).textContent() as Promise<string>;
const exacts = async () => (await storedClippings(browser)).map((c) => c.exact);

/** Selects as a user does: the selection, then a real key release, which is what the save button waits for. */
async function userSelects(page: Page, selector: string) {
  await selectText(page, selector);
  await page.keyboard.press('Shift');
}

describe('the save button next to a selection', () => {
  test('appears beside the selection without covering it, saves with one click, and the toast undoes it', async () => {
    const page = await openPage();
    const s1 = await textOf(page, '#s1');
    await userSelects(page, '#s1');
    await expect.poll(() => pageUiButton(page, '保存摘录')).not.toBeNull();
    const button = (await pageUiButton(page, '保存摘录'))!;
    const rects = await page.evaluate(() => [...getSelection()!.getRangeAt(0).getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
    for (const r of rects) {
      const apart = button.x >= r.x + r.width || button.x + button.width <= r.x || button.y >= r.y + r.height || button.y + button.height <= r.y;
      expect(apart).toBe(true);
    }
    await pageUiClick(page, '保存摘录');
    await expect.poll(exacts).toContain(s1);
    const saved = (await storedClippings(browser)).find((c) => c.exact === s1)!;
    expect(saved.terms).toEqual(['liang-ge-weihu', 'si-ge-yishi']);
    await expect.poll(() => pageUiHtml(page)).toContain('已保存摘录');
    expect(await pageUiButton(page, '保存摘录')).toBeNull(); // hidden once used

    await pageUiClick(page, '撤销');
    await expect.poll(exacts).not.toContain(s1);
    await expect.poll(() => pageUiHtml(page)).toContain('已撤销');
    await page.close();
  });

  test('is not shown for a selection made by a page script, and hides on Esc', async () => {
    const page = await openPage();
    await page.evaluate(() => {
      getSelection()!.selectAllChildren(document.getElementById('s5')!);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.waitForTimeout(200);
    expect(await pageUiButton(page, '保存摘录')).toBeNull();
    await userSelects(page, '#s5');
    await expect.poll(() => pageUiButton(page, '保存摘录')).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => pageUiButton(page, '保存摘录')).toBeNull();
    await page.close();
  });
});

describe('the context menu and the keyboard shortcut', () => {
  /** Fires a browser event in the service worker as the browser does when the user picks the menu item or presses the keys. */
  const dispatch = (page: Page, event: 'menu' | 'command') =>
    browser.tabIdOf(page).then((tabId) =>
      browser.worker.evaluate(
        async ([tabId, event]) => {
          const chrome = (globalThis as any).chrome;
          const tab = await chrome.tabs.get(tabId);
          if (event === 'menu') chrome.contextMenus.onClicked.dispatch({ menuItemId: 'tifa-save-selection', editable: false, pageUrl: tab.url }, tab);
          else chrome.commands.onCommand.dispatch('save-selection', tab);
        },
        [tabId, event] as const,
      ),
    );

  test('"保存摘录" in the context menu saves the selection and the page says so', async () => {
    const page = await openPage();
    await selectText(page, '#s5');
    await dispatch(page, 'menu');
    await expect.poll(exacts).toContain(await textOf(page, '#s5'));
    await expect.poll(() => pageUiHtml(page)).toContain('已保存摘录');
    await page.close();
  });

  test('Alt+Shift+S is registered (rebindable in the browser) and saves the selection', async () => {
    const commands = await browser.worker.evaluate(() => (globalThis as any).chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: 'save-selection', shortcut: 'Alt+Shift+S' }));
    const page = await openPage();
    await selectText(page, '#s4');
    await dispatch(page, 'command');
    await expect.poll(exacts).toContain(await textOf(page, '#s4'));
    await page.close();
  });
});

describe('two tabs saving at once', () => {
  test('the same passage from two tabs of the same page is stored once; different passages both', async () => {
    const [a, b] = [await openPage('/clipping.html?x=1'), await openPage('/clipping.html?x=1')];
    const [ta, tb] = [await browser.tabIdOf(a), await browser.tabIdOf(b)];
    await selectText(a, '#s3');
    await selectText(b, '#s3');
    const save = (tabId: number) => (globalThis as any).chrome.runtime.sendMessage({ tifa: 1, name: 'saveSelectionInTab', args: { tabId } });
    const before = (await exacts()).length;
    const results = await Promise.all([browser.inExtension(save, ta), browser.inExtension(save, tb)]);
    expect(results.every((r: { ok: boolean }) => r.ok)).toBe(true);
    expect((await exacts()).length).toBe(before + 1);

    await selectText(a, '#s1');
    await selectText(b, '#s2');
    await Promise.all([browser.inExtension(save, ta), browser.inExtension(save, tb)]);
    expect((await exacts()).length).toBe(before + 3);
    await a.close();
    await b.close();
  });
});
