import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { withExtension, highlightedIds, selectText, storedClippings } from './browser';

const env = withExtension();

/** Whether page-main runs in the page's top frame: read in the extension's isolated world, where the page cannot look. */
async function pageMainRunning(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; auxData?: { type?: string; frameId?: string }; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const isolated = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
    for (const c of isolated) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: "!!globalThis[Symbol.for('tifa.page-main')]", contextId: c.id });
      if (result.value) return true;
    }
    return false;
  } finally {
    await cdp.detach();
  }
}

test('a page without Chinese never gets the highlighter; Chinese text added later brings it', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(env.base + '/english.html');
  await page.waitForTimeout(500);
  expect(await pageMainRunning(page)).toBe(false);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'late';
    p.textContent = '坚决做到两个维护';
    document.body.append(p);
  });
  await expect.poll(() => highlightedIds(page)).toEqual({ late: 1 });
  expect(await pageMainRunning(page)).toBe(true);
  await page.close();
});

test('saving from a page without Chinese injects what it needs and saves', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(env.base + '/english.html');
  await selectText(page, '#quote');
  const tabId = await env.browser.tabIdOf(page);
  const popup = await env.browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: '保存选中文字' }).click();
  await expect.poll(() => popup.locator('.status').textContent()).toBe('已保存摘录');
  expect((await storedClippings(env.browser)).map((c) => c.exact)).toContain('The policy was summed up in four words.');
  await popup.close();
  await page.close();
});
