import { findCandidates, type Matcher } from '../matcher';
import { textBlocks } from './text-blocks';

/** Numbered formulations on the page that no known term covers, most frequent first: discovery for the popup. */
export function pageCandidates(matcher: Matcher, doc: Document = document, limit = 20): { text: string; count: number }[] {
  const counts = new Map<string, number>();
  if (!doc.body) return [];
  for (const block of textBlocks(doc.body, doc)) {
    for (const c of findCandidates(block.text, matcher.find(block.text))) counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
    .slice(0, limit)
    .map(([text, count]) => ({ text, count }));
}
