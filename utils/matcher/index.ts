// TEMPORARY stand-in written by the lead so the extension builds; the matcher engineer replaces this file freely.
import type { GlossaryEntry } from '../glossary/types';

export interface Match { id: string; start: number; end: number }
export interface Matcher { find(text: string): Match[] }
export interface Candidate { text: string; start: number; end: number }

export function compile(entries: readonly Pick<GlossaryEntry, 'id' | 'term' | 'variants'>[]): Matcher {
  const forms = entries.flatMap((e) => [e.term, ...e.variants].map((f) => ({ id: e.id, f }))).sort((a, b) => b.f.length - a.f.length);
  return {
    find(text) {
      const out: Match[] = [];
      for (let i = 0; i < text.length; ) {
        const hit = forms.find(({ f }) => text.startsWith(f, i));
        if (hit) { out.push({ id: hit.id, start: i, end: i + hit.f.length }); i += hit.f.length; } else i++;
      }
      return out;
    },
  };
}

export function findCandidates(_text: string, _matches: readonly Match[]): Candidate[] {
  return [];
}
