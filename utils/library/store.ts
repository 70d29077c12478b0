import Dexie from 'dexie';
import type { TifaDB } from '../db';
import type { ClipInput } from './clipping';
import { makeClipping } from './make-clipping';
import type { Matcher } from '../matcher';
import type { ErrorCode, SaveOutcome } from '../messages';
import { err, ok, type Result } from '../result';

/** Maps a storage failure to what the user is told; nothing is half-written because each write is one transaction. */
export function storageError(e: unknown): 'quota' | 'db' {
  const name = (e as { name?: string; inner?: { name?: string } })?.name;
  const inner = (e as { inner?: { name?: string } })?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' ? 'quota' : 'db';
}

/** Saves a clipping unless the same passage of the same page is already there (then returns that one). */
export async function saveClipping(
  db: TifaDB,
  input: ClipInput,
  matcher: Matcher,
  now: () => number = Date.now,
): Promise<Result<SaveOutcome, ErrorCode>> {
  const made = makeClipping(input, matcher, now);
  if (!made.ok) return made;
  const clipping = made.value;
  try {
    return await db.transaction('rw', db.clippings, async () => {
      const existing = await db.clippings.where('key').equals(clipping.key).first();
      if (existing) return ok({ clipping: existing, duplicate: true });
      await db.clippings.add(clipping);
      return ok({ clipping, duplicate: false });
    });
  } catch (e) {
    // Two tabs racing on the same passage: the unique index refused the second; return the winner.
    if (e instanceof Dexie.ConstraintError) {
      const existing = await db.clippings.where('key').equals(clipping.key).first();
      if (existing) return ok({ clipping: existing, duplicate: true });
    }
    return err(storageError(e), String(e));
  }
}

export async function deleteClipping(db: TifaDB, id: string): Promise<Result<null, ErrorCode>> {
  try {
    await db.clippings.delete(id);
    return ok(null);
  } catch (e) {
    return err(storageError(e), String(e));
  }
}

export function latestClippings(db: TifaDB, limit: number) {
  return db.clippings.orderBy('createdAt').reverse().limit(limit).toArray();
}
