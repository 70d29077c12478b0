import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Server } from 'node:http';
import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, saveSelected, storedClippings, type ExtensionBrowser } from './browser';
import { servePages } from '../serve';

let browser: ExtensionBrowser;
let server: Server;
let library: Page;
let source: Page;

beforeAll(async () => {
  let base: string;
  ({ server, url: base } = await servePages(0));
  browser = await launchWithExtension();
  source = await browser.context.newPage();
  await source.goto(base + '/clipping.html');
  await source.waitForFunction(() => CSS.highlights.size > 0);
  for (const id of ['#s1', '#s2', '#s3', '#s4', '#s5']) expect((await saveSelected(browser, source, id)).ok).toBe(true);
  library = await browser.openExtensionPage('library.html');
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const cards = () => library.locator('article.card');
const search = (text: string) => library.getByRole('searchbox', { name: '搜索摘录' }).fill(text);
const cardWith = (text: string) => cards().filter({ hasText: text });
const stored = () => storedClippings(browser);

describe('the library page', () => {
  test('shows every clipping, page text only as text (no markup from the page is rendered)', async () => {
    await expect.poll(() => cards().count()).toBe(5);
    await expect.poll(() => library.locator('.count').textContent()).toBe('共 5 条摘录，符合条件 5 条');
    expect(await library.locator('article img, article script').count()).toBe(0);
    await expect.poll(() => cardWith('onerror').locator('blockquote').textContent()).toBe(`<img src=x onerror="document.title='pwned'">坚决反对“四风”。`);
    expect(await library.title()).toBe('提法 · 摘录库');
    const href = await cardWith('三会一课').locator('a.clipping-source').getAttribute('href');
    expect(href).toMatch(/\/clipping\.html#:~:text=/);
  });

  test('search finds any Chinese substring, across Traditional and Simplified, as the user types', async () => {
    await search('维护');
    await expect.poll(() => cards().count()).toBe(2); // 两个维护, and 兩個維護 in Traditional
    await search('維護');
    await expect.poll(() => cards().count()).toBe(2);
    await search('从严治');
    await expect.poll(() => cards().count()).toBe(1);
    await search('没有这句话');
    await expect.poll(() => library.getByText('没有符合条件的摘录。').isVisible()).toBe(true);
    await search('');
    await expect.poll(() => cards().count()).toBe(5);
  });

  test('filters by formulation, site and date range, and sorts', async () => {
    await library.getByRole('combobox', { name: '提法' }).selectOption({ label: '四风 (1)' });
    await expect.poll(() => cards().count()).toBe(1);
    await library.getByRole('combobox', { name: '提法' }).selectOption({ label: '全部' });
    await library.getByRole('combobox', { name: '网站' }).selectOption({ label: '127.0.0.1 (5)' });
    await expect.poll(() => cards().count()).toBe(5);
    await library.getByRole('combobox', { name: '排序' }).selectOption({ label: '最早在前' });
    await expect.poll(() => cards().first().locator('blockquote').textContent()).toContain('两个维护');
    await library.getByRole('combobox', { name: '排序' }).selectOption({ label: '最新在前' });
    await expect.poll(() => cards().first().locator('blockquote').textContent()).toContain('全面从严治党');

    // Dates: everything was saved today, in local time.
    const day = (offset: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    await library.getByLabel('截止日期').fill(day(-1));
    await expect.poll(() => library.getByText('没有符合条件的摘录。').isVisible()).toBe(true);
    await library.getByLabel('截止日期').fill(day(0));
    await library.getByLabel('起始日期').fill(day(0));
    await expect.poll(() => cards().count()).toBe(5);
    await library.getByLabel('起始日期').fill('');
    await library.getByLabel('截止日期').fill('');
  });

  test('tags and notes are edited inline and stored; the tag filter and suggestions follow', async () => {
    const card = cardWith('坚决做到');
    await card.getByPlaceholder('添加标签').fill('学习，重点');
    await card.getByPlaceholder('添加标签').press('Enter');
    await expect.poll(async () => (await stored()).find((c) => c.exact.includes('两个维护'))?.tags).toEqual(['学习', '重点']);
    await card.getByRole('button', { name: '删除标签“重点”' }).click();
    await expect.poll(async () => (await stored()).find((c) => c.exact.includes('两个维护'))?.tags).toEqual(['学习']);
    await card.getByLabel('笔记').fill('出自讲话第二部分');
    await card.getByLabel('笔记').press('Tab');
    await expect.poll(async () => (await stored()).find((c) => c.exact.includes('两个维护'))?.note).toBe('出自讲话第二部分');
    expect(await library.locator('#tifa-tags option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['学习']);
    await library.getByRole('combobox', { name: '标签', exact: true }).selectOption({ label: '学习 (1)' });
    await expect.poll(() => cards().count()).toBe(1);
    await library.getByRole('combobox', { name: '标签', exact: true }).selectOption({ label: '全部' });
  });

  test('delete with undo, and bulk tagging, export and deletion of selected clippings', async () => {
    await cardWith('全面从严治党').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => library.getByRole('status').filter({ hasText: '已删除 1 条摘录' }).isVisible()).toBe(true);
    await expect.poll(async () => (await stored()).length).toBe(4);
    await library.getByRole('button', { name: '撤销' }).click();
    await expect.poll(async () => (await stored()).length).toBe(5);
    await expect.poll(() => cards().count()).toBe(5);

    await library.getByRole('button', { name: '全选显示的摘录' }).click();
    await expect.poll(() => library.getByText('已选 5 条').isVisible()).toBe(true);
    await library.getByPlaceholder('给所选摘录加标签').fill('批量');
    await library.getByRole('button', { name: '添加', exact: true }).click();
    await expect.poll(async () => (await stored()).every((c) => c.tags.includes('批量'))).toBe(true);
    await library.getByRole('button', { name: '取消选择' }).click();

    // Two chosen by their checkboxes: exported together, deleted together, brought back together.
    await cardWith('四风').getByRole('checkbox', { name: '选择这条摘录' }).check();
    await cardWith('三会一课').getByRole('checkbox', { name: '选择这条摘录' }).check();
    const [file] = await Promise.all([library.waitForEvent('download'), library.locator('.bulk').getByRole('button', { name: 'Markdown', exact: true }).click()]);
    const md = (await readFile((await file.path())!)).toString('utf8');
    expect(md.match(/^## /gm)).toHaveLength(2);
    await library.locator('.bulk').getByRole('button', { name: '删除' }).click();
    await expect.poll(async () => (await stored()).length).toBe(3);
    await library.getByRole('button', { name: '撤销' }).click();
    await expect.poll(async () => (await stored()).length).toBe(5);
  });

  test('statistics show the formulations the library holds', async () => {
    await library.getByText('统计').click();
    const chart = library.getByRole('img', { name: '摘录中最常见的提法' });
    await expect.poll(() => chart.textContent()).toContain('两个维护');
    await expect.poll(() => chart.textContent()).toContain('四风');
  });

  test('a clipping saved in another tab appears without reloading', async () => {
    await source.evaluate(() => {
      const p = document.createElement('p');
      p.id = 's6';
      p.textContent = '牢记“三个务必”，走好新的赶考之路。';
      document.body.append(p);
    });
    expect((await saveSelected(browser, source, '#s6')).ok).toBe(true);
    await expect.poll(() => cards().count()).toBe(6);
  });
});

describe('export and import', () => {
  async function exportAs(button: string): Promise<Buffer> {
    const [file] = await Promise.all([library.waitForEvent('download'), library.locator('.backup').getByRole('button', { name: button, exact: true }).click()]);
    return readFile((await file.path())!);
  }
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

  test('CSV opens in Excel as Chinese and neutralises formulas; Markdown escapes page markup', async () => {
    const csv = (await exportAs('CSV（Excel）')).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.invalid"",""点此"")认真落实“三会一课”制度。"`);
    const md = (await exportAs('Markdown')).toString('utf8');
    expect(md).toContain('&lt;img');
    expect(md).not.toContain('<img');
  });

  test('JSON backup → wipe → import gives back exactly the same library', async () => {
    const before = byId(await stored());
    const [file] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: '备份整个摘录库（JSON）' }).click()]);
    const backup = await readFile((await file.path())!);
    expect(JSON.parse(backup.toString('utf8')).clippings).toHaveLength(before.length);
    await browser.inExtension(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('tifa'); r.onsuccess = r.onblocked = resolve; }), null);
    await library.reload();
    await expect.poll(() => library.getByText('还没有摘录', { exact: false }).isVisible()).toBe(true);
    await library.locator('input[type=file]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
    await expect.poll(() => library.getByRole('status').filter({ hasText: `导入完成：新增 ${before.length} 条` }).isVisible()).toBe(true);
    expect(byId(await stored())).toEqual(before);
    await expect.poll(() => cards().count()).toBe(before.length);
    // The same file again merges everything and adds nothing.
    await library.locator('input[type=file]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
    await expect.poll(() => library.getByRole('status').filter({ hasText: '新增 0 条' }).isVisible()).toBe(true);
    expect(byId(await stored())).toEqual(before);
  });

  test.each([
    ['truncated', (b: string) => b.slice(0, b.length / 2), '不是有效的 JSON'],
    ['non-Tifa', () => '{"hello":"world"}', '不是提法的摘录备份'],
    ['future-version', (b: string) => b.replace('"version":1', '"version":99'), '更新版本'],
    ['invalid-clipping', (b: string) => b.replace(/"exact":"[^"]*"/, '"exact":42'), '无效的摘录'],
  ])('importing a %s file is refused with a clear message and changes nothing', async (_name, spoil, message) => {
    const before = byId(await stored());
    const good = (await exportAs('JSON 备份')).toString('utf8');
    await library.locator('input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(spoil(good)) });
    await expect.poll(() => library.getByRole('alert').textContent()).toContain(message);
    await expect.poll(() => library.getByRole('alert').textContent()).toContain('没有导入任何内容');
    expect(byId(await stored())).toEqual(before);
  });

  test('a 100 MB file is refused before it is read, and changes nothing', async () => {
    const before = byId(await stored());
    const file = join(await mkdtemp(join(tmpdir(), 'tifa-')), 'huge.json');
    await writeFile(file, '');
    await truncate(file, 100 * 1000 * 1000); // sparse: costs no disk
    await library.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => library.getByRole('alert').textContent()).toContain('文件太大');
    expect(byId(await stored())).toEqual(before);
  });
});

describe('in English', () => {
  test('the library follows the language chosen in the settings, live', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await expect.poll(() => library.locator('h1').textContent()).toBe('Tifa · Library');
    await expect.poll(() => library.getByRole('searchbox', { name: 'Search clippings' }).count()).toBe(1);
    await options.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await expect.poll(() => library.locator('h1').textContent()).toBe('提法 · 摘录库');
    await options.close();
  });
});
