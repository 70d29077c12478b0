import type { Matcher } from '../matcher';
import { isInline, isSkipped, textBlocks, UI_HOST_TAG, type TextBlock } from './text-blocks';
import { hasHighlightApi, highlightName, rangesFor, type HighlightStyle, type Occurrence } from './paint';
import { createPainter } from './painter';
import { sliced } from './slices';

export interface HighlighterOptions {
  /** Called only once some block holds CJK text: pages without Chinese never pay for compiling. */
  matcher: () => Matcher;
  /** Category of a glossary id, or undefined when the id is not to be painted. */
  categoryOf: (id: string) => string | undefined;
  style?: HighlightStyle;
  doc?: Document;
  /** How long changes are gathered before they are scanned: one scan per burst, not per mutation. */
  batchMs?: number;
  /** The stylesheet with the highlight rules, adopted into open shadow roots (document styles stop at them). */
  shadowCss?: string;
}

export interface Highlighter {
  readonly occurrences: readonly Occurrence[];
  /** The occurrences in one block element, for hit-testing the pointer. */
  inBlock(el: Element): readonly Occurrence[];
  /** The open shadow roots entered, for hit-testing inside them. */
  shadowRoots(): ShadowRoot[];
  stop(): void;
}

/** The element whose text must be scanned again when `node` changed: its nearest block ancestor. */
function dirtyRoot(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && isInline(el) && el.parentElement) el = el.parentElement;
  return el;
}

function insideSkipped(el: Element, top: Node): boolean {
  for (let p: Element | null = el; p && p !== top; p = p.parentElement) if (isSkipped(p)) return true;
  return false;
}

const pageOf = (loc: Location) => loc.href.replace(/#.*$/, '');

/** A block element around the middle of the viewport, scanned before the rest when the page is scrolled. */
function visibleRoot(doc: Document): Element | undefined {
  const win = doc.defaultView;
  if (!win || win.scrollY < win.innerHeight) return undefined; // the walk from the top reaches it first anyway
  let el = doc.elementFromPoint(win.innerWidth / 2, win.innerHeight / 2);
  while (el && isInline(el)) el = el.parentElement;
  const parent = el?.parentElement?.parentElement;
  return parent && parent !== doc.body && parent !== doc.documentElement ? parent : (el ?? undefined);
}

/**
 * Paints occurrences with the CSS Custom Highlight API (no DOM mutation), scanning the page in slices
 * (visible part first), registering only ranges near the viewport, and following the page: changed
 * blocks are rescanned in batches, SPA navigations rescan everything, open shadow roots are entered.
 * stop() undoes it all.
 */
export function startHighlighter({ matcher, categoryOf, style = 'background', doc = document, batchMs = 100, shadowCss = '' }: HighlighterOptions): Highlighter {
  const win = doc.defaultView ?? (window as Window & typeof globalThis);
  const painter = hasHighlightApi(win) ? createPainter({ win, nameOf: (o) => highlightName(categoryOf(o.id)!, style) }) : undefined;
  let occurrences: Occurrence[] = [];
  const byBlock = new Map<Element, Occurrence[]>();
  let page = pageOf(doc.location);
  const queue: Generator<TextBlock>[] = [];
  const shadows = new Map<ShadowRoot, CSSStyleSheet | undefined>();

  function scanBlock(block: TextBlock) {
    const matches = matcher().find(block.text).filter((m) => categoryOf(m.id) !== undefined);
    if (!matches.length) return;
    const found = rangesFor(block, matches, doc);
    occurrences.push(...found);
    byBlock.set(block.el, [...(byBlock.get(block.el) ?? []), ...found]);
    painter?.add(found);
  }
  const walk = (root: Node, skip?: Node) =>
    queue.push(textBlocks(root, doc, { skip, onShadowRoot: enterShadow, onLost: () => markDirty(root as Element) }));
  const work = sliced(() => {
    const next = queue[0]?.next();
    if (!next) return false;
    if (next.done) queue.shift();
    else scanBlock(next.value);
    return queue.length > 0;
  });

  function enterShadow(root: ShadowRoot) {
    if (shadows.has(root)) return;
    let sheet: CSSStyleSheet | undefined;
    if (shadowCss && painter) {
      sheet = new win.CSSStyleSheet();
      sheet.replaceSync(shadowCss);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    shadows.set(root, sheet);
    observer.observe(root, OBSERVE);
    walk(root);
  }

  function scanAll() {
    const body = doc.body;
    if (!body) return;
    const first = visibleRoot(doc);
    if (first) walk(first);
    walk(body, first);
    work.schedule();
  }

  // Changed blocks since the last batch; rescanned together so a burst of mutations costs one pass.
  const dirty = new Set<Element>();
  let pruneDetached = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  function markDirty(root: Element | null) {
    if (root) dirty.add(root);
    if (timer === undefined) timer = setTimeout(rescanDirty, batchMs);
  }

  function rescanDirty() {
    timer = undefined;
    if (pageOf(doc.location) !== page) return restart(); // an SPA navigated: the page is another one now
    const roots = [...dirty].filter((r) => r.isConnected && !insideSkipped(r, r.getRootNode()));
    dirty.clear();
    pruneDetached = false;
    // A root inside another root is covered by it.
    const top = roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
    const stale = (o: Occurrence) =>
      !o.range.startContainer.isConnected || o.range.collapsed || top.some((r) => r.contains(o.range.startContainer));
    const dropped = new Set<Occurrence>();
    const kept = occurrences.filter((o) => !(stale(o) && dropped.add(o)));
    if (dropped.size) {
      painter?.remove([...dropped]);
      occurrences = kept;
      for (const el of new Set([...dropped].map((o) => o.el))) {
        const left = (byBlock.get(el) ?? []).filter((o) => !dropped.has(o));
        if (left.length) byBlock.set(el, left);
        else byBlock.delete(el);
      }
    }
    for (const r of top) walk(r);
    work.schedule();
  }

  function restart() {
    page = pageOf(doc.location);
    queue.length = 0;
    dirty.clear();
    painter?.remove(occurrences);
    occurrences = [];
    byBlock.clear();
    scanAll();
  }

  const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  const observer = new win.MutationObserver((records) => {
    let changed = false;
    for (const r of records) {
      const target = r.type === 'characterData' ? r.target.parentElement : (r.target as Element);
      if (!target || target.closest?.(UI_HOST_TAG.toLowerCase())) continue;
      changed = true;
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
    if (changed && (dirty.size || pruneDetached)) markDirty(null);
  });
  const onPopState = () => markDirty(null);

  if (doc.body) observer.observe(doc.body, OBSERVE);
  win.addEventListener('popstate', onPopState);
  scanAll();

  return {
    get occurrences() {
      return occurrences;
    },
    inBlock: (el) => byBlock.get(el) ?? [],
    shadowRoots: () => [...shadows.keys()],
    stop() {
      work.stop();
      observer.disconnect();
      win.removeEventListener('popstate', onPopState);
      clearTimeout(timer);
      painter?.stop();
      for (const [root, sheet] of shadows) if (sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      shadows.clear();
      occurrences = [];
      byBlock.clear();
      queue.length = 0;
    },
  };
}
