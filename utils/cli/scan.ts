import type { GlossaryEntry } from '../glossary/types';
import { countCandidates, findCandidates, type Candidate, type Matcher } from '../matcher';

export interface FileScan {
  path: string;
  chars: number;
  matches: { id: string; term: string; text: string; start: number; end: number }[];
  candidates: Candidate[];
}

/** One file's result in the shape DESIGN.md fixes for `scan --json`. */
export function scanText(path: string, text: string, matcher: Matcher, byId: ReadonlyMap<string, GlossaryEntry>, withCandidates: boolean): FileScan {
  const found = matcher.find(text);
  return {
    path,
    chars: text.length,
    matches: found.map((m) => ({ id: m.id, term: byId.get(m.id)?.term ?? m.id, text: text.slice(m.start, m.end), start: m.start, end: m.end })),
    candidates: withCandidates ? findCandidates(text, found) : [],
  };
}

/** Display width in a terminal: CJK characters take two columns. */
const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) || c.codePointAt(0)! > 0xffff ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/** The readable table: formulations of one file and their counts, most frequent first. */
export function formatTable(scan: FileScan, withCandidates: boolean): string {
  const counts = new Map<string, number>();
  for (const m of scan.matches) counts.set(m.term, (counts.get(m.term) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const lines = [`${scan.path}  (${scan.chars} chars, ${scan.matches.length} matches, ${rows.length} formulations)`];
  const col = Math.max(8, ...rows.map(([t]) => width(t)));
  for (const [term, count] of rows) lines.push(`  ${pad(term, col)}  ${String(count).padStart(5)}`);
  if (withCandidates) {
    const candidates = countCandidates(scan.candidates);
    lines.push(`  candidates (${candidates.length}):`);
    for (const c of candidates) lines.push(`  ? ${pad(c.text, col - 2)}  ${String(c.count).padStart(5)}`);
  }
  return lines.join('\n');
}
