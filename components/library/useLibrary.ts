import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TifaDB } from '@/utils/db';
import type { Clipping } from '@/utils/library/clipping';
import { LibraryIndex } from '@/utils/library/search';
import { syncIndex } from '@/utils/library/sync';

/** How many newest clippings are read first, so the page shows something before the whole library is in memory. */
export const FIRST_PAGE = 20;

export interface LibraryState {
  index: LibraryIndex;
  /** Bumped whenever the index changed: a dependency for memoised views. */
  version: number;
  ready: boolean;
  /** The newest clippings, until the index is ready. */
  preview: Clipping[] | undefined;
  /** Reads what changed now (after this page wrote something), without waiting for the change notice; `full` re-reads all. */
  refresh(full?: boolean): void;
}

/** The whole library in memory, kept in step with the database, including saves made in other tabs. */
export function useLibrary(db: TifaDB): LibraryState {
  const index = useMemo(() => new LibraryIndex(), [db]);
  const [version, setVersion] = useState(0);
  const [ready, setReady] = useState(false);
  const [preview, setPreview] = useState<Clipping[] | undefined>(undefined);

  // The newest clippings first, painted, and only then the whole library: reading 100,000 rows holds
  // the main thread for a while, and the first screen should not wait for it.
  const firstPage = useMemo(
    () =>
      db.clippings
        .orderBy('createdAt')
        .reverse()
        .limit(FIRST_PAGE)
        .toArray()
        .catch(() => [])
        .then((rows) => (setPreview(rows), new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))),
    [db],
  );

  const refresh = useMemo(() => {
    let since = 0;
    let queue: Promise<unknown> = firstPage;
    return (full = false) => {
      // One sync at a time: two overlapping ones could each miss the other's rows.
      queue = queue.then(async () => {
        try {
          since = await syncIndex(db, index, since, { full });
          setReady(true);
          setVersion((v) => v + 1);
        } catch {
          setReady(true); // an unreadable database shows as empty rather than a spinner forever
        }
      });
    };
  }, [db, index, firstPage]);

  useEffect(() => {
    // count() reads the whole table, so Dexie reports any write to it, from any tab or the background.
    const sub = liveQuery(() => db.clippings.count()).subscribe({ next: () => refresh(), error: () => refresh() });
    return () => sub.unsubscribe();
  }, [db, refresh]);

  return { index, version, ready, preview, refresh };
}
