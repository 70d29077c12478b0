import type { ClipInput } from '../library/clipping';
import { CONTEXT_CHARS } from '../library/clipping';

/** Text of the block around a node, for the TextQuoteSelector's prefix and suffix. */
function contextRange(doc: Document, node: Node, toStart: boolean, offset: number): string {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const block = el?.closest('p,li,td,th,h1,h2,h3,h4,h5,h6,blockquote,pre,article,section,div,body');
  if (!block) return '';
  const r = doc.createRange();
  r.selectNodeContents(block);
  if (toStart) r.setEnd(node, offset);
  else r.setStart(node, offset);
  return r.toString();
}

/** The current selection as something to save, or null when nothing (or only whitespace) is selected. */
export function readSelection(win: Window = window): ClipInput | null {
  const sel = win.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const exact = sel.toString();
  if (!exact.trim()) return null;
  const doc = win.document;
  const prefix = contextRange(doc, range.startContainer, true, range.startOffset).slice(-CONTEXT_CHARS);
  const suffix = contextRange(doc, range.endContainer, false, range.endOffset).slice(0, CONTEXT_CHARS);
  return { exact, prefix, suffix, url: win.location.href, title: doc.title };
}
