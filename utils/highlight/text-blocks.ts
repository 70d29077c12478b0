/** Elements whose text is never scanned: code, forms, editable regions, and invisible containers. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'IFRAME', 'SVG', 'CANVAS', 'HEAD', 'TITLE']);

/** Inline elements that may split a term (两个<b>维护</b>): text on both sides belongs to one run. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'MARK',
  'Q', 'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'LABEL',
]);

export const UI_HOST_TAG = 'TIFA-UI';

/** One run of text that reads continuously: the text nodes of one block, in order, and where each starts. */
export interface TextBlock {
  nodes: Text[];
  starts: number[];
  text: string;
  /** The element the run belongs to, whose visibility decides whether its highlights are registered. */
  el: Element;
}

/** A Chinese character (CJK unified ideographs, extension A, compatibility ideographs). */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName.toUpperCase()) || el.tagName === UI_HOST_TAG || (el as HTMLElement).isContentEditable === true;
}

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

function blockOf(node: Node): Node | null {
  let p = node.parentNode;
  while (p && p.nodeType === 1 && isInline(p as Element)) p = p.parentNode;
  return p;
}

/** The element a text node's block belongs to (TextBlock.el): its nearest non-inline ancestor, or a shadow host. */
export function blockElementOf(node: Node, doc: Document = node.ownerDocument!): Element {
  const block = blockOf(node);
  return block && block.nodeType === 1 ? (block as Element) : ((block as ShadowRoot | null)?.host ?? doc.documentElement);
}

export interface WalkOptions {
  /** Open shadow roots met on the way: a tree walker does not enter them. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** A subtree already scanned (the visible part of the page, done first). */
  skip?: Node;
  /** The walk lost its place because the page removed the node it stood on between two slices. */
  onLost?: () => void;
}

/**
 * The text under `root` as blocks, lazily, so a long page can be scanned a slice at a time. Excluded
 * subtrees are skipped and end the run of text around them; blocks without any CJK character are
 * dropped here, so pages without Chinese cost one walk and nothing more.
 */
export function* textBlocks(root: Node, doc: Document = root.ownerDocument ?? (root as Document), opts: WalkOptions = {}): Generator<TextBlock> {
  let cut = false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      if (n.nodeType !== 1) return NodeFilter.FILTER_ACCEPT;
      if (n === opts.skip || isSkipped(n as Element)) {
        cut = true;
        return NodeFilter.FILTER_REJECT;
      }
      const shadow = (n as Element).shadowRoot;
      if (shadow) opts.onShadowRoot?.(shadow);
      return NodeFilter.FILTER_SKIP;
    },
  });
  let current: TextBlock | null = null;
  let currentBlock: Node | null = null;
  let hasCjk = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const data = text.data;
    if (!data) continue;
    const block = blockOf(text);
    if (!current || block !== currentBlock || cut) {
      if (current && hasCjk) {
        yield current;
        if (!text.isConnected) return opts.onLost?.();
      }
      hasCjk = cut = false;
      currentBlock = block;
      current = { nodes: [], starts: [], text: '', el: blockElementOf(text, doc) };
    }
    const c: TextBlock = current;
    c.starts.push(c.text.length);
    c.nodes.push(text);
    c.text += data;
    if (!hasCjk && CJK.test(data)) hasCjk = true;
  }
  if (current && hasCjk) yield current;
}


/** Finds the text node and offset of a position in a block (binary search over node starts). */
export function locate(block: TextBlock, pos: number): [Text, number] {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return [block.nodes[lo], pos - block.starts[lo]];
}
