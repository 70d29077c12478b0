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
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

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

/**
 * Collects the text under `root` into blocks, skipping excluded subtrees. Blocks without any
 * CJK character are dropped here, so pages without Chinese cost one walk and nothing more.
 */
export function collectTextBlocks(root: Node, doc: Document = root.ownerDocument ?? (root as Document)): TextBlock[] {
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === 1 ? (isSkipped(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) : NodeFilter.FILTER_ACCEPT,
  });
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let currentBlock: Node | null = null;
  let hasCjk = false;
  const flush = () => {
    if (current && hasCjk) blocks.push(current);
    current = null;
    hasCjk = false;
  };
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const data = text.data;
    if (!data) continue;
    const block = blockOf(text);
    if (!current || block !== currentBlock) {
      flush();
      current = { nodes: [], starts: [], text: '' };
      currentBlock = block;
    }
    const c: TextBlock = current;
    c.starts.push(c.text.length);
    c.nodes.push(text);
    c.text += data;
    if (!hasCjk && CJK.test(data)) hasCjk = true;
  }
  flush();
  return blocks;
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
