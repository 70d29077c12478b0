import type { Clipping } from '../clipping';

export const BACKUP_FORMAT = 'tifa-library';
export const BACKUP_VERSION = 1;

/** The fields a backup carries, in a fixed order so two exports of the same library are byte-identical. */
export function backupFields(c: Clipping): Clipping {
  return {
    id: c.id,
    key: c.key,
    exact: c.exact,
    prefix: c.prefix,
    suffix: c.suffix,
    url: c.url,
    title: c.title,
    site: c.site,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    terms: [...c.terms],
    tags: [...c.tags],
    note: c.note,
  };
}

/**
 * A full backup that `parseBackup` reads back. Lone surrogates survive: JSON.stringify escapes them as \uXXXX.
 * Fields are picked explicitly so anything else on the stored rows never leaks into the file.
 * One clipping per line: compact enough for 100,000 clippings, and still readable and diffable.
 */
export function exportJson(clippings: readonly Clipping[], now: () => number = Date.now): string {
  const head = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now()).toISOString(), count: clippings.length });
  const rows = clippings.map((c) => JSON.stringify(backupFields(c)));
  return `${head.slice(0, -1)},"clippings":[\n${rows.join(',\n')}\n]}\n`;
}
