/**
 * Aho–Corasick over small integer symbols (the caller maps each code unit of the text to a symbol:
 * 0 for "in no pattern", SKIP for "ignored", 1… for pattern characters).
 *
 * Layout, for speed in a content script: the root's transitions are one dense array (most characters
 * of a page are read at the root), every other node's children are a slice of two flat arrays, in
 * symbol order (most nodes have one child). No per-node objects: ~10,000 nodes build in ~2 ms warm.
 */
export interface Automaton {
  /** For each pattern: its length in symbols. */
  readonly lengths: Int32Array;
  /**
   * Reports every pattern occurrence, in order of its end: `start`/`end` are UTF-16 offsets into `text`
   * of its first and after its last symbol (skipped code units inside are covered, around are not).
   */
  scan(text: string, symbolOf: Uint16Array, onMatch: (pattern: number, start: number, end: number) => void): void;
}

/** The symbol of code units that are skipped: they neither advance nor reset the automaton. */
export const SKIP = 0xffff;

/** Above this many children a node's are bisected rather than searched in order. */
const LINEAR = 8;

/**
 * `patterns` are strings of code units whose symbols `symbolOf` gives; symbols must increase with code
 * units (so sorted strings are sorted symbol sequences) and run from 1 to `alphabetSize`.
 */
export function buildAutomaton(patterns: readonly string[], symbolOf: Uint16Array, alphabetSize: number): Automaton {
  // The trie is built from the sorted patterns: each shares a prefix with the one before and appends
  // the rest, so no lookups are needed, and every node's children come out in symbol order. (The
  // content script compiles on every page, before the JIT has warmed up: no Map, no comparator sort.)
  const sorted = patterns.slice().sort();
  const indexOf = new Map(patterns.map((p, i) => [p, i]));
  let maxNodes = 1;
  let maxLength = 1;
  for (const p of patterns) {
    maxNodes += p.length;
    maxLength = Math.max(maxLength, p.length);
  }
  const parentOf = new Int32Array(maxNodes);
  const labelOf = new Uint16Array(maxNodes);
  const terminal = new Int32Array(maxNodes).fill(-1);
  const path = new Int32Array(maxLength + 1); // the nodes of the previous pattern, by depth
  let size = 1;
  let prev = '';
  for (const p of sorted) {
    let d = 0;
    while (d < p.length && d < prev.length && p.charCodeAt(d) === prev.charCodeAt(d)) d++;
    for (let i = d; i < p.length; i++) {
      parentOf[size] = path[i];
      labelOf[size] = symbolOf[p.charCodeAt(i)];
      path[i + 1] = size++;
    }
    if (p.length) terminal[path[p.length]] = indexOf.get(p)!;
    prev = p;
  }

  // Children as slices of two flat arrays, grouped by parent with a counting sort that keeps creation
  // order, which is symbol order. Up to LINEAR children are searched linearly, more by bisection.
  const childStart = new Int32Array(size + 1);
  for (let n = 1; n < size; n++) childStart[parentOf[n] + 1]++;
  for (let n = 0; n < size; n++) childStart[n + 1] += childStart[n];
  const fillAt = childStart.slice(0, size);
  const childSymbol = new Uint16Array(Math.max(size - 1, 1));
  const childNode = new Int32Array(Math.max(size - 1, 1));
  for (let n = 1; n < size; n++) {
    const k = fillAt[parentOf[n]]++;
    childSymbol[k] = labelOf[n];
    childNode[k] = n;
  }
  const rootNext = new Int32Array(alphabetSize + 1);
  for (let k = childStart[0]; k < childStart[1]; k++) rootNext[childSymbol[k]] = childNode[k];
  /** The child of `node` (not the root) on symbol `s`, or 0. */
  const childOf = (node: number, s: number) => {
    let k = childStart[node];
    const to = childStart[node + 1];
    if (to - k <= LINEAR) {
      while (k < to && childSymbol[k] !== s) k++;
    } else {
      for (let hi = to; k < hi; ) {
        const mid = (k + hi) >> 1;
        if (childSymbol[mid] < s) k = mid + 1;
        else hi = mid;
      }
    }
    return k < to && childSymbol[k] === s ? childNode[k] : 0;
  };

  // Failure links breadth-first; `output` is the nearest proper suffix that ends a pattern, so a scan
  // reports every pattern ending at a position, longest first.
  const fail = new Int32Array(size);
  const output = new Int32Array(size).fill(-1);
  const queue = new Int32Array(size);
  let tail = 0;
  for (let k = childStart[0]; k < childStart[1]; k++) queue[tail++] = childNode[k];
  for (let q = 0; q < tail; q++) {
    const node = queue[q];
    for (let k = childStart[node]; k < childStart[node + 1]; k++) {
      const child = childNode[k];
      const c = childSymbol[k];
      let f = fail[node];
      while (f !== 0 && childOf(f, c) === 0) f = fail[f];
      fail[child] = f === 0 ? rootNext[c] : childOf(f, c);
      output[child] = terminal[fail[child]] !== -1 ? fail[child] : output[fail[child]];
      queue[tail++] = child;
    }
  }
  const lengths = Int32Array.from(patterns, (p) => p.length);
  let ringSize = 1;
  while (ringSize < maxLength) ringSize *= 2;
  const mask = ringSize - 1;

  return {
    lengths,
    scan(text, symbolOf, onMatch) {
      const ring = new Int32Array(ringSize); // offsets of the last symbols read, for match starts
      let node = 0;
      let pos = 0;
      for (let i = 0, n = text.length; i < n; i++) {
        const s = symbolOf[text.charCodeAt(i)];
        if (s === SKIP) continue;
        ring[pos++ & mask] = i;
        if (s === 0) {
          node = 0;
          continue;
        }
        for (;;) {
          if (node === 0) {
            node = rootNext[s];
            break;
          }
          const next = childOf(node, s);
          if (next !== 0) {
            node = next;
            break;
          }
          node = fail[node];
        }
        if (node === 0) continue;
        let t = terminal[node] !== -1 ? node : output[node];
        for (; t !== -1; t = output[t]) {
          const p = terminal[t];
          onMatch(p, ring[(pos - lengths[p]) & mask], i + 1);
        }
      }
    },
  };
}
