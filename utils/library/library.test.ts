import { beforeEach, describe, expect, test } from 'vitest';
import { TifaDB } from '../db';
import type { Clipping } from './clipping';
import { LibraryIndex, countBy, EMPTY_QUERY, type LibraryQuery } from './search';
import { cleanTags, parseTags, tagCounts } from './tags';
import { dayEnd, dayStart, monthlyCounts } from './dates';
import { deleteClippings, editClipping, restoreClippings, tagClippings } from './edit';
import { syncIndex } from './sync';

let n = 0;
function clip(exact: string, more: Partial<Clipping> = {}): Clipping {
  n++;
  return {
    id: `c${n}`, key: `https://a.cn/${n}\n${n}`, exact, prefix: '', suffix: '', url: `https://a.cn/${n}`, title: '', site: 'a.cn',
    createdAt: 1_000 * n, updatedAt: 1_000 * n, terms: [], tags: [], note: '', ...more,
  };
}

const LIB = [
  clip('坚决做到“两个维护”', { terms: ['liang-ge-weihu'], tags: ['学习'], site: 'www.12371.cn' }),
  clip('始終堅持「兩個維護」', { terms: ['liang-ge-weihu'], site: 'www.hk01.com' }),
  clip('反对“四风”', { terms: ['si-feng'], note: '作风建设 notes', title: 'Xinhua' }),
  clip('<img src=x onerror=alert(1)>🇨🇳𠮷 مرحبا'),
  clip('ＡＢＣ全角 and Latin'),
];
const q = (patch: Partial<LibraryQuery>) => ({ ...EMPTY_QUERY, ...patch });
const ids = (cs: Clipping[]) => cs.map((c) => c.exact.slice(0, 4));

describe('library search', () => {
  const index = new LibraryIndex(LIB);
  test.each<[string, Partial<LibraryQuery>, string[]]>([
    ['empty query: everything, newest first', {}, ['ＡＢＣ全', '<img', '反对“四', '始終堅持', '坚决做到']],
    ['a substring inside a term', { text: '维护' }, ['始終堅持', '坚决做到']],
    ['Traditional finds Simplified and back', { text: '維護' }, ['始終堅持', '坚决做到']],
    ['CJK punctuation is part of the text', { text: '“四风”' }, ['反对“四']],
    ['the note is searched', { text: '作风建设' }, ['反对“四']],
    ['the title is searched, case-insensitively', { text: 'xinhua' }, ['反对“四']],
    ['full-width Latin folds to half-width', { text: 'abc' }, ['ＡＢＣ全']],
    ['HTML-looking text is just text', { text: '<img' }, ['<img']],
    ['astral characters and emoji', { text: '𠮷' }, ['<img']],
    ['surrounding spaces are ignored', { text: '  四风 ' }, ['反对“四']],
    ['nothing matches', { text: '不存在的话' }, []],
    ['by formulation', { term: 'liang-ge-weihu' }, ['始終堅持', '坚决做到']],
    ['by tag', { tag: '学习' }, ['坚决做到']],
    ['by site', { site: 'www.hk01.com' }, ['始終堅持']],
    ['by date range (to is exclusive)', { from: 2_000, to: 4_000 }, ['反对“四', '始終堅持'].slice(0, 2)],
    ['oldest first', { sort: 'oldest', text: '维护' }, ['坚决做到', '始終堅持']],
    ['by site', { sort: 'site', term: 'liang-ge-weihu' }, ['坚决做到', '始終堅持']],
  ])('%s', (_name, patch, expected) => {
    expect(ids(index.search(q(patch)))).toEqual(expected);
  });

  test('typing narrows, deleting widens again, and a change to the library is seen', () => {
    const idx = new LibraryIndex(LIB);
    expect(idx.search(q({ text: '堅' }))).toHaveLength(2);
    expect(idx.search(q({ text: '堅持' }))).toHaveLength(1);
    expect(idx.search(q({ text: '堅持「兩' }))).toHaveLength(1);
    expect(idx.search(q({ text: '' }))).toHaveLength(LIB.length);
    idx.upsert([{ ...LIB[2], note: '两个维护也在笔记里' }]);
    expect(idx.search(q({ text: '两个维护' }))).toHaveLength(3);
    idx.remove([LIB[0].id]);
    expect(idx.search(q({ text: '两个维护' }))).toHaveLength(2);
  });

  test('counts for the filter menus, most frequent first', () => {
    expect(countBy(LIB, (c) => c.terms)).toEqual([['liang-ge-weihu', 2], ['si-feng', 1]]);
    expect(countBy([clip('x', { terms: ['a', 'a'] })], (c) => c.terms)).toEqual([['a', 1]]);
  });
});

describe('tags and dates', () => {
  test.each<[string, string[]]>([
    ['学习, 重点', ['学习', '重点']],
    ['学习，重点、 学习；  两个  维护 ', ['学习', '重点', '两个 维护']],
    ['', []],
    [' , ，', []],
  ])('parseTags(%j)', (input, expected) => expect(parseTags(input)).toEqual(expected));

  test('cleanTags drops non-strings and cuts long tags; tagCounts sorts by use', () => {
    expect(cleanTags(['a', 3, null, 'x'.repeat(500)])).toEqual(['a', 'x'.repeat(100)]);
    expect(tagCounts([{ tags: ['b', 'a'] }, { tags: ['a'] }])).toEqual([['a', 2], ['b', 1]]);
  });

  test('date inputs and monthly counts use local time, with empty months kept', () => {
    expect(dayStart('2026-03-01')).toBe(new Date(2026, 2, 1).getTime());
    expect(dayEnd('2026-02-28')).toBe(new Date(2026, 2, 1).getTime());
    expect(dayStart('')).toBeUndefined();
    expect(dayStart('2026-13-45x')).toBeUndefined();
    const now = () => new Date(2026, 11, 15).getTime();
    const months = monthlyCounts([new Date(2026, 11, 1).getTime(), new Date(2026, 9, 3).getTime(), new Date(2020, 1, 1).getTime()], 3, now);
    expect(months).toEqual([['2026-10', 1], ['2026-11', 0], ['2026-12', 1]]);
  });
});

describe('editing the stored library', () => {
  let db: TifaDB;
  beforeEach(async () => {
    db = new TifaDB(`edit-${Math.random()}`);
    await db.clippings.bulkAdd(LIB);
  });

  test('tags and notes are saved with a later updatedAt, even when the clock went back', async () => {
    const r = await editClipping(db, LIB[0].id, { tags: ['学习', ' 重点 ', '学习'], note: '笔记' }, () => 5);
    expect(r.ok && r.value).toMatchObject({ tags: ['学习', '重点'], note: '笔记', updatedAt: LIB[0].updatedAt + 1 });
    expect(await editClipping(db, 'gone', { note: 'x' })).toEqual({ ok: true, value: undefined });
  });

  test('bulk tagging touches only the clippings that change', async () => {
    const r = await tagClippings(db, [LIB[0].id, LIB[1].id, 'gone'], ['学习']);
    expect(r).toEqual({ ok: true, value: 1 });
    expect((await db.clippings.get(LIB[1].id))!.tags).toEqual(['学习']);
  });

  test('delete then undo restores the rows; a passage saved again meanwhile keeps both notes and all tags', async () => {
    const del = await deleteClippings(db, [LIB[0].id, LIB[2].id]);
    expect(del.ok && del.value.map((c) => c.id)).toEqual([LIB[0].id, LIB[2].id]);
    expect(await db.clippings.count()).toBe(LIB.length - 2);
    await db.clippings.add({ ...LIB[0], id: 'again', tags: ['新'], note: '新笔记' });
    const undo = await restoreClippings(db, del.ok ? del.value : []);
    expect(undo.ok).toBe(true);
    expect(await db.clippings.count()).toBe(LIB.length);
    expect(await db.clippings.get('again')).toMatchObject({ tags: ['学习', '新'], note: '新笔记' });
    expect(await db.clippings.get(LIB[2].id)).toMatchObject({ exact: LIB[2].exact, note: LIB[2].note });
  });

  test('a failing write reports the error and changes nothing', async () => {
    db.clippings.hook('updating', () => {
      throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    });
    const r = await tagClippings(db, LIB.map((c) => c.id), ['x']);
    expect(r).toMatchObject({ ok: false, error: 'quota' });
    expect((await db.clippings.toArray()).every((c) => !c.tags.includes('x'))).toBe(true);
  });

  test('the in-memory index follows edits, additions and deletions made elsewhere', async () => {
    const index = new LibraryIndex();
    let since = await syncIndex(db, index, 0);
    expect(index.size).toBe(LIB.length);
    await editClipping(db, LIB[1].id, { note: '新的笔记' });
    since = await syncIndex(db, index, since);
    expect(index.get(LIB[1].id)!.note).toBe('新的笔记');
    await db.clippings.delete(LIB[3].id);
    await db.clippings.add(clip('新摘录', { updatedAt: Date.now() }));
    since = await syncIndex(db, index, since);
    expect(index.size).toBe(LIB.length);
    expect(index.get(LIB[3].id)).toBeUndefined();
    expect(index.search(q({ text: '新摘录' }))).toHaveLength(1);
    // An import merges with the old `updatedAt`: only a full sync sees it.
    await db.clippings.update(LIB[0].id, { tags: ['导入'] });
    since = await syncIndex(db, index, since);
    expect(index.get(LIB[0].id)!.tags).toEqual(['学习']);
    await syncIndex(db, index, since, { full: true, pageSize: 2 }); // read in pages of two
    expect(index.size).toBe(LIB.length);
    expect(index.get(LIB[0].id)!.tags).toEqual(['导入']);
  });
});
