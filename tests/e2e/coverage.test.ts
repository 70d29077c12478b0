import { describe, expect, test } from 'vitest';
import type { Frame } from 'playwright-core';
import { withExtension, highlightCount, highlightedIds, pageUiHtml, rangeRect } from './browser';

const PARAGRAPHS = 3000;

const env = withExtension({
  '/long.html': () =>
    `<!doctype html><meta charset="utf-8"><title>long</title><body>` +
    Array.from({ length: PARAGRAPHS }, (_, i) => `<p id="p${i}">第${i}段：各级党组织要坚决做到两个维护，持续整治形式主义（第二层级，不高亮）。</p>`).join('') +
    '</body>',
});

/** Highlighted ranges inside a frame, by the id of the element they start in. */
const frameIds = (frame: Frame) =>
  frame.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('tifa-')) for (const r of h as unknown as Set<Range>) {
        const id = r.startContainer.parentElement?.closest('[id]')?.id ?? '(none)';
        out[id] = (out[id] ?? 0) + 1;
      }
    });
    return out;
  });

describe('beyond the light DOM of the top page', () => {
  test('terms in an open shadow root are highlighted, with the highlight styles adopted into it', async () => {
    const page = await env.openPage('/shadow.html');
    await expect.poll(() => highlightedIds(page)).toMatchObject({ light: 1, 'in-shadow': 2 });
    const adopted = await page.evaluate(() =>
      document.getElementById('host')!.shadowRoot!.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n'),
    );
    expect(adopted).toContain('::highlight(tifa-discipline)');
    await page.close();
  });

  test('a term in an open shadow root has its hover card too', async () => {
    const page = await env.openPage('/shadow.html');
    const rect = (await rangeRect(page, 'in-shadow'))!;
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await expect.poll(() => pageUiHtml(page)).toContain('看齐意识'); // an item of 四个意识
    await page.close();
  });

  test('terms inside a same-origin iframe and a srcdoc iframe are highlighted', async () => {
    const page = await env.openPage('/shadow.html');
    const same = page.frames().find((f) => f.url().endsWith('/frame-inner.html'))!;
    await expect.poll(() => frameIds(same)).toEqual({ 'in-frame': 2 });
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    await expect.poll(() => frameIds(srcdoc)).toEqual({ 'in-srcdoc': 1 });
    await page.close();
  });
});

describe('single-page apps', () => {
  test('a client-side navigation drops the old page\'s highlights and paints the new ones', async () => {
    const page = await env.openPage('/spa.html');
    expect(await highlightedIds(page)).toEqual({ first: 2 });
    await page.click('#next');
    expect(page.url()).toMatch(/\/spa\/second$/);
    await expect.poll(() => highlightedIds(page)).toEqual({ second: 1 });
    await page.close();
  });
});

describe('long pages', () => {
  test(`all ${PARAGRAPHS} paragraphs are scanned, but only ranges near the viewport are registered, following the scroll`, async () => {
    const page = await env.openPage('/long.html');
    const tabId = await env.browser.tabIdOf(page);
    const popup = await env.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.term-counts .term', { hasText: '两个维护' }).textContent()).toBe(`两个维护${PARAGRAPHS} 处`);
    await popup.close();
    const near = await highlightCount(page);
    expect(near).toBeGreaterThan(10);
    expect(near).toBeLessThan(PARAGRAPHS / 4);
    expect((await highlightedIds(page))[`p${PARAGRAPHS - 1}`]).toBeUndefined();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(async () => (await highlightedIds(page))[`p${PARAGRAPHS - 1}`]).toBe(1);
    expect((await highlightedIds(page)).p0).toBeUndefined();
    await page.close();
  });
});

describe('highlight style', () => {
  test('switching to underline re-registers the ranges under the underline names, live', async () => {
    const page = await env.openPage('/shadow.html');
    const options = await env.browser.openExtensionPage('options.html');
    await options.getByRole('combobox', { name: '高亮样式' }).selectOption('underline');
    const names = () => page.bringToFront().then(() => page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('tifa-')).sort()));
    await expect.poll(names).toContain('tifa-u-party');
    expect((await names()).every((n) => n.startsWith('tifa-u-'))).toBe(true);
    await options.getByRole('combobox', { name: '高亮样式' }).selectOption('background');
    await expect.poll(names).toContain('tifa-party');
    await options.close();
    await page.close();
  });
});
