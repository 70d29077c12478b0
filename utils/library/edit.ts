import type { TifaDB } from '../db';
import type { Clipping } from './clipping';
import { cleanTags } from './tags';
import { storageError } from './store';
import { mergeClipping } from './merge';
import { err, ok, type Result } from '../result';

export type EditError = 'quota' | 'db';
/** Longest note kept. */
export const MAX_NOTE_CHARS = 100_000;

/** A later time than the row had, even if the clock stepped back: the library syncs by `updatedAt`. */
const stamp = (c: Clipping, now: () => number) => Math.max(now(), c.updatedAt + 1);

async function write<T>(run: () => Promise<T>): Promise<Result<T, EditError>> {
  try {
    return ok(await run());
  } catch (e) {
    return err(storageError(e), String(e));
  }
}

/** Changes the tags or note of one clipping; returns the stored row. */
export function editClipping(
  db: TifaDB,
  id: string,
  patch: { tags?: readonly string[]; note?: string },
  now: () => number = Date.now,
): Promise<Result<Clipping | undefined, EditError>> {
  return write(() =>
    db.transaction('rw', db.clippings, async () => {
      const c = await db.clippings.get(id);
      if (!c) return undefined; // deleted in another tab meanwhile
      const next: Clipping = {
        ...c,
        tags: patch.tags ? cleanTags(patch.tags) : c.tags,
        note: patch.note !== undefined ? patch.note.slice(0, MAX_NOTE_CHARS) : c.note,
      };
      next.updatedAt = stamp(c, now);
      await db.clippings.put(next);
      return next;
    }),
  );
}

/** Adds tags to many clippings in one transaction. */
export function tagClippings(db: TifaDB, ids: readonly string[], tags: readonly string[], now: () => number = Date.now) {
  return write(() =>
    db.transaction('rw', db.clippings, async () => {
      const rows = (await db.clippings.bulkGet([...ids])).filter((c): c is Clipping => !!c);
      const changed = rows
        .map((c) => ({ ...c, tags: cleanTags([...c.tags, ...tags]), updatedAt: stamp(c, now) }))
        .filter((c, i) => c.tags.length !== rows[i].tags.length);
      await db.clippings.bulkPut(changed);
      return changed.length;
    }),
  );
}

/** Deletes clippings and hands them back, so the user can undo. */
export function deleteClippings(db: TifaDB, ids: readonly string[]): Promise<Result<Clipping[], EditError>> {
  return write(() =>
    db.transaction('rw', db.clippings, async () => {
      const rows = (await db.clippings.bulkGet([...ids])).filter((c): c is Clipping => !!c);
      await db.clippings.bulkDelete(rows.map((c) => c.id));
      return rows;
    }),
  );
}

/**
 * Puts deleted clippings back (undo). A passage saved again in the meantime keeps the newer row and
 * gets the old row's tags and note added, so undo never loses either.
 */
export function restoreClippings(db: TifaDB, rows: readonly Clipping[], now: () => number = Date.now) {
  return write(() =>
    db.transaction('rw', db.clippings, async () => {
      const again = await db.clippings.where('key').anyOf(rows.map((c) => c.key)).toArray();
      const byKey = new Map(again.map((c) => [c.key, c]));
      const put = rows.map((old) => {
        const newer = byKey.get(old.key);
        if (!newer) return { ...old, updatedAt: stamp(old, now) };
        // The row saved again keeps its id (the key is unique); the merge rule is the import's.
        return { ...mergeClipping(old, newer), id: newer.id, updatedAt: stamp(newer, now) };
      });
      await db.clippings.bulkPut(put);
      return put.length;
    }),
  );
}
