import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { withExtension, selectText, highlightedIds, storedClippings } from './browser';

const HUGE = '全市各级党组织认真落实工作要求。'.repeat(70_000); // > 1 MB of text in one paragraph

const env = withExtension({
  '/huge.html': () => `<!doctype html><meta charset="utf-8"><title>huge</title><p id="huge">${HUGE}</p>`,
});

async function saveFromPopup(page: Page): Promise<{ status: string; popup: Page }> {
  const tabId = await env.browser.tabIdOf(page);
  const popup = await env.browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: '保存选中文字' }).click();
  const status = await popup.locator('.status').textContent();
  return { status: status ?? '', popup };
}

describe('highlighting on a served page', () => {
  test('formulations are highlighted, split and Traditional ones too, and forms, editors and scripts are not', async () => {
    const page = await env.openPage('/basics.html');
    const ids = await highlightedIds(page);
    expect(ids.plain).toBe(3);
    expect(ids.split).toBe(2);
    expect(ids.trad).toBe(1);
    for (const id of ['input', 'textarea', 'editable', 'english', '(none)']) expect(ids[id]).toBeUndefined();
    // No DOM mutation: the page's markup is exactly what was served, and no element was added.
    expect(await page.evaluate(() => document.querySelectorAll('body *').length)).toBe(13);
    await page.close();
  });
});

describe('saving from the popup', () => {
  test('a selection is saved and shown in the popup', async () => {
    const page = await env.openPage('/basics.html', { settle: false });
    await selectText(page, '#save-me', 0, 12);
    const before = (await storedClippings(env.browser)).length;
    const { status, popup } = await saveFromPopup(page);
    expect(status).toBe('已保存摘录');
    await expect.poll(() => popup.locator('.clipping-text').first().textContent()).toBe('全面从严治党永远在路上，');
    expect((await storedClippings(env.browser)).length).toBe(before + 1);
    // Saving the same passage again does not duplicate it.
    await popup.getByRole('button', { name: '保存选中文字' }).click();
    await expect.poll(() => popup.locator('.status').textContent()).toBe('这段文字已在摘录库中');
    expect((await storedClippings(env.browser)).length).toBe(before + 1);
    await popup.close();
    await page.close();
  });

  test('an empty selection is refused with a clear message and nothing is stored', async () => {
    const page = await env.openPage('/basics.html', { settle: false });
    await page.evaluate(() => getSelection()!.removeAllRanges());
    const before = (await storedClippings(env.browser)).length;
    const { status, popup } = await saveFromPopup(page);
    expect(status).toContain('没有选中文字');
    expect((await storedClippings(env.browser)).length).toBe(before);
    await popup.close();
    await page.close();
  });

  test('a 1 MB selection is refused with a clear message and nothing is stored', async () => {
    const page = await env.openPage('/huge.html', { settle: false });
    await selectText(page, '#huge');
    const before = (await storedClippings(env.browser)).length;
    const { status, popup } = await saveFromPopup(page);
    expect(status).toContain('太长');
    expect((await storedClippings(env.browser)).length).toBe(before);
    await popup.close();
    await page.close();
  });

  test('a save while the background is stopped wakes it and succeeds', async () => {
    const page = await env.openPage('/basics.html', { settle: false });
    await selectText(page, '#save-me', 13);
    const cdp = await env.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const { status, popup } = await saveFromPopup(page);
    expect(['已保存摘录', '扩展正在重新启动，摘录没有保存，请稍后重试。']).toContain(status);
    await popup.close();
    await page.close();
  });
});

describe('the page cannot drive the extension', () => {
  test('page scripts find no hook, cannot message the extension, and synthetic events save nothing', async () => {
    const page = await env.openPage('/basics.html');
    const before = (await storedClippings(env.browser)).length;
    const probe = await page.evaluate(() => {
      const globals = Object.keys(window).filter((k) => /tifa/i.test(k));
      const host = document.querySelector('tifa-ui');
      const runtime = typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage;
      // Select text and fire what a user would, but untrusted.
      const p = document.getElementById('plain')!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'S', altKey: true, shiftKey: true, bubbles: true }));
      return { globals, shadow: host ? host.shadowRoot : null, runtime };
    });
    expect(probe.globals).toEqual([]);
    expect(probe.shadow).toBeNull();
    expect(probe.runtime).not.toBe('function');
    await page.waitForTimeout(300);
    expect((await storedClippings(env.browser)).length).toBe(before);
    await page.close();
  });
});
