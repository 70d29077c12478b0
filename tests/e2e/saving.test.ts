import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { withExtension, pageUiButton, pageUiClick, pageUiHtml, selectText, storedClippings } from './browser';

const env = withExtension();

const textOf = (page: Page, sel: string) => page.locator(sel).textContent() as Promise<string>;
const exacts = async () => (await storedClippings(env.browser)).map((c) => c.exact);

/** Selects as a user does: the selection, then a real key release, which is what the save button waits for. */
async function userSelects(page: Page, selector: string) {
  await selectText(page, selector);
  await page.keyboard.press('Shift');
}

describe('the save button next to a selection', () => {
  test('appears beside the selection without covering it, saves with one click, and the toast undoes it', async () => {
    const page = await env.openPage('/clipping.html');
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
    const saved = (await storedClippings(env.browser)).find((c) => c.exact === s1)!;
    expect(saved.terms).toEqual(['liang-ge-weihu', 'si-ge-yishi']);
    await expect.poll(() => pageUiHtml(page)).toContain('已保存摘录');
    expect(await pageUiButton(page, '保存摘录')).toBeNull(); // hidden once used

    await pageUiClick(page, '撤销');
    await expect.poll(exacts).not.toContain(s1);
    await expect.poll(() => pageUiHtml(page)).toContain('已撤销');
    await page.close();
  });

  test('is not shown for a selection made by a page script, and hides on Esc', async () => {
    const page = await env.openPage('/clipping.html');
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

  test('can be switched off in the settings', async () => {
    const page = await env.openPage('/clipping.html');
    const options = await env.browser.openExtensionPage('options.html');
    await options.getByRole('checkbox', { name: '选中文字时在旁边显示“保存摘录”按钮' }).uncheck();
    await userSelects(page, '#s5');
    await page.waitForTimeout(300);
    expect(await pageUiButton(page, '保存摘录')).toBeNull();
    await options.getByRole('checkbox', { name: '选中文字时在旁边显示“保存摘录”按钮' }).check();
    await userSelects(page, '#s5');
    await expect.poll(() => pageUiButton(page, '保存摘录')).not.toBeNull();
    await options.close();
    await page.close();
  });
});

describe('the context menu and the keyboard shortcut', () => {
  /** Fires a browser event in the service worker as the browser does when the user picks the menu item or presses the keys. */
  const dispatch = (page: Page, event: 'menu' | 'command') =>
    env.browser.tabIdOf(page).then((tabId) =>
      env.browser.worker.evaluate(
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
    const page = await env.openPage('/clipping.html');
    await selectText(page, '#s5');
    await dispatch(page, 'menu');
    await expect.poll(exacts).toContain(await textOf(page, '#s5'));
    await expect.poll(() => pageUiHtml(page)).toContain('已保存摘录');
    await page.close();
  });

  test('Alt+Shift+S is registered (rebindable in the env.browser) and saves the selection', async () => {
    const commands = await env.browser.worker.evaluate(() => (globalThis as any).chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: 'save-selection', shortcut: 'Alt+Shift+S' }));
    const page = await env.openPage('/clipping.html');
    await selectText(page, '#s4');
    await dispatch(page, 'command');
    await expect.poll(exacts).toContain(await textOf(page, '#s4'));
    await page.close();
  });
});

describe('two tabs saving at once', () => {
  test('the same passage from two tabs of the same page is stored once; different passages both', async () => {
    const [a, b] = [await env.openPage('/clipping.html?x=1'), await env.openPage('/clipping.html?x=1')];
    const [ta, tb] = [await env.browser.tabIdOf(a), await env.browser.tabIdOf(b)];
    await selectText(a, '#s3');
    await selectText(b, '#s3');
    const save = (tabId: number) => (globalThis as any).chrome.runtime.sendMessage({ tifa: 1, name: 'saveSelectionInTab', args: { tabId } });
    const before = (await exacts()).length;
    const results = await Promise.all([env.browser.inExtension(save, ta), env.browser.inExtension(save, tb)]);
    expect(results.every((r: { ok: boolean }) => r.ok)).toBe(true);
    expect((await exacts()).length).toBe(before + 1);

    await selectText(a, '#s1');
    await selectText(b, '#s2');
    await Promise.all([env.browser.inExtension(save, ta), env.browser.inExtension(save, tb)]);
    expect((await exacts()).length).toBe(before + 3);
    await a.close();
    await b.close();
  });
});
