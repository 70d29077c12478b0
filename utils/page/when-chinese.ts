import { CJK, isSkipped } from '../highlight/text-blocks';

/**
 * Whether the page holds a Chinese character. One native textContent and one regular expression: a
 * tree walk with a filter callback per node costs ten times more, and on most pages the answer is no.
 * Script and style text count too, which at worst starts Tifa on a page that then finds nothing.
 */
export function hasChinese(root: Node): boolean {
  return CJK.test(root.textContent ?? '');
}

/**
 * Calls `found` once the page shows Chinese text, now or later (a feed that loads its articles after the
 * page). Until then it costs one look at the page's text and a look at each added text. `orphaned` tells
 * when to stop watching (the extension was updated or disabled).
 */
export function whenChinese(doc: Document, found: () => void, orphaned: () => boolean = () => false): () => void {
  if (doc.body && hasChinese(doc.body)) {
    found();
    return () => {};
  }
  const observer = new MutationObserver((records) => {
    if (orphaned()) return observer.disconnect();
    for (const r of records) {
      const hit =
        r.type === 'characterData'
          ? CJK.test((r.target as Text).data)
          : [...r.addedNodes].some((n) => !(n.nodeType === 1 && isSkipped(n as Element)) && hasChinese(n));
      if (hit) {
        observer.disconnect();
        found();
        return;
      }
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
