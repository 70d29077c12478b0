import type { PageTermCount } from '../messages';
import type { Occurrence } from './paint';

/** Formulations on the page with their counts, most frequent first. */
export function summarize(occurrences: readonly Occurrence[]): PageTermCount[] {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.id, (counts.get(o.id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** Cycles through one formulation's occurrences: each call returns the next one, wrapping around. */
export function createCursor() {
  const last = new Map<string, number>();
  return (occurrences: readonly Occurrence[], id: string): Occurrence | undefined => {
    // Document order: the visible part of a page is scanned first, so the list itself is not in order.
    const mine = occurrences.filter((o) => o.id === id).sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    if (!mine.length) return undefined;
    const next = ((last.get(id) ?? -1) + 1) % mine.length;
    last.set(id, next);
    return mine[next];
  };
}
