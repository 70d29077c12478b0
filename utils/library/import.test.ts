import { beforeEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { TifaDB } from '../db';
import type { Clipping } from './clipping';
import { MAX_CLIP_CHARS } from './clipping';
import { exportJson } from './export/json';
import { importClippings, MAX_IMPORT_BYTES, parseBackup } from './import';
import { hashText, pageKey, siteOf } from './make-clipping';

/** Builds a clipping the way makeClipping does, so key and site are what import recomputes. */
function clip(over: Partial<Clipping> = {}): Clipping {
  const exact = over.exact ?? '坚决做到两个维护';
  const url = over.url ?? 'https://www.12371.cn/a.html';
  return {
    id: 'id-1', prefix: '我们要', suffix: '。', title: '党建网',
    createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, terms: ['liang-ge-weihu'], tags: [], note: '',
    ...over, exact, url, site: siteOf(url), key: pageKey(url) + '\n' + hashText(exact),
  };
}
const backup = (clippings: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'tifa-library', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', count: clippings.length, clippings, ...over });
const three = [clip({ id: 'a', exact: '一' }), clip({ id: 'b', exact: '二' }), clip({ id: 'c', exact: '三' })];

let db: TifaDB;
beforeEach(() => {
  db = new TifaDB(`import-${Math.random()}`);
});

describe('parseBackup refuses what is not a backup', () => {
  const full = exportJson(three);
  test.each([
    ['malformed JSON', 'import-not-json', '{"format": tifa}'],
    ['empty file', 'import-not-json', ''],
    ['truncated export', 'import-not-json', full.slice(0, full.length >> 1)],
    ['top-level array', 'import-not-backup', '[]'],
    ['null', 'import-not-backup', 'null'],
    ['other format', 'import-not-backup', backup([], { format: 'pocket' })],
    ['version as string', 'import-not-backup', backup([], { version: '1' })],
    ['fractional version', 'import-not-backup', backup([], { version: 1.5 })],
    ['version 0', 'import-not-backup', backup([], { version: 0 })],
    ['clippings missing', 'import-not-backup', backup([], { clippings: undefined })],
    ['clippings an object', 'import-not-backup', backup([], { clippings: { 0: three[0] } })],
    ['future version', 'import-future-version', backup([], { version: 2, clippings: 'new shape' })],
  ])('%s → %s', (_, error, text) => {
    const r = parseBackup(text);
    expect(r).toMatchObject({ ok: false, error });
    expect(!r.ok && r.detail).toBeTruthy();
  });

  test('a file over the limit is refused before parsing', () => {
    expect(parseBackup('not even json', MAX_IMPORT_BYTES + 1)).toMatchObject({ ok: false, error: 'import-too-large' });
    expect(parseBackup(backup([]), MAX_IMPORT_BYTES).ok).toBe(true);
  });

  test('an empty library and a BOM-prefixed file are fine', () => {
    expect(parseBackup(backup([]))).toEqual({ ok: true, value: [] });
    expect(parseBackup('\uFEFF' + full)).toEqual({ ok: true, value: three });
  });
});

describe('parseBackup names the first bad field', () => {
  const bad = (field: string, value: unknown) => backup([...three, { ...clip({ id: 'd', exact: '四' }), [field]: value }]);
  test.each([
    ['exact', 42, 'clippings[3].exact: not a string'],
    ['exact', ' \n ', 'clippings[3].exact: empty'],
    ['exact', 'x'.repeat(MAX_CLIP_CHARS + 1), `clippings[3].exact: longer than ${MAX_CLIP_CHARS}`],
    ['id', '', 'clippings[3].id: empty'],
    ['id', 'i'.repeat(201), 'clippings[3].id: longer than 200'],
    ['id', undefined, 'clippings[3].id: not a string'],
    ['url', 'https://x/' + 'a'.repeat(4096), 'clippings[3].url: longer than 4096'],
    ['title', 't'.repeat(1001), 'clippings[3].title: longer than 1000'],
    ['note', 'n'.repeat(100_001), 'clippings[3].note: longer than 100000'],
    ['prefix', null, 'clippings[3].prefix: not a string'],
    ['site', ['x'], 'clippings[3].site: not a string'],
    ['createdAt', '2024-01-01', 'clippings[3].createdAt: not a time in milliseconds'],
    ['createdAt', -1, 'clippings[3].createdAt: not a time in milliseconds'],
    ['updatedAt', 1e300, 'clippings[3].updatedAt: not a time in milliseconds'],
    ['terms', 'liang-ge-weihu', 'clippings[3].terms: not an array'],
    ['terms', ['ok', 7], 'clippings[3].terms[1]: not a string'],
    ['tags', [{}], 'clippings[3].tags[0]: not a string'],
    ['tags', ['x'.repeat(101)], 'clippings[3].tags[0]: longer than 100'],
  ])('%s = %j → %s', (field, value, detail) => {
    expect(parseBackup(bad(field, value))).toEqual({ ok: false, error: 'import-invalid', detail });
  });

  test('NaN and Infinity cannot appear (JSON has none), a non-object entry is named', () => {
    expect(parseBackup(backup([three[0], 'x']))).toEqual({ ok: false, error: 'import-invalid', detail: 'clippings[1]: not an object' });
  });

  test('one id for two different passages is refused', () => {
    const r = parseBackup(backup([three[0], { ...three[1], id: 'a' }]));
    expect(r).toMatchObject({ ok: false, error: 'import-invalid', detail: expect.stringContaining('clippings[1].id') });
  });
});

describe('parseBackup cleans what it keeps', () => {
  test('key and site are recomputed, unknown fields dropped, tags trimmed and deduplicated', () => {
    const forged = { ...three[0], key: 'forged', site: 'evil.example', extra: '<x>', tags: [' 学习 ', '学习', '', '  ', 'b'], terms: ['t', 't'] };
    expect(parseBackup(backup([forged]))).toEqual({ ok: true, value: [{ ...three[0], tags: ['学习', 'b'], terms: ['t'] }] });
  });

  test('the same passage twice in one file is merged into the first', () => {
    const first = clip({ id: 'x', tags: ['a'], note: '甲', createdAt: 5, updatedAt: 5 });
    const second = clip({ id: 'y', tags: ['b', 'a'], note: '乙', createdAt: 3, updatedAt: 9, url: 'https://www.12371.cn/a.html#frag' });
    const r = parseBackup(backup([first, second]));
    expect(r).toEqual({ ok: true, value: [{ ...first, tags: ['a', 'b'], note: '甲\n\n乙', createdAt: 3, updatedAt: 9 }] });
  });
});

describe('importClippings', () => {
  test('adds new passages and reports counts', async () => {
    expect(await importClippings(db, three)).toEqual({ ok: true, value: { added: 3, merged: 0, unchanged: 0 } });
    expect(await db.clippings.orderBy('id').toArray()).toEqual(three);
    // The same backup again changes nothing.
    expect(await importClippings(db, three)).toEqual({ ok: true, value: { added: 0, merged: 0, unchanged: 3 } });
  });

  test.each([
    ['tags: union, stored order first', { tags: ['a', 'b'] }, { tags: ['c', 'a'] }, { tags: ['a', 'b', 'c'] }],
    ['note: empty incoming keeps stored', { note: '旧' }, { note: '' }, { note: '旧' }, 0],
    ['note: contained incoming keeps stored', { note: '旧的笔记' }, { note: '笔记' }, { note: '旧的笔记' }, 0],
    ['note: different notes are both kept', { note: '旧' }, { note: '新' }, { note: '旧\n\n新' }],
    ['note: empty stored takes incoming', { note: '' }, { note: '新' }, { note: '新' }],
    ['times: earliest created, latest updated', { createdAt: 5, updatedAt: 6 }, { createdAt: 2, updatedAt: 9 }, { createdAt: 2, updatedAt: 9 }],
    ['terms: union', { terms: ['x'] }, { terms: ['y', 'x'] }, { terms: ['x', 'y'] }],
    ['title/prefix/suffix: stored wins', { title: 'A', prefix: 'p' }, { title: 'B', prefix: 'q' }, { title: 'A', prefix: 'p' }, 0],
    ['title/prefix/suffix: empty stored is filled', { title: '', suffix: '' }, { title: 'B', suffix: 's' }, { title: 'B', suffix: 's' }],
  ])('merge %s', async (_, stored, incoming, expected, merged = 1) => {
    await db.clippings.add(clip({ id: 'old', ...stored }));
    const r = await importClippings(db, [clip({ id: 'new', ...incoming })]);
    // Nothing new to keep counts as unchanged.
    expect(r).toEqual({ ok: true, value: { added: 0, merged, unchanged: 1 - merged } });
    expect(await db.clippings.toArray()).toEqual([clip({ id: 'old', ...stored, ...expected })]);
  });

  test('an id already held by another passage gets a fresh one', async () => {
    await db.clippings.add(clip({ id: 'a', exact: '别的' }));
    expect(await importClippings(db, [three[0]])).toEqual({ ok: true, value: { added: 1, merged: 0, unchanged: 0 } });
    const rows = await db.clippings.toArray();
    expect(rows).toHaveLength(2);
    const moved = rows.find((c) => c.key === three[0].key)!;
    expect(moved.id).not.toBe('a');
    expect(moved).toEqual({ ...three[0], id: moved.id });
  });

  test('an invalid clipping in the file means nothing is written', async () => {
    const r = parseBackup(backup([...three, { ...clip({ id: 'd', exact: '四' }), tags: 'oops' }]));
    expect(r.ok).toBe(false);
    expect(await db.clippings.count()).toBe(0);
  });

  test('a row the database refuses rolls back the whole import', async () => {
    await db.clippings.add(clip({ id: 'kept', exact: '旧', tags: ['t'] }));
    const broken = { ...clip({ id: 'x', exact: '坏' }), id: undefined } as unknown as Clipping;
    const r = await importClippings(db, [clip({ id: 'y', exact: '旧', tags: ['u'] }), ...three, broken]);
    expect(r).toMatchObject({ ok: false, error: 'db' });
    expect(await db.clippings.toArray()).toEqual([clip({ id: 'kept', exact: '旧', tags: ['t'] })]);
  });

  test('a failing write aborts the transaction: nothing is written', async () => {
    await db.clippings.add(clip({ id: 'kept', exact: '旧' }));
    let n = 0;
    db.clippings.hook('creating', () => {
      if (++n === 3) throw new Error('disk on fire');
    });
    const r = await importClippings(db, [...three, clip({ id: 'd', exact: '四' }), clip({ id: 'e', exact: '旧', note: '新' })]);
    expect(r).toMatchObject({ ok: false, error: 'db', detail: expect.stringContaining('disk on fire') });
    expect(await db.clippings.toArray()).toEqual([clip({ id: 'kept', exact: '旧' })]);
  });
});

describe('round trip', () => {
  const hostile = fc.constantFrom('<img src=x onerror=alert(1)>', '=cmd|\' /C calc\'!A0', 'שלום עולם', '\u202eevil', '👨‍👩‍👧 😀', '"}],"x":{"', '\\u0000');
  const text = (maxLength: number) =>
    fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: 'grapheme', maxLength }), hostile);
  const time = fc.oneof(fc.nat(), fc.double({ min: 0, max: 8.64e15, noNaN: true })).map((t) => t + 0);
  const record = fc.record({
    id: text(20).filter((s) => s.trim() !== ''),
    exact: text(60).filter((s) => s.trim() !== ''),
    prefix: text(32),
    suffix: text(32),
    url: fc.oneof(fc.webUrl({ withFragments: true, withQueryParameters: true }), text(30)),
    title: text(40),
    note: text(80),
    createdAt: time,
    updatedAt: time,
    terms: fc.uniqueArray(text(10).filter((s) => s !== ''), { maxLength: 4 }),
    tags: fc.uniqueArray(text(10).map((s) => s.trim()).filter((s) => s !== ''), { maxLength: 4 }),
  });
  const library = fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 8 }).map((rs) => {
    const byKey = new Map(rs.map((r) => clip(r)).map((c) => [c.key, c]));
    return [...byKey.values()];
  });

  test('export → wipe → parse → import gives back the same library', async () => {
    await fc.assert(
      fc.asyncProperty(library, async (originals) => {
        await db.clippings.clear();
        await db.clippings.bulkAdd(originals);
        const json = exportJson(await db.clippings.toArray());
        await db.clippings.clear();
        const parsed = parseBackup(json, new TextEncoder().encode(json).length);
        if (!parsed.ok) throw new Error(parsed.detail);
        const r = await importClippings(db, parsed.value);
        expect(r).toEqual({ ok: true, value: { added: originals.length, merged: 0, unchanged: 0 } });
        expect(await db.clippings.toArray()).toEqual([...originals].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
      }),
      { numRuns: 50 },
    );
  });

  // fake-indexeddb writes ~7k indexed rows a second, so this checks scaling (no per-clipping queries) at 20k;
  // the same code path handles 100k in a real browser's IndexedDB.
  test('20,000 clippings import in one transaction, and again as a no-op', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => clip({ id: `c${i}`, exact: `第${i}段`, tags: [`t${i % 7}`] }));
    const parsed = parseBackup(exportJson(many));
    expect(parsed.ok && parsed.value.length).toBe(20_000);
    expect(await importClippings(db, parsed.ok ? parsed.value : [])).toEqual({ ok: true, value: { added: 20_000, merged: 0, unchanged: 0 } });
    const t = performance.now();
    expect(await importClippings(db, many)).toEqual({ ok: true, value: { added: 0, merged: 0, unchanged: 20_000 } });
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(await db.clippings.count()).toBe(20_000);
  }, 60_000);
});
