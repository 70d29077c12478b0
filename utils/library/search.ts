import type { Clipping } from './clipping';
import { foldString } from '../matcher/normalize';

export type SortOrder = 'newest' | 'oldest' | 'site';

/** What the library shows: free text plus filters. Empty strings mean "any"; dates are epoch ms, `to` exclusive. */
export interface LibraryQuery {
  text: string;
  term: string;
  tag: string;
  site: string;
  from?: number;
  to?: number;
  sort: SortOrder;
}

export const EMPTY_QUERY: LibraryQuery = { text: '', term: '', tag: '', site: '', sort: 'newest' };

/**
 * The searchable form of text: Traditional folded to Simplified, full-width to half-width, case folded —
 * the same folding the highlighter uses, so 維護 and 维护 find each other.
 */
export const searchForm = (s: string) => foldString(s).toLowerCase();

interface Entry {
  c: Clipping;
  hay: string;
}

const ORDER: Record<SortOrder, (a: Clipping, b: Clipping) => number> = {
  newest: (a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1),
  oldest: (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
  site: (a, b) => a.site.localeCompare(b.site) || b.createdAt - a.createdAt,
};

/**
 * All clippings in memory with their folded text, answering queries by substring (Chinese has no
 * spaces to split words on, so any substring must match). Each sort order is computed once per change;
 * typing one more character only re-filters the previous results.
 */
export class LibraryIndex {
  private entries = new Map<string, Entry>();
  private sorted = new Map<SortOrder, Entry[]>();
  private last: { query: LibraryQuery; needle: string; hits: Entry[] } | undefined;

  constructor(clippings: readonly Clipping[] = []) {
    this.upsert(clippings);
  }

  get size() {
    return this.entries.size;
  }

  get(id: string): Clipping | undefined {
    return this.entries.get(id)?.c;
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  all(): Clipping[] {
    return this.ordered('newest').map((e) => e.c);
  }

  upsert(clippings: readonly Clipping[]) {
    for (const c of clippings) this.entries.set(c.id, { c, hay: searchForm(`${c.exact}\n${c.title}\n${c.note}`) });
    this.changed();
  }

  remove(ids: readonly string[]) {
    for (const id of ids) this.entries.delete(id);
    this.changed();
  }

  private changed() {
    this.sorted.clear();
    this.last = undefined;
  }

  private ordered(sort: SortOrder): Entry[] {
    let list = this.sorted.get(sort);
    if (!list) {
      list = [...this.entries.values()].sort((a, b) => ORDER[sort](a.c, b.c));
      this.sorted.set(sort, list);
    }
    return list;
  }

  search(query: LibraryQuery): Clipping[] {
    const needle = searchForm(query.text.trim());
    const prev = this.last;
    // Narrowing the same query (one more character typed) can only drop results, never add them.
    const source =
      prev && sameFilters(prev.query, query) && needle.includes(prev.needle) ? prev.hits : this.ordered(query.sort);
    const hits = source.filter(({ c, hay }) => {
      if (needle && !hay.includes(needle)) return false;
      if (query.term && !c.terms.includes(query.term)) return false;
      if (query.tag && !c.tags.includes(query.tag)) return false;
      if (query.site && c.site !== query.site) return false;
      if (query.from !== undefined && c.createdAt < query.from) return false;
      if (query.to !== undefined && c.createdAt >= query.to) return false;
      return true;
    });
    this.last = { query, needle, hits };
    return hits.map((e) => e.c);
  }
}

function sameFilters(a: LibraryQuery, b: LibraryQuery) {
  return a.term === b.term && a.tag === b.tag && a.site === b.site && a.from === b.from && a.to === b.to && a.sort === b.sort;
}

/** How often each value occurs, most frequent first: the filter menus and the statistics. */
export function countBy(clippings: readonly Clipping[], values: (c: Clipping) => readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  const add = (v: string) => v && counts.set(v, (counts.get(v) ?? 0) + 1);
  for (const c of clippings) {
    const vs = values(c);
    // Most clippings have one value or none: a Set each would cost more than the counting (100,000 of them).
    if (vs.length < 2) vs.forEach(add);
    else new Set(vs).forEach(add);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
