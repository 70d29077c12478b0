import type { TifaDB } from '../db';
import { err, ok, type Result } from '../result';
import { MAX_CLIP_CHARS, type Clipping } from './clipping';
import { BACKUP_FORMAT, BACKUP_VERSION } from './export/json';
import { hashText, pageKey, siteOf } from './make-clipping';
import { storageError } from './store';
import { mergeClipping } from './merge';

// A backup of 100,000 typical clippings is about 60 MiB; a 100 MB file is refused before it is read.
export const MAX_IMPORT_BYTES = 90 * 1024 * 1024;

export type ImportError =
  | 'import-too-large'
  | 'import-not-json'
  | 'import-not-backup'
  | 'import-future-version'
  | 'import-invalid'
  | 'quota'
  | 'db';

export interface ImportCounts {
  added: number;
  merged: number;
  unchanged: number;
}

const LIMITS = { id: 200, title: 1000, url: 4096, note: 100_000, tag: 100, term: 200, context: 1000, site: 1000, list: 10_000 };
// The largest timestamp a Date can hold; beyond it every date formatter throws.
const MAX_TIME = 8.64e15;

/** Thrown inside validation only, so the first bad field can be named without threading results through. */
class Invalid extends Error {}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(o: Obj, field: string, max: number, at: string, nonEmpty = false): string {
  const v = o[field];
  if (typeof v !== 'string') throw new Invalid(`${at}.${field}: not a string`);
  if (nonEmpty && !v.trim()) throw new Invalid(`${at}.${field}: empty`);
  if (v.length > max) throw new Invalid(`${at}.${field}: longer than ${max}`);
  return v;
}

function time(o: Obj, field: string, at: string): number {
  const v = o[field];
  if (typeof v !== 'number' || !(v >= 0 && v <= MAX_TIME)) throw new Invalid(`${at}.${field}: not a time in milliseconds`);
  return v;
}

/** A list of short strings, cleaned, with empties and repeats dropped (order of first occurrence kept). */
function list(o: Obj, field: string, max: number, at: string, clean: (s: string) => string): string[] {
  const v = o[field];
  if (!Array.isArray(v)) throw new Invalid(`${at}.${field}: not an array`);
  if (v.length > LIMITS.list) throw new Invalid(`${at}.${field}: more than ${LIMITS.list} entries`);
  const out = new Set<string>();
  v.forEach((item: unknown, i) => {
    if (typeof item !== 'string') throw new Invalid(`${at}.${field}[${i}]: not a string`);
    const s = clean(item);
    if (s.length > max) throw new Invalid(`${at}.${field}[${i}]: longer than ${max}`);
    if (s) out.add(s);
  });
  return [...out];
}

/**
 * Rebuilds one clipping from untrusted JSON, field by field, so unknown fields are dropped.
 * key and site are derived from url and exact exactly as makeClipping does: a stale or forged key in the file
 * would break deduplication, and the key index is unique.
 */
function readClipping(v: unknown, at: string): Clipping {
  if (!isObj(v)) throw new Invalid(`${at}: not an object`);
  const exact = str(v, 'exact', MAX_CLIP_CHARS, at, true);
  const url = str(v, 'url', LIMITS.url, at);
  str(v, 'site', LIMITS.site, at);
  return {
    id: str(v, 'id', LIMITS.id, at, true),
    key: pageKey(url) + '\n' + hashText(exact),
    exact,
    prefix: str(v, 'prefix', LIMITS.context, at),
    suffix: str(v, 'suffix', LIMITS.context, at),
    url,
    title: str(v, 'title', LIMITS.title, at),
    site: siteOf(url),
    createdAt: time(v, 'createdAt', at),
    updatedAt: time(v, 'updatedAt', at),
    terms: list(v, 'terms', LIMITS.term, at, (s) => s),
    tags: list(v, 'tags', LIMITS.tag, at, (s) => s.trim()),
    note: str(v, 'note', LIMITS.note, at),
  };
}

/** Reads a file made by exportJson; `bytes` is the file size when the caller knows it (UTF-8 may exceed length). */
export function parseBackup(text: string, bytes = text.length): Result<Clipping[], ImportError> {
  if (bytes > MAX_IMPORT_BYTES) return err('import-too-large', `${bytes} bytes; the limit is ${MAX_IMPORT_BYTES}`);
  let data: unknown;
  try {
    // Editors such as Notepad add a BOM, which JSON.parse rejects.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return err('import-not-json', String(e));
  }
  if (!isObj(data) || data.format !== BACKUP_FORMAT) return err('import-not-backup', `format is not "${BACKUP_FORMAT}"`);
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return err('import-not-backup', 'version: not a positive integer');
  if (version > BACKUP_VERSION) return err('import-future-version', `version ${version}; this Tifa reads up to ${BACKUP_VERSION}`);
  if (!Array.isArray(data.clippings)) return err('import-not-backup', 'clippings: not an array');
  const list: Clipping[] = [];
  const keyOfId = new Map<string, string>();
  try {
    data.clippings.forEach((v: unknown, i) => {
      const c = readClipping(v, `clippings[${i}]`);
      const key = keyOfId.get(c.id);
      if (key !== undefined && key !== c.key) throw new Invalid(`clippings[${i}].id: "${c.id}" is also used by another passage`);
      keyOfId.set(c.id, c.key);
      list.push(c);
    });
  } catch (e) {
    if (e instanceof Invalid) return err('import-invalid', e.message);
    throw e;
  }
  return ok(mergeByKey(list));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

function sameClipping(a: Clipping, b: Clipping): boolean {
  return (
    a.prefix === b.prefix && a.suffix === b.suffix && a.title === b.title && a.note === b.note &&
    a.createdAt === b.createdAt && a.updatedAt === b.updatedAt && sameList(a.terms, b.terms) && sameList(a.tags, b.tags)
  );
}

function mergeByKey(list: readonly Clipping[]): Clipping[] {
  const byKey = new Map<string, Clipping>();
  for (const c of list) {
    const seen = byKey.get(c.key);
    byKey.set(c.key, seen ? mergeClipping(seen, c) : c);
  }
  return [...byKey.values()];
}

/**
 * Adds the clippings a backup holds, merging each into the stored copy of the same passage.
 * One transaction: if any write fails, nothing at all is imported.
 * Merges keep the files' own times, so importing a backup twice changes nothing.
 */
export async function importClippings(db: TifaDB, incoming: readonly Clipping[]): Promise<Result<ImportCounts, ImportError>> {
  // Callers other than parseBackup may pass repeats; the unique key index would reject them mid-import.
  const batch = mergeByKey(incoming);
  try {
    return await db.transaction('rw', db.clippings, async () => {
      // One getAll of the library rather than a query per clipping, or `where('key').anyOf(…)`, which walks a
      // cursor with a jump per key and gets very slow on large libraries (a minute for 10k keys in fake-indexeddb).
      const stored = await db.clippings.toArray();
      const byKey = new Map(stored.map((c) => [c.key, c]));
      const used = new Set(stored.map((c) => c.id));
      const puts: Clipping[] = [];
      const adds: Clipping[] = [];
      let unchanged = 0;
      for (const c of batch) {
        const old = byKey.get(c.key);
        if (old) {
          const merged = mergeClipping(old, c);
          if (sameClipping(merged, old)) unchanged++;
          else puts.push(merged);
        } else {
          // A taken id belongs to another passage: one with the same key would have been merged instead.
          const row = used.has(c.id) ? { ...c, id: crypto.randomUUID() } : c;
          used.add(row.id);
          adds.push(row);
        }
      }
      await db.clippings.bulkPut(puts);
      await db.clippings.bulkAdd(adds);
      return ok({ added: adds.length, merged: puts.length, unchanged });
    });
  } catch (e) {
    return err(storageError(e), String(e));
  }
}
