import type { Occurrence } from './paint';
import { blockElementOf } from './text-blocks';

/** The text position under a point, in Chromium's and in Firefox's API. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const within = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/**
 * The occurrence under the pointer: one caret lookup, then only the occurrences of the block under the
 * caret are tested, reading layout just for them — no listener per term, no pass over the whole page.
 */
export function occurrenceAt(inBlock: (el: Element) => readonly Occurrence[], x: number, y: number, doc: Document = document): Occurrence | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return undefined;
  for (const o of inBlock(blockElementOf(caret.node, doc))) {
    const r = o.range;
    if (r.startContainer !== caret.node && r.endContainer !== caret.node && !r.intersectsNode(caret.node)) continue;
    if ([...r.getClientRects()].some((rect) => within(rect, x, y))) return o;
  }
  return undefined;
}
