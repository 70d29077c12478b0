import Dexie, { type EntityTable } from 'dexie';
import type { Clipping } from './library/clipping';
import { cleanTags } from './library/tags';

/**
 * The one database, living only in the extension's origin (background, popup, library).
 * Every schema change gets a new numbered version below the old ones, which stay: a browser that
 * still has version 1 on disk is upgraded step by step, its clippings carried over.
 */
export class TifaDB extends Dexie {
  clippings!: EntityTable<Clipping, 'id'>;

  constructor(name = 'tifa') {
    super(name);
    this.version(1).stores({
      clippings: 'id, &key, createdAt, site, *terms, *tags',
    });
    // v2: `updatedAt` is indexed so the library can fetch only what changed since it last looked, instead
    // of re-reading 100,000 clippings after every edit. Rows from v1 get tidy tags and a note.
    this.version(2)
      .stores({ clippings: 'id, &key, createdAt, updatedAt, site, *terms, *tags' })
      .upgrade((tx) =>
        tx
          .table('clippings')
          .toCollection()
          .modify((c: Partial<Clipping>) => {
            c.updatedAt = typeof c.updatedAt === 'number' ? c.updatedAt : (c.createdAt ?? 0);
            c.tags = cleanTags(Array.isArray(c.tags) ? c.tags : []);
            c.terms = Array.isArray(c.terms) ? c.terms : [];
            c.note = typeof c.note === 'string' ? c.note : '';
          }),
      );
  }
}

let shared: TifaDB | undefined;
export function openDb(): TifaDB {
  return (shared ??= new TifaDB());
}
