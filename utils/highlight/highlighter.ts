import type { Matcher } from '../matcher';
import { collectTextBlocks } from './text-blocks';
import { hasHighlightApi, highlightName, rangesFor, type Occurrence } from './paint';

export interface HighlighterOptions {
  matcher: Matcher;
  /** Category of a glossary id, or undefined when the id is not to be painted. */
  categoryOf: (id: string) => string | undefined;
  doc?: Document;
}

export interface Highlighter {
  readonly occurrences: readonly Occurrence[];
  stop(): void;
}

/** Scans the document once and paints every occurrence with the CSS Custom Highlight API; stop() undoes it all. */
export function startHighlighter({ matcher, categoryOf, doc = document }: HighlighterOptions): Highlighter {
  const win = doc.defaultView ?? globalThis;
  const occurrences: Occurrence[] = [];
  const names = new Set<string>();
  if (doc.body) {
    for (const block of collectTextBlocks(doc.body, doc)) {
      const matches = matcher.find(block.text).filter((m) => categoryOf(m.id) !== undefined);
      if (matches.length) occurrences.push(...rangesFor(block, matches, doc));
    }
  }
  if (hasHighlightApi(win)) {
    const byName = new Map<string, Range[]>();
    for (const o of occurrences) {
      const name = highlightName(categoryOf(o.id)!);
      let list = byName.get(name);
      if (!list) byName.set(name, (list = []));
      list.push(o.range);
    }
    for (const [name, ranges] of byName) {
      win.CSS.highlights.set(name, new win.Highlight(...ranges));
      names.add(name);
    }
  }
  return {
    occurrences,
    stop() {
      for (const name of names) win.CSS.highlights.delete(name);
      names.clear();
      occurrences.length = 0;
    },
  };
}
