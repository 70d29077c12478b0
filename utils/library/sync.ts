import type { TifaDB } from '../db';
import type { Clipping } from './clipping';
import { LibraryIndex } from './search';

export interface SyncOptions {
  /** Force reading everything (after an import, whose merged rows keep their old `updatedAt`). */
  full?: boolean;
  /** Rows per read when everything is read. */
  pageSize?: number;
  /** Between two pages: gives the main thread back, so a 100,000-clipping library never freezes the page. */
  pause?: () => Promise<unknown>;
}

/**
 * Brings an in-memory index up to date with the database. Usually only rows changed since `since` are
 * read; the first time, after a deletion elsewhere (the count no longer matches) or when asked, everything
 * is read, a page at a time. Returns the time to pass next time.
 */
export async function syncIndex(
  db: TifaDB,
  index: LibraryIndex,
  since: number,
  { full = false, pageSize = 5000, pause = () => new Promise((r) => setTimeout(r, 0)) }: SyncOptions = {},
): Promise<number> {
  const latestOf = (rows: Clipping[], from: number) => rows.reduce((m, c) => Math.max(m, c.updatedAt), from);
  if (!full && since > 0) {
    const { changed, count } = await db.transaction('r', db.clippings, async () => ({
      changed: await db.clippings.where('updatedAt').aboveOrEqual(since).toArray(),
      count: await db.clippings.count(),
    }));
    index.upsert(changed);
    if (count === index.size) return latestOf(changed, since);
  }
  // Rows written while the pages are read are caught by the next sync: their count or `updatedAt` gives them away.
  const rows: Clipping[] = [];
  for (let after: string | undefined; ; await pause()) {
    const page = await (after === undefined ? db.clippings.orderBy(':id') : db.clippings.where(':id').above(after)).limit(pageSize).toArray();
    rows.push(...page);
    if (page.length < pageSize) break;
    after = page[page.length - 1].id;
  }
  // Indexed newest first, the order the library shows: the entries then lie in memory in the order a search
  // walks them, which at 100,000 clippings halves its time (read in id order, they would be scattered).
  rows.sort((a, b) => b.createdAt - a.createdAt);
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i += pageSize, await pause()) {
    const chunk = rows.slice(i, i + pageSize);
    index.upsert(chunk);
    for (const c of chunk) seen.add(c.id);
  }
  const latest = latestOf(rows, 0);
  index.remove(index.ids().filter((id) => !seen.has(id)));
  return latest;
}
