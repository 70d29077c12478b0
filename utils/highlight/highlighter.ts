import type { Matcher } from '../matcher';
import { collectTextBlocks, isInline, isSkipped, UI_HOST_TAG } from './text-blocks';
import { hasHighlightApi, highlightName, rangesFor, type Occurrence } from './paint';

export interface HighlighterOptions {
  /** Called only once some block holds CJK text: pages without Chinese never pay for compiling. */
  matcher: () => Matcher;
  /** Category of a glossary id, or undefined when the id is not to be painted. */
  categoryOf: (id: string) => string | undefined;
  doc?: Document;
  /** How long changes are gathered before they are scanned: one scan per burst, not per mutation. */
  batchMs?: number;
}

export interface Highlighter {
  readonly occurrences: readonly Occurrence[];
  stop(): void;
}

/** The element whose text must be scanned again when `node` changed: its nearest block ancestor. */
function dirtyRoot(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && isInline(el) && el.parentElement) el = el.parentElement;
  return el;
}

function insideSkipped(el: Element, body: Element): boolean {
  for (let p: Element | null = el; p && p !== body; p = p.parentElement) if (isSkipped(p)) return true;
  return false;
}

/**
 * Paints every occurrence with the CSS Custom Highlight API (no DOM mutation), then follows the page:
 * changed blocks are rescanned in batches and their old ranges dropped. stop() undoes it all.
 */
export function startHighlighter({ matcher, categoryOf, doc = document, batchMs = 100 }: HighlighterOptions): Highlighter {
  const win = doc.defaultView ?? (globalThis as unknown as Window & typeof globalThis);
  const canPaint = hasHighlightApi(win);
  let occurrences: Occurrence[] = [];
  const highlights = new Map<string, Highlight>();

  function paint(list: Occurrence[]) {
    if (!canPaint) return;
    for (const o of list) {
      const name = highlightName(categoryOf(o.id)!);
      let h = highlights.get(name);
      if (!h) {
        h = new win.Highlight();
        highlights.set(name, h);
        win.CSS.highlights.set(name, h);
      }
      h.add(o.range);
    }
  }

  function scan(root: Node): Occurrence[] {
    const found: Occurrence[] = [];
    for (const block of collectTextBlocks(root, doc)) {
      const matches = matcher().find(block.text).filter((m) => categoryOf(m.id) !== undefined);
      if (matches.length) found.push(...rangesFor(block, matches, doc));
    }
    return found;
  }

  if (doc.body) {
    occurrences = scan(doc.body);
    paint(occurrences);
  }

  // Changed blocks since the last batch; rescanned together so a burst of mutations costs one pass.
  const dirty = new Set<Element>();
  let pruneDetached = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  function flush() {
    timer = undefined;
    const body = doc.body;
    if (!body) return;
    const roots = [...dirty].filter((r) => r.isConnected && !insideSkipped(r, body));
    dirty.clear();
    pruneDetached = false;
    // A root inside another root is covered by it.
    const top = roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
    const stale = (o: Occurrence) =>
      !o.range.startContainer.isConnected || o.range.collapsed || top.some((r) => r.contains(o.range.startContainer));
    const kept: Occurrence[] = [];
    for (const o of occurrences) {
      if (stale(o)) for (const h of highlights.values()) h.delete(o.range);
      else kept.push(o);
    }
    const fresh = top.flatMap(scan);
    paint(fresh);
    occurrences = kept.concat(fresh);
  }

  const observer = new win.MutationObserver((records) => {
    for (const r of records) {
      const target = r.type === 'characterData' ? r.target.parentElement : (r.target as Element);
      if (!target || target.closest?.(UI_HOST_TAG.toLowerCase())) continue;
      if (r.type === 'childList') {
        // An added block is scanned on its own; text or inline markup added inside a block rescans that block.
        for (const n of r.addedNodes) {
          const block = n.nodeType === 1 && !isInline(n as Element);
          const root = block ? (n as Element) : dirtyRoot(target);
          if (root) dirty.add(root);
        }
        if (r.removedNodes.length) pruneDetached = true;
      } else {
        const root = dirtyRoot(target);
        if (root) dirty.add(root);
      }
    }
    if ((dirty.size || pruneDetached) && timer === undefined) timer = setTimeout(flush, batchMs);
  });
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });

  return {
    get occurrences() {
      return occurrences;
    },
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      for (const name of highlights.keys()) win.CSS.highlights.delete(name);
      highlights.clear();
      occurrences = [];
    },
  };
}
