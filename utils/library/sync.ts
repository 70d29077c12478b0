import type { TifaDB } from '../db';
import { LibraryIndex } from './search';

/**
 * Brings an in-memory index up to date with the database: only rows changed since `since` are read.
 * Deletions elsewhere show up as a count mismatch, and then everything is read again, as it is when
 * `full` is asked for (after an import, whose merged rows keep their old `updatedAt`).
 * Returns the time to pass next time.
 */
export async function syncIndex(db: TifaDB, index: LibraryIndex, since: number, full = false): Promise<number> {
  return db.transaction('r', db.clippings, async () => {
    const changed = await db.clippings.where('updatedAt').aboveOrEqual(since).toArray();
    index.upsert(changed);
    let latest = changed.reduce((m, c) => Math.max(m, c.updatedAt), since);
    if (full || (await db.clippings.count()) !== index.size) {
      const all = await db.clippings.toArray();
      const ids = new Set(all.map((c) => c.id));
      index.remove(index.all().filter((c) => !ids.has(c.id)).map((c) => c.id));
      index.upsert(all);
      latest = all.reduce((m, c) => Math.max(m, c.updatedAt), 0);
    }
    return latest;
  });
}
