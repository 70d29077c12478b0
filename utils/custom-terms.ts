import { storage } from 'wxt/utils/storage';
import { foldString } from './matcher/normalize';
import type { GlossaryEntry, TermEntry } from './glossary/types';
import { err, ok, type Result } from './result';

/**
 * A formulation the user added (from the options page, or a candidate found on a page). Its id carries
 * the term, so clippings that recorded it stay readable after the term is edited or deleted.
 */
export interface CustomTerm {
  id: string;
  term: string;
  note: string;
  enabled: boolean;
}

export const CUSTOM_PREFIX = 'custom:';
export const MAX_CUSTOM_TERM = 40;
export const customTermsItem = storage.defineItem<CustomTerm[]>('local:customTerms', { fallback: [] });

export type CustomTermError = 'term-empty' | 'term-too-long' | 'term-exists' | 'term-in-glossary';

/** Display name of any term id: the glossary's, or the custom term written in the id. */
export function termNameOf(id: string, glossary: ReadonlyMap<string, { term: string }>): string {
  return glossary.get(id)?.term ?? (id.startsWith(CUSTOM_PREFIX) ? id.slice(CUSTOM_PREFIX.length) : id);
}

/** Checks a term before it is added (or renamed: pass the list without the term being edited). */
export function checkCustomTerm(
  raw: string,
  existing: readonly CustomTerm[],
  glossary: readonly Pick<GlossaryEntry, 'term' | 'variants'>[],
): Result<string, CustomTermError> {
  const term = raw.replace(/\s+/g, ' ').trim();
  const folded = foldString(term);
  if (!folded) return err('term-empty');
  if (term.length > MAX_CUSTOM_TERM) return err('term-too-long');
  if (existing.some((c) => foldString(c.term) === folded)) return err('term-exists');
  if (glossary.some((e) => [e.term, ...e.variants].some((v) => foldString(v) === folded))) return err('term-in-glossary');
  return ok(term);
}

export const customTerm = (term: string, note = ''): CustomTerm => ({ id: CUSTOM_PREFIX + term, term, note, enabled: true });

/** The enabled custom terms as entries the matcher and the hover card take. */
export function customEntries(list: readonly CustomTerm[]): TermEntry[] {
  return list
    .filter((c) => c.enabled)
    .map((c) => ({ id: c.id, term: c.term, variants: [], items: [], english: '', category: 'custom', since: null, tier: 1, note: c.note }));
}
