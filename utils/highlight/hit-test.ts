import type { Occurrence } from './paint';
import { blockElementOf } from './text-blocks';

type CaretFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;

/**
 * The text position under a point: `caretPositionFromPoint` (Firefox, Chromium 128+), which also looks
 * inside the open shadow roots it is given, else Chromium's older `caretRangeFromPoint`.
 */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?: CaretFromPoint };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y, { shadowRoots });
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
export function occurrenceAt(
  inBlock: (el: Element) => readonly Occurrence[],
  x: number,
  y: number,
  doc: Document = document,
  shadowRoots: ShadowRoot[] = [],
): Occurrence | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== 3) return undefined;
  for (const o of inBlock(blockElementOf(caret.node, doc))) {
    const r = o.range;
    if (r.startContainer !== caret.node && r.endContainer !== caret.node && !r.intersectsNode(caret.node)) continue;
    if ([...r.getClientRects()].some((rect) => within(rect, x, y))) return o;
  }
  return undefined;
}
