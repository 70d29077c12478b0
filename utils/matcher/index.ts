import type { GlossaryEntry } from '../glossary/types';
import { buildAutomaton } from './automaton';
import { foldTerm, foldText } from './normalize';
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

/**
 * Builds the matcher. Terms and text are folded the same way (width, case, Traditional→Simplified,
 * quotes and white space dropped, separators unified), so 兩個維護, “两个维护” and 不忘初心，牢记使命 all match.
 * When two entries fold to the same form, the first keeps it.
 *
 * Decoys are ordinary words that contain a short term (第三讲, 两山之间): matched like terms, so
 * leftmost-longest lets them consume the text, and then dropped from the result.
 */
export function compile(entries: readonly MatchTerm[], decoys: readonly string[] = DECOYS): Matcher {
  const patterns: string[] = [];
  const ids: string[] = [];
  const seen = new Set<string>();
  const decoyEntries = decoys.map((term) => ({ id: '', term, variants: [] }));
  for (const e of [...decoyEntries, ...entries]) {
    for (const form of [e.term, ...e.variants]) {
      for (const folded of foldTerm(form)) {
        if (seen.has(folded)) continue;
        seen.add(folded);
        patterns.push(folded);
        ids.push(e.id);
      }
    }
  }
  const automaton = buildAutomaton(patterns);
  const { lengths } = automaton;

  return {
    find(text) {
      if (!text || patterns.length === 0) return [];
      const folded = foldText(text);
      let best: Int32Array | undefined; // longest pattern starting at each folded position
      automaton.scan(folded.codes, folded.length, (end, p) => {
        const start = end - lengths[p];
        best ??= new Int32Array(folded.length).fill(-1);
        if (best[start] === -1 || lengths[p] > lengths[best[start]]) best[start] = p;
      });
      if (!best) return [];
      const out: Match[] = [];
      for (let i = 0; i < folded.length; ) {
        const p = best[i];
        if (p === -1) {
          i++;
          continue;
        }
        const last = i + lengths[p] - 1;
        if (ids[p]) out.push({ id: ids[p], start: folded.offsets[i], end: folded.offsets[last] + 1 });
        i = last + 1;
      }
      return out;
    },
  };
}
