import type { Match } from './index';

/** A numbered formulation the glossary does not have, e.g. “三个区分开来”. */
export interface Candidate {
  text: string;
  start: number;
  end: number;
}

const NUMERAL = '一二三四五六七八九十两双百千万';
// A quoted phrase that names a count: “三个区分开来”, “四区一高地”, “五星三名”, “1+N”.
const QUOTED = new RegExp(`[“「『"]([^”」』"\\n]{2,16})[”」』"]`, 'g');
const NUMBERED = new RegExp(`^(?:[${NUMERAL}]+[个项大不化新有条必要]?[\\u4e00-\\u9fff]|[0-9]+\\+[0-9N])`);
// Bare counted phrases that are formulations only when quoted are left out; these patterns stand alone.
const BARE = /[0-9]+\+[0-9]+|[一二三四五六七八九十两]个[\u4e00-\u9fff]{2}[一二三四五六七八九十两]个[\u4e00-\u9fff]{2}/g;
// Counts, dates and ordinals that look numbered but are ordinary language.
const NOT_FORMULATION = /^[一二三四五六七八九十两百千万]+(?:个(?:方面|月|百分点|小时|问题|部分|阶段|重点|环节)|年|月|日|次|大(?:以来|精神)?$|届|项(?:工作|任务)$)/;

/**
 * Numbered formulations in `text` that no glossary match covers. Discovery, not truth: the user
 * decides whether to add one as a custom term.
 */
export function findCandidates(text: string, matches: readonly Match[] = []): Candidate[] {
  const covered = (s: number, e: number) => matches.some((m) => m.start < e && s < m.end);
  const out: Candidate[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1].trim();
    const start = m.index + 1 + m[1].indexOf(inner);
    const end = start + inner.length;
    if (NUMBERED.test(inner) && !NOT_FORMULATION.test(inner) && !covered(start, end)) out.push({ text: inner, start, end });
  }
  for (const m of text.matchAll(BARE)) {
    const end = m.index + m[0].length;
    if (!covered(m.index, end) && !out.some((c) => c.start <= m.index && end <= c.end)) out.push({ text: m[0], start: m.index, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Candidates by text with their counts, most frequent first. */
export function countCandidates(candidates: readonly Candidate[]): { text: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
