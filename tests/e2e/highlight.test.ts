import { describe, expect, test } from 'vitest';
import { withExtension, highlightCount, highlightedIds, pageUiClick, pageUiHtml, rangeRect, storedClippings } from './browser';

const DEEP = 5000;

const env = withExtension({
  '/deep.html': () =>
    `<!doctype html><meta charset="utf-8"><title>deep</title><body>${'<div>'.repeat(DEEP)}<span id="deep">做到两个维护</span>${'</div>'.repeat(DEEP)}</body>`,
  // The page replaces the globals a content script might use; the extension runs in its own world.
  '/hostile-globals.html': () =>
    `<!doctype html><meta charset="utf-8"><title>hostile</title><script>
      window.Range = function () { throw new Error('no'); };
      window.MutationObserver = function () { throw new Error('no'); };
      window.Highlight = function () { throw new Error('no'); };
      document.createTreeWalker = function () { throw new Error('no'); };
    </script><p id="p">坚决反对四风</p>`,
});

describe('pages that change', () => {
  test('added paragraphs and changed text are highlighted, removed ones dropped', async () => {
    const page = await env.openPage('/basics.html');
    const before = await highlightCount(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = '坚持两个维护，增强四个意识';
      document.body.append(p);
      document.getElementById('english')!.textContent = '反对四风';
    });
    await expect.poll(() => highlightedIds(page)).toMatchObject({ added: 2, english: 1 });
    expect(await highlightCount(page)).toBe(before + 3);
    await page.evaluate(() => document.getElementById('plain')!.remove());
    await expect.poll(() => highlightCount(page)).toBe(before);
    expect((await highlightedIds(page)).plain).toBeUndefined();
    await page.close();
  });

  test('a burst of mutations neither breaks the page nor loses highlights', async () => {
    const page = await env.openPage('/basics.html');
    await page.evaluate(async () => {
      const box = document.createElement('div');
      box.id = 'burst';
      document.body.append(box);
      for (let i = 0; i < 10_000; i++) box.textContent = i % 2 ? '四风' : '两个维护';
    });
    await expect.poll(() => highlightedIds(page).then((ids) => ids.burst)).toBe(1);
    await page.close();
  });
});

describe('hostile pages', () => {
  test('10,000 mutations a second for two seconds neither hang the page nor leave a wrong highlight', async () => {
    const page = await env.openPage('/basics.html');
    // The page's own timer keeps firing throughout (a hung main thread would time the test out).
    const done = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const box = document.createElement('p');
          box.id = 'storm';
          document.body.append(box);
          let n = 0;
          const timer = setInterval(() => {
            for (let i = 0; i < 100; i++) box.textContent = ++n % 2 ? '反对四风' : '做到两个维护';
            if (n >= 20_000) {
              clearInterval(timer);
              resolve(n);
            }
          }, 10);
        }),
    );
    expect(done).toBe(20_000);
    await expect.poll(() => highlightedIds(page).then((ids) => ids.storm)).toBe(1); // the last text, 做到两个维护, once
    expect(await page.evaluate(() => document.getElementById('storm')!.textContent)).toBe('做到两个维护');
    await page.close();
  });

  test(`markup nested ${DEEP} levels deep`, async () => {
    const page = await env.openPage('/deep.html');
    expect(await highlightedIds(page)).toEqual({ deep: 1 });
    await page.close();
  });

  test('a page that replaces Range, MutationObserver, Highlight and createTreeWalker', async () => {
    const page = await env.openPage('/hostile-globals.html');
    expect(await highlightedIds(page)).toEqual({ p: 1 });
    await page.close();
  });
});

describe('the popup page summary and site switch', () => {
  test('lists the formulations with counts, scrolls to one, and switches the site off and on live', async () => {
    const page = await env.openPage('/basics.html');
    const total = await highlightCount(page);
    const tabId = await env.browser.tabIdOf(page);
    const popup = await env.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const weihu = popup.locator('.term-counts .term', { hasText: '两个维护' });
    await expect.poll(() => weihu.textContent()).toBe('两个维护2 处');
    await weihu.click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('tifa-flash'))).toBe(true);

    const toggle = popup.getByRole('checkbox', { name: '在 127.0.0.1 上高亮提法' });
    await toggle.uncheck();
    await expect.poll(() => highlightCount(page)).toBe(0);
    await toggle.check();
    await expect.poll(() => highlightCount(page)).toBe(total);
    await popup.close();
    await page.close();
  });
});

describe('the hover card', () => {
  test('appears over a term with its items, below it, and Esc dismisses it', async () => {
    const page = await env.openPage('/basics.html');
    const rect = (await rangeRect(page, 'trad'))!;
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await expect.poll(() => pageUiHtml(page)).toContain('形式主义');
    const html = await pageUiHtml(page);
    for (const item of ['官僚主义', '享乐主义', '奢靡之风', 'Four Undesirable Work Styles', '2013', '纪检监察']) expect(html).toContain(item);
    const top = Number(/top: ([\d.]+)px/.exec(html)?.[1]);
    expect(top).toBeGreaterThanOrEqual(rect.y + rect.height);
    await page.keyboard.press('Escape');
    await expect.poll(() => pageUiHtml(page)).not.toContain('形式主义');
    await page.close();
  });

  test('saves the sentence around the term as a clipping', async () => {
    const page = await env.openPage('/basics.html');
    const rect = (await rangeRect(page, 'save-me'))!;
    await page.mouse.move(rect.x + 2, rect.y + rect.height / 2);
    await expect.poll(() => pageUiHtml(page)).toContain('保存所在句子');
    await pageUiClick(page, '保存所在句子');
    await expect.poll(() => pageUiHtml(page)).toContain('已保存摘录');
    const saved = (await storedClippings(env.browser)).map((c) => c.exact);
    expect(saved).toContain('全面从严治党永远在路上，党的自我革命永远在路上。');
    await page.close();
  });
});

describe('the options page', () => {
  test('pause, tier 2 and language take effect without reload', async () => {
    const page = await env.openPage('/basics.html');
    const total = await highlightCount(page);
    const options = await env.browser.openExtensionPage('options.html');

    await options.getByRole('checkbox', { name: '同时高亮一般概念（第二层级）' }).check();
    await expect.poll(() => highlightCount(page)).toBeGreaterThan(total); // 自我革命 is tier 2
    await options.getByRole('checkbox', { name: '同时高亮一般概念（第二层级）' }).uncheck();
    await expect.poll(() => highlightCount(page)).toBe(total);

    await options.getByRole('checkbox', { name: '纪检监察' }).uncheck(); // 四风
    await expect.poll(() => highlightCount(page)).toBe(total - 2);
    await options.getByRole('checkbox', { name: '纪检监察' }).check();

    await options.getByRole('checkbox', { name: '暂停所有网站的高亮' }).check();
    await expect.poll(() => highlightCount(page)).toBe(0);
    await options.getByRole('checkbox', { name: '暂停所有网站的高亮' }).uncheck();
    await expect.poll(() => highlightCount(page)).toBe(total);

    await options.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    const popup = await env.browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('button', { name: 'Save selected text' }).count()).toBe(1);
    await options.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await expect.poll(() => popup.getByRole('button', { name: '保存选中文字' }).count()).toBe(1);
    await popup.close();
    await options.close();
    await page.close();
  });
});
