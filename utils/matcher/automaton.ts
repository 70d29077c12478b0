/**
 * Aho–Corasick over UTF-16 code units. Nodes live in flat arrays; each node's children are one Map.
 * `find` reports, for each position, the longest pattern starting there; the caller picks leftmost-longest.
 */
export interface Automaton {
  /** For each node: the pattern index ending exactly here, or -1. */
  readonly terminal: Int32Array;
  /** For each pattern: its length in code units. */
  readonly lengths: Int32Array;
  scan(codes: Uint16Array, length: number, onMatch: (end: number, pattern: number) => void): void;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const children: Map<number, number>[] = [new Map()];
  const terminalList: number[] = [-1];
  patterns.forEach((p, index) => {
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let next = children[node].get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        terminalList.push(-1);
        children[node].set(c, next);
      }
      node = next;
    }
    if (p.length && terminalList[node] === -1) terminalList[node] = index;
  });

  const size = children.length;
  const fail = new Int32Array(size);
  // Nearest proper suffix node that ends a pattern: lets a scan report every pattern ending at a position.
  const output = new Int32Array(size).fill(-1);
  const terminal = Int32Array.from(terminalList);
  const queue: number[] = [];
  for (const child of children[0].values()) queue.push(child);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    for (const [c, child] of children[node]) {
      let f = fail[node];
      while (f !== 0 && !children[f].has(c)) f = fail[f];
      const target = children[f].get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      output[child] = terminal[fail[child]] !== -1 ? fail[child] : output[fail[child]];
      queue.push(child);
    }
  }
  const lengths = Int32Array.from(patterns, (p) => p.length);

  return {
    terminal,
    lengths,
    scan(codes, length, onMatch) {
      let node = 0;
      for (let i = 0; i < length; i++) {
        const c = codes[i];
        let next = children[node].get(c);
        while (next === undefined && node !== 0) {
          node = fail[node];
          next = children[node].get(c);
        }
        if (next === undefined) {
          node = 0;
          continue;
        }
        node = next;
        if (terminal[node] !== -1) onMatch(i + 1, terminal[node]);
        for (let o = output[node]; o !== -1; o = output[o]) onMatch(i + 1, terminal[o]);
      }
    },
  };
}
