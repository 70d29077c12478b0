import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TifaDB } from './db';
import { backgroundHandlers, fromThisExtension } from './background-handlers';
import { callBackground, listen, type BackgroundCalls } from './messages';
import { compile } from './matcher';
import { GLOSSARY } from './glossary';
import { MAX_CLIP_CHARS } from './library/clipping';
import { withPageMain } from './page-main-injection';
import { err, ok } from './result';

const matcher = compile(GLOSSARY);
const page = { url: 'https://www.12371.cn/a.html#top', title: '党建网', prefix: '我们要', suffix: '。' };
const tabSender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never };

let db: TifaDB;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new TifaDB(`test-${Math.random()}`);
});

describe('background handlers over the database', () => {
  test('saveClipping stores the passage with its formulations, site and context', async () => {
    const h = backgroundHandlers(db, async () => matcher);
    const r = await h.saveClipping({ ...page, exact: '  坚决做到两个维护  ' }, tabSender);
    expect(r.ok).toBe(true);
    const [stored] = await db.clippings.toArray();
    expect(stored).toMatchObject({ exact: '坚决做到两个维护', site: 'www.12371.cn', prefix: '我们要', suffix: '。', terms: ['liang-ge-weihu'] });
  });

  test('the same passage of the same page is stored once; another page keeps its own', async () => {
    const h = backgroundHandlers(db, async () => matcher);
    const first = await h.saveClipping({ ...page, exact: '两个维护' }, tabSender);
    const again = await h.saveClipping({ ...page, url: 'https://www.12371.cn/a.html#other', exact: '两个维护' }, tabSender);
    const other = await h.saveClipping({ ...page, url: 'https://www.12371.cn/b.html', exact: '两个维护' }, tabSender);
    expect(again.ok && again.value.duplicate).toBe(true);
    expect(again.ok && first.ok && again.value.clipping.id).toBe(first.ok && first.value.clipping.id);
    expect(other.ok && other.value.duplicate).toBe(false);
    expect(await db.clippings.count()).toBe(2);
  });

  test('two saves racing on the same passage leave one clipping', async () => {
    const h = backgroundHandlers(db, async () => matcher);
    const results = await Promise.all(Array.from({ length: 5 }, () => h.saveClipping({ ...page, exact: '四风' }, tabSender)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.clippings.count()).toBe(1);
  });

  test.each([
    ['empty', '', 'empty-selection'],
    ['whitespace only', ' \n\u3000 ', 'empty-selection'],
    ['over the limit', 'x'.repeat(MAX_CLIP_CHARS + 1), 'too-long'],
    ['one megabyte', '两个维护'.repeat(262_144), 'too-long'],
  ])('%s selection is refused and nothing is stored', async (_, exact, error) => {
    const h = backgroundHandlers(db, async () => matcher);
    const r = await h.saveClipping({ ...page, exact }, tabSender);
    expect(r).toMatchObject({ ok: false, error });
    expect(await db.clippings.count()).toBe(0);
  });

  test('malformed input from a page is refused', async () => {
    const h = backgroundHandlers(db, async () => matcher);
    expect(await h.saveClipping(null as never, tabSender)).toMatchObject({ ok: false, error: 'bad-input' });
    expect(await h.saveClipping({ exact: 42 } as never, tabSender)).toMatchObject({ ok: false, error: 'empty-selection' });
  });

  test('a sender without a tab (not a content script) cannot hand over page text', async () => {
    const h = backgroundHandlers(db, async () => matcher);
    expect(await h.saveClipping({ ...page, exact: '四风' }, { id: fakeBrowser.runtime.id })).toMatchObject({ ok: false, error: 'forbidden' });
  });

  test('undoSave deletes the clipping', async () => {
    const h = backgroundHandlers(db, async () => matcher);
    const r = await h.saveClipping({ ...page, exact: '四风' }, tabSender);
    await h.undoSave({ id: r.ok ? r.value.clipping.id : '' }, tabSender);
    expect(await db.clippings.count()).toBe(0);
  });

  test('a full quota is reported as such and leaves the library as it was', async () => {
    const h = backgroundHandlers(db, async () => matcher);
    await h.saveClipping({ ...page, exact: '四风' }, tabSender);
    const add = db.clippings.add.bind(db.clippings);
    db.clippings.add = () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' })) as never;
    expect(await h.saveClipping({ ...page, exact: '两个维护' }, tabSender)).toMatchObject({ ok: false, error: 'quota' });
    db.clippings.add = add;
    expect((await db.clippings.toArray()).map((c) => c.exact)).toEqual(['四风']);
  });
});

describe('the message protocol', () => {
  test('a call travels through runtime messaging and its answer comes back as a value', async () => {
    listen<BackgroundCalls>(backgroundHandlers(db, async () => matcher));
    const r = await callBackground('undoSave', { id: 'nope' });
    expect(r).toEqual({ ok: true, value: null });
  });

  test.each([
    [{ id: fakeBrowser.runtime.id }, true],
    [{ id: 'another-extension' }, false],
    [{}, false],
  ])('only this extension is accepted as a sender: %o', (sender, accepted) => {
    expect(fromThisExtension(sender)).toBe(accepted);
  });

  test('a refused sender gets "forbidden" and the handler never runs', async () => {
    listen<BackgroundCalls>(backgroundHandlers(db, async () => matcher), () => false);
    const r = await callBackground('saveClipping', { ...page, exact: '四风' });
    expect(r).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await db.clippings.count()).toBe(0);
  });

  test('with no listener the caller gets "unreachable", not an exception', async () => {
    expect(await callBackground('undoSave', { id: 'x' })).toMatchObject({ ok: false, error: 'unreachable' });
  });
});

describe('injecting the rest of Tifa into a page', () => {
  test('startPage injects page-main into the frame that asked; a sender without a tab is refused', async () => {
    const calls: [number, number][] = [];
    const h = backgroundHandlers(db, async () => matcher, async (tab, frame) => void calls.push([tab, frame]));
    expect(await h.startPage(null, { ...tabSender, frameId: 3 })).toEqual({ ok: true, value: null });
    expect(await h.startPage(null, { id: fakeBrowser.runtime.id })).toMatchObject({ ok: false, error: 'forbidden' });
    expect(calls).toEqual([[7, 3]]);
  });

  test('a call to a page without page-main injects it, then retries until it answers', async () => {
    const answers = [err('unreachable'), err('unreachable'), err('unreachable'), ok('hello')];
    let injected = 0;
    const r = await withPageMain(7, async () => answers.shift()!, async () => void injected++, async () => {});
    expect(r).toEqual({ ok: true, value: 'hello' });
    expect(injected).toBe(1);
  });

  test('a page that cannot be scripted keeps the first answer; other errors are not retried', async () => {
    const r = await withPageMain(7, async () => err('unreachable'), async () => Promise.reject(new Error('Cannot access a chrome:// URL')));
    expect(r).toMatchObject({ ok: false, error: 'unreachable' });
    let calls = 0;
    expect(await withPageMain(7, async () => (calls++, err('empty-selection')), async () => {})).toMatchObject({ error: 'empty-selection' });
    expect(calls).toBe(1);
  });
});
