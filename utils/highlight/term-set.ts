import { compile, type Matcher } from '../matcher';
import type { GlossaryEntry, TermEntry } from '../glossary/types';
import { customEntries, type CustomTerm } from '../custom-terms';
import type { Settings } from '../settings';

/**
 * The terms a page is highlighted with: the glossary plus the user's custom terms, filtered by the
 * settings. The matcher is compiled on first use and again only after the custom terms change.
 */
export function createTermSet(glossary: readonly GlossaryEntry[], settings: () => Settings) {
  let entries = new Map<string, TermEntry>(glossary.map((e) => [e.id, e]));
  let all: readonly TermEntry[] = glossary;
  let matcher: Matcher | undefined;
  return {
    setCustom(list: readonly CustomTerm[]) {
      all = [...glossary, ...customEntries(list)];
      entries = new Map(all.map((e) => [e.id, e]));
      matcher = undefined;
    },
    entryOf: (id: string) => entries.get(id),
    /** The highlight category of an id, or undefined when it is not to be painted now. */
    categoryOf(id: string): string | undefined {
      const e = entries.get(id);
      const s = settings();
      if (!e || (e.tier === 2 && !s.tier2) || (e.category !== 'custom' && s.disabledCategories.includes(e.category))) return undefined;
      return e.category;
    },
    matcher: () => (matcher ??= compile(all)),
  };
}
