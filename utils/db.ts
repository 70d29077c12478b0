import Dexie, { type EntityTable } from 'dexie';
import type { Clipping } from './library/clipping';

/**
 * The one database, living only in the extension's origin (background, popup, library).
 * Every schema change gets a new numbered version below the old ones, which stay.
 */
export class TifaDB extends Dexie {
  clippings!: EntityTable<Clipping, 'id'>;

  constructor(name = 'tifa') {
    super(name);
    this.version(1).stores({
      clippings: 'id, &key, createdAt, site, *terms, *tags',
    });
  }
}

let shared: TifaDB | undefined;
export function openDb(): TifaDB {
  return (shared ??= new TifaDB());
}
