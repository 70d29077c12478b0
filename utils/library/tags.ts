/** Longest tag kept; longer ones are cut, not refused, so an import never fails on a tag. */
export const MAX_TAG_CHARS = 100;

/** Tags as stored: trimmed, inner whitespace collapsed, no empties, no duplicates, first spelling kept. */
export function cleanTags(tags: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    if (typeof t !== 'string') continue;
    const tag = t.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_CHARS);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** What the user typed into a tag field: separated by commas (either width), 、 or semicolons. */
export function parseTags(input: string): string[] {
  return cleanTags(input.split(/[,，、;；]/));
}

/** Tags of many clippings, most used first, for suggestions. */
export function tagCounts(clippings: readonly { tags: readonly string[] }[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const c of clippings) for (const t of c.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
}
