import type { Clipping } from './clipping';

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function mergeNote(existing: string, incoming: string): string {
  if (!incoming.trim() || existing.includes(incoming)) return existing;
  return existing.trim() ? existing + '\n\n' + incoming : incoming;
}

/** The same passage saved twice: keep everything either copy knew, preferring what is already there. */
export function mergeClipping(existing: Clipping, incoming: Clipping): Clipping {
  return {
    ...existing,
    prefix: existing.prefix || incoming.prefix,
    suffix: existing.suffix || incoming.suffix,
    title: existing.title || incoming.title,
    createdAt: Math.min(existing.createdAt, incoming.createdAt),
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
    terms: union(existing.terms, incoming.terms),
    tags: union(existing.tags, incoming.tags),
    note: mergeNote(existing.note, incoming.note),
  };
}
