import type { GlossaryEntry } from '../glossary/types';
import { buildAutomaton, SKIP } from './automaton';
import { foldCode, foldedCodes, foldTable, foldTerms, IGNORED } from './normalize';
import DECOYS from './decoys.json';

export { findCandidates, countCandidates, type Candidate } from './candidates';

/** One occurrence: UTF-16 offsets into the original text, end exclusive. */
export interface Match {
  id: string;
  start: number;
  end: number;
}

export interface Matcher {
  /** Leftmost-longest, non-overlapping occurrences, in text order. */
  find(text: string): Match[];
}

export type MatchTerm = Pick<GlossaryEntry, 'id' | 'term' | 'variants'>;

/** Decoys shipped with the matcher: an ordinary word → a real sentence where it contains a short term. */
export const DEFAULT_DECOYS: readonly string[] = Object.keys(DECOYS);

// A numbered term right after 第 or another numeral is an ordinal or a longer number, not the
// formulation: 第三讲, 第四风险点, 二十四风. (两 and 双 are left out: 一两个 is rare, 两双 is not a number.)
const NUMERAL_START = new Set([...'一二三四五六七八九十两双百千万'].map((c) => c.charCodeAt(0)));
const NUMBER_BEFORE = new Set([...'第一二三四五六七八九十百千万零〇0123456789'].map((c) => c.charCodeAt(0)));
const isAsciiWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);

/**
 * Builds the matcher. Terms and text are folded the same way (width, case, Traditional→Simplified,
 * quotes and white space skipped, separators unified), so 兩個維護, “两个维护” and 不忘初心，牢记使命 all
 * match. When two entries fold to the same form, the first keeps it.
 *
 * Against false positives (a short term inside an ordinary word), two mechanisms:
 * - decoys: ordinary words containing a short term (母亲 in 母亲清楚, 两山之间) are matched like terms, so
 *   leftmost-longest lets them consume the text, and are then dropped from the result;
 * - boundaries: a term starting with a numeral does not match right after 第 or a numeral, and a term
 *   starting or ending with a Latin letter or digit does not match inside a Latin word (G20 in G200).
 */
export function compile(entries: readonly MatchTerm[], decoys: readonly string[] = DEFAULT_DECOYS): Matcher {
  const terms: string[] = [];
  const owners: string[] = [];
  for (const e of entries) {
    terms.push(e.term, ...e.variants);
    for (let i = 0; i <= e.variants.length; i++) owners.push(e.id);
  }
  // After the entries: a decoy that is also a term (a user adds 两高校 as a custom term) yields to it.
  for (const term of decoys) {
    terms.push(term);
    owners.push('');
  }
  const forms: string[] = [];
  const ids: string[] = [];
  const seen = new Set<string>();
  foldTerms(terms).forEach((folded, i) => {
    for (const f of folded) {
      if (seen.has(f)) continue;
      seen.add(f);
      forms.push(f);
      ids.push(owners[i]);
    }
  });

  // Symbols: 1… for the characters the patterns use, 0 for every other character (it resets the
  // automaton), SKIP for ignored ones. Per code unit of the text, so a scan does one lookup per character.
  const fold = foldTable();
  const symbolOf = new Uint16Array(0x10000);
  const distinct: number[] = [];
  for (const f of forms) {
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (!symbolOf[c]) distinct.push((symbolOf[c] = c));
    }
  }
  // Numbered in code unit order, so the automaton can build its trie from sorted strings.
  const alphabet = Uint16Array.from(distinct).sort();
  for (let i = 0; i < alphabet.length; i++) symbolOf[alphabet[i]] = i + 1;
  const symbols = alphabet.length;
  // Code units that fold to a pattern character (兩 → 两) get its symbol; ignored ones are skipped.
  const changed = foldedCodes();
  for (let i = 0; i < changed.length; i++) {
    const c = changed[i];
    const f = fold[c] || c; // a pattern character, never itself a changed one: folding is idempotent
    symbolOf[c] = f === IGNORED ? SKIP : symbolOf[f];
  }

  const automaton = buildAutomaton(forms, symbolOf, symbols);
  const numbered = forms.map((f) => NUMERAL_START.has(f.charCodeAt(0)));
  const asciiStart = forms.map((f) => isAsciiWord(f.charCodeAt(0)));
  const asciiEnd = forms.map((f) => isAsciiWord(f.charCodeAt(f.length - 1)));

  /**
   * Whether the boundary rules let pattern `p` stand at [start, end) of `text`. A character inside the
   * match taken before (ending at `taken`) is that match's, not an ordinal or a word of this one.
   */
  const fits = (text: string, p: number, start: number, end: number, taken: number) => {
    const before = start > taken ? foldCode(text.charCodeAt(start - 1)) : IGNORED;
    if (numbered[p] && NUMBER_BEFORE.has(before)) return false;
    if (asciiStart[p] && isAsciiWord(before)) return false;
    return !(asciiEnd[p] && end < text.length && isAsciiWord(foldCode(text.charCodeAt(end))));
  };

  return {
    find(text) {
      if (!text || forms.length === 0) return [];
      const starts: number[] = [];
      const ends: number[] = [];
      const found: number[] = [];
      automaton.scan(text, symbolOf, (p, start, end) => {
        starts.push(start);
        ends.push(end);
        found.push(p);
      });
      if (found.length === 0) return [];
      // Leftmost first, then longest; a match that overlaps one already taken is dropped.
      const order = Array.from(found.keys()).sort((a, b) => starts[a] - starts[b] || ends[b] - ends[a]);
      const out: Match[] = [];
      let taken = 0;
      for (const k of order) {
        if (starts[k] < taken || !fits(text, found[k], starts[k], ends[k], taken)) continue;
        taken = ends[k];
        if (ids[found[k]]) out.push({ id: ids[found[k]], start: starts[k], end: ends[k] });
      }
      return out;
    },
  };
}
