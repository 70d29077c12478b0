import type { Match } from './index';
import { foldString } from './normalize';

/** A numbered formulation the glossary does not have, e.g. “三个区分开来”: offsets into the text. */
export interface Candidate {
  text: string;
  start: number;
  end: number;
}

const NUMERAL = '一二三四五六七八九十两双百千万';
// A quoted phrase that names a count: “三个区分开来”, “四区一高地”, “五星三名”, “1+N”, “3个100万”.
const QUOTED = /[“「『"]([^”」』"\n]{2,16})[”」』"]/g;
const NUMBERED = new RegExp(`^(?:[${NUMERAL}]+[个项大不化新有条必要]?[\\u4e00-\\u9fff]|[0-9]+(?:\\+[0-9N]|个[0-9\\u4e00-\\u9fff]))`);
// Bare (unquoted) templates precise enough to stand alone: N+N, X个YY X个YY, N位一体 (三位一体 is an idiom).
const BARE = /[0-9]+\+[0-9]+|[一二三四五六七八九十两]个[\u4e00-\u9fff]{2}[一二三四五六七八九十两]个[\u4e00-\u9fff]{2}|[四五六七八九十]位一体/g;
// Counts, dates, holidays, streaks and ordinals that look numbered but are ordinary language.
const NOT_FORMULATION = new RegExp(
  [
    `^[${NUMERAL}]+(?:个(?:方面|月|百分点|小时|问题|部分|阶段|重点|环节)|年|月|日|次|届)`,
    `^[${NUMERAL}]+大(?:以来|精神)?$`,
    `^[${NUMERAL}]+项(?:工作|任务)$`,
    `^[${NUMERAL}]+连[增涨升胜冠跳降]$`,
    '^(?:五一|七一|八一|十一|六一|三八|五四|双十一|双十二|九一八|七七)$',
  ].join('|'),
);
// Function words: a quoted phrase with 的/了 is a sentence or a proverb (一方水土养活不了一方人), not a label.
const SENTENCE = /[的了着吗呢吧啊]/;
// Idioms (成语) that start with a numeral and turn up in quotes in official texts.
const IDIOMS = new Set(
  '一刀切 一揽子 一窝蜂 一言堂 一锅粥 一阵风 一把抓 一盘散沙 一心一意 一清二楚 一针见血 一鼓作气 一以贯之 三心二意 三番五次 三昧真火 四两拨千斤 七上八下 九牛一毛 十全十美 千方百计 万众一心 万无一失 百花齐放'.split(' '),
);

const isNoise = (s: string) => NOT_FORMULATION.test(s) || SENTENCE.test(s) || IDIOMS.has(s) || (s.length % 2 === 0 && s.slice(0, s.length / 2) === s.slice(s.length / 2)); // 一个问题一个问题

/**
 * Numbered formulations in `text` that no glossary match covers: quoted phrases that start with a
 * count (“三个区分开来”, “四区一高地”, “5+3”), and a few bare templates (1+N, 五位一体). Discovery, not
 * truth: the user decides whether to add one as a custom term. `matches` are the glossary matches of
 * the same text (from `find`, in text order); candidates overlapping one are left out. Offsets are
 * UTF-16 indices into `text`; the text of a candidate excludes its quotes.
 */
export function findCandidates(text: string, matches: readonly Match[] = []): Candidate[] {
  const covered = (s: number, e: number) => {
    // Matches are sorted and disjoint: find the first ending after s, see whether it starts before e.
    let lo = 0;
    let hi = matches.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (matches[mid].end <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo < matches.length && matches[lo].start < e;
  };
  const out: Candidate[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1].trim();
    const start = m.index + 1 + m[1].indexOf(inner);
    const end = start + inner.length;
    if (NUMBERED.test(inner) && !isNoise(inner) && !covered(start, end)) out.push({ text: inner, start, end });
  }
  for (const m of text.matchAll(BARE)) {
    const end = m.index + m[0].length;
    if (!isNoise(m[0]) && !covered(m.index, end) && !out.some((c) => c.start <= m.index && end <= c.end)) out.push({ text: m[0], start: m.index, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Candidates by text with their counts, most frequent first. Spellings that fold together (三个区分开来,
 * 三個區分開來, “三个 区分开来”) count as one, shown as first written.
 */
export function countCandidates(candidates: readonly Candidate[]): { text: string; count: number }[] {
  const counts = new Map<string, { text: string; count: number }>();
  for (const c of candidates) {
    const key = foldString(c.text);
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { text: c.text, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}
