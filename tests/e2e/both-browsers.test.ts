// The same journey in Chromium and in Firefox ESR, through the built extension of each: highlight a served
// page, hover a term, save a selection with the in-page button, find it in the library, export, wipe, import.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Server } from 'node:http';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumDriver, firefoxDriver, type Driver, type TestPage } from './drivers';
import { servePages } from '../serve';
import { firstRangeBox, highlightsById } from './browser';

let server: Server;
let base: string;
beforeAll(async () => {
  ({ server, url: base } = await servePages(0));
});
afterAll(() => server?.close());

/** Tifa's highlighted ranges on the page, by the id of the element each starts in. */
async function highlighted(page: TestPage): Promise<Record<string, number>> {
  await page.bringToFront(); // ranges are registered near the viewport of a page that is shown
  return page.evaluate(highlightsById, null);
}

/** Whether Tifa's page UI (its closed shadow root's host) is what is drawn at a point. */
const tifaUiAt = (page: TestPage, x: number, y: number) => page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName === 'TIFA-UI', [x, y]);

/** The viewport box of the first highlighted range inside the element with this id. */
const termBox = (page: TestPage, id: string) => page.evaluate(firstRangeBox, id);

/** Clicks, as a user does, the button with exactly this text in an extension page, once it is enabled. */
async function clickButton(page: TestPage, text: string) {
  const find = () =>
    page.evaluate((text) => {
      const b = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
      if (!b || b.disabled) return null;
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, text);
  await expect.poll(find, { timeout: 10_000 }).not.toBeNull();
  const at = (await find())!;
  await page.mouse.click(at.x, at.y);
}

describe.each([
  ['chromium', chromiumDriver],
  ['firefox', firefoxDriver],
])('in %s', (_name, launch: () => Promise<Driver>) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch();
  });
  afterAll(() => driver?.close());

  test('formulations are highlighted, split and Traditional ones too, never in forms, editors or scripts', async () => {
    const page = await driver.open(base + '/basics.html');
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual({ plain: 3, split: 2, trad: 1, 'save-me': 1 });
    await page.close();
  });

  test('the hover card appears below a term and Esc dismisses it', async () => {
    const page = await driver.open(base + '/basics.html');
    await expect.poll(() => termBox(page, 'trad'), { timeout: 10_000 }).not.toBeNull();
    const box = (await termBox(page, 'trad'))!;
    const [middle, bottom] = [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }, box.y + box.height];
    await page.mouse.move(middle.x, middle.y);
    await expect.poll(() => tifaUiAt(page, box.x + 10, bottom + 30)).toBe(true);
    expect(await tifaUiAt(page, middle.x, middle.y)).toBe(false); // the term stays visible
    await page.keyboard.press('Escape');
    await expect.poll(() => tifaUiAt(page, box.x + 10, bottom + 30)).toBe(false);
    await page.close();
  });

  test('a selection saved with the button beside it is in the library; the JSON backup restores it after a wipe', async () => {
    const page = await driver.open(base + '/clipping.html');
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toMatchObject({ s1: 2 });
    const end = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('s1')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const rects = range.getClientRects();
      const last = rects[rects.length - 1];
      return { right: last.right, bottom: last.bottom };
    }, null);
    await page.keyboard.press('Shift'); // a real key release: what the save button waits for
    const button = { x: end.right - 6, y: end.bottom + 14 }; // under the selection's end, right-aligned
    await expect.poll(() => tifaUiAt(page, button.x, button.y)).toBe(true);
    await page.mouse.click(button.x, button.y);

    const library = await driver.openExtensionPage('library.html');
    const cards = () => library.evaluate(() => [...document.querySelectorAll('article.card blockquote')].map((b) => b.textContent), null);
    await expect.poll(cards, { timeout: 10_000 }).toEqual(['坚决做到“两个维护”，不断增强“四个意识”。']);

    // Export: catch the file the page hands to the download manager.
    await library.evaluate(() => {
      (window as unknown as { files: string[] }).files = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        (window as unknown as { files: string[] }).files.push(this.href);
      };
    }, null);
    await clickButton(library, '备份整个摘录库（JSON）');
    const backup = await library.evaluate(async () => {
      const files = (window as unknown as { files: string[] }).files;
      while (!files.length) await new Promise((r) => setTimeout(r, 20));
      return (await fetch(files[0])).text();
    }, null);
    expect(JSON.parse(backup)).toMatchObject({ format: 'tifa-library', version: 1, count: 1 });
    const file = join(await mkdtemp(join(tmpdir(), 'tifa-')), 'backup.json');
    await writeFile(file, backup);

    await library.evaluate(() => new Promise((done) => { const r = indexedDB.deleteDatabase('tifa'); r.onsuccess = r.onerror = r.onblocked = done; }), null);
    // Reloaded from inside: WebDriver's wait for an extension page's load never ends in Firefox.
    await library.evaluate(() => setTimeout(() => location.reload(), 0), null);
    const emptyShown = () => library.evaluate(() => document.readyState === 'complete' && !!document.querySelector('p.empty'), null).catch(() => false);
    await expect.poll(emptyShown, { timeout: 10_000 }).toBe(true);
    await driver.upload(library, 'input[type=file]', file);
    await expect.poll(() => library.evaluate(() => document.querySelector('.notice')?.textContent ?? '', null)).toContain('导入完成：新增 1 条');
    await expect.poll(cards).toEqual(['坚决做到“两个维护”，不断增强“四个意识”。']);
    await library.close();
    await page.close();
  });
});
