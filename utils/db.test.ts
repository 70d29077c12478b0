import { expect, test } from 'vitest';
import Dexie from 'dexie';
import { TifaDB } from './db';

/** A row exactly as version 1 of the extension stored it (before `updatedAt` was indexed and tags were cleaned). */
const V1_ROW = {
  id: 'a1',
  key: 'https://www.12371.cn/a.html\nabc',
  exact: '坚决做到“两个维护”',
  prefix: '我们要',
  suffix: '。',
  url: 'https://www.12371.cn/a.html',
  title: '党建网',
  site: 'www.12371.cn',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_500_000,
  terms: ['liang-ge-weihu'],
  tags: [' 学习 ', '学习', ''],
  note: '第二部分',
};

test('a version 1 database is upgraded in place and keeps every clipping', async () => {
  const name = `upgrade-${Math.random()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores({ clippings: 'id, &key, createdAt, site, *terms, *tags' });
  const { note: _, ...withoutNote } = V1_ROW;
  await v1.table('clippings').bulkAdd([V1_ROW, { ...withoutNote, id: 'a2', key: 'k2', updatedAt: undefined }]);
  v1.close();

  const db = new TifaDB(name);
  await db.open();
  expect(db.verno).toBe(2);
  const [a1, a2] = await db.clippings.orderBy('id').toArray();
  expect(a1).toEqual({ ...V1_ROW, tags: ['学习'] });
  expect(a2).toMatchObject({ id: 'a2', updatedAt: V1_ROW.createdAt, note: '', tags: ['学习'] });
  // The new index answers queries.
  expect(await db.clippings.where('updatedAt').above(V1_ROW.createdAt).primaryKeys()).toEqual(['a1']);
  // The old indexes still do, and the unique key still refuses a duplicate passage.
  expect(await db.clippings.where('terms').equals('liang-ge-weihu').count()).toBe(2);
  await expect(db.clippings.add({ ...V1_ROW, id: 'a3' })).rejects.toThrow();
  db.close();
});
