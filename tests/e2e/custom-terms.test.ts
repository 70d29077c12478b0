import { expect, test } from 'vitest';
import { withExtension, highlightedIds, pageUiHtml, rangeRect, saveSelected, storedClippings } from './browser';

const env = withExtension();

test('a candidate found on the page is added from the popup and highlighted at once, with its own hover card', async () => {
  const page = await env.openPage('/candidates.html');
  expect(await highlightedIds(page)).toEqual({ known: 1 });
  const popup = await env.browser.openExtensionPage(`popup.html?tab=${await env.browser.tabIdOf(page)}`);
  const candidate = popup.locator('.candidates li', { hasText: '五星三名' });
  await expect.poll(() => candidate.textContent()).toContain('2 处');
  await popup.getByRole('button', { name: '添加“五星三名”为自定义提法' }).click();
  await expect.poll(() => candidate.textContent()).toContain('已添加');
  await popup.close();

  await expect.poll(() => highlightedIds(page)).toEqual({ known: 1, local: 2 });
  expect(await page.evaluate(() => CSS.highlights.get('tifa-custom')?.size)).toBe(2);
  const rect = (await rangeRect(page, 'local'))!;
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await expect.poll(() => pageUiHtml(page)).toContain('自定义提法');

  // A clipping saved now records the custom term, with the shared matcher in the background.
  expect((await saveSelected(env.browser, page, '#local')).ok).toBe(true);
  const saved = (await storedClippings(env.browser)).find((c) => c.exact.includes('五星三名'))!;
  expect(saved.terms).toEqual(['custom:五星三名']);
  await page.close();
});

test('custom terms are added, edited, switched off and removed in the options page, live on the page', async () => {
  const page = await env.openPage('/candidates.html');
  const options = await env.browser.openExtensionPage('options.html');
  await options.getByPlaceholder('例如：三个区分开来').fill('两个维护');
  await options.getByRole('button', { name: '添加', exact: true }).click();
  await expect.poll(() => options.getByRole('alert').textContent()).toBe('这个提法已在内置词表中。');

  await options.getByPlaceholder('例如：三个区分开来').fill('一村一法律顾问');
  await options.getByRole('button', { name: '添加', exact: true }).click();
  await expect.poll(() => highlightedIds(page)).toMatchObject({ other: 1 });

  await options.getByRole('checkbox', { name: '启用 一村一法律顾问' }).uncheck();
  await expect.poll(async () => (await highlightedIds(page)).other).toBeUndefined();
  await options.getByRole('checkbox', { name: '启用 一村一法律顾问' }).check();
  await expect.poll(async () => (await highlightedIds(page)).other).toBe(1);

  const row = (term: string) => options.locator('.custom-term').filter({ has: options.getByRole('checkbox', { name: `启用 ${term}` }) });
  const field = row('一村一法律顾问').getByRole('textbox', { name: '自定义提法' });
  await field.fill('法律顾问');
  await field.press('Enter');
  await expect.poll(() => page.bringToFront().then(() => page.evaluate(() => CSS.highlights.get('tifa-custom')?.size))).toBe(3); // 五星三名 ×2, 法律顾问

  await row('法律顾问').getByRole('button', { name: '删除' }).click();
  await expect.poll(() => page.bringToFront().then(() => page.evaluate(() => CSS.highlights.get('tifa-custom')?.size))).toBe(2);
  await options.close();
  await page.close();
});
