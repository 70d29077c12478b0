// Traditional→Simplified at the level of single characters, from OpenCC's own table (29 kB), so that a
// folded text keeps one code unit per original code unit and every match maps back to exact offsets.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

/** Marks a code unit that is skipped when matching: quotes and white space inside or around a term. */
export const IGNORED = -1;
/**
 * What every list separator (、，, ·) folds to. A separator is not simply skipped: 精准、脱贫 must not read
 * as 精准脱贫. Terms written with a separator match with any separator or none (see compile()).
 */
export const SEP = 0x3001;

const IGNORABLE = new Set(
  [...'“”‘’「」『』"\'〝〞＂＇ \t\n\r\f\v\u00a0\u3000\u200b\u2002\u2003\u2009'].map((c) => c.charCodeAt(0)),
);
const SEPARATORS = new Set([...'、，,·・•‧'].map((c) => c.charCodeAt(0)));

function parseTable(table: string, into: Map<number, number>) {
  for (const entry of table.split('|')) {
    const [from, to] = entry.split(' ');
    // Only one-code-unit to one-code-unit pairs keep offsets aligned; the rest are rare characters.
    if (from?.length === 1 && to?.length === 1 && from !== to && !into.has(from.charCodeAt(0))) {
      into.set(from.charCodeAt(0), to.charCodeAt(0));
    }
  }
}

let fold: Map<number, number> | undefined;
function foldTable(): Map<number, number> {
  if (!fold) {
    fold = new Map();
    // Regional variants first (e.g. 裡 → 裏), then to Simplified: applied in one step by chaining below.
    const variants = new Map<number, number>();
    parseTable(TWVariantsRev, variants);
    parseTable(HKVariantsRev, variants);
    const ts = new Map<number, number>();
    parseTable(TSCharacters, ts);
    for (const [k, v] of variants) fold.set(k, ts.get(v) ?? v);
    for (const [k, v] of ts) if (!fold.has(k)) fold.set(k, v);
  }
  return fold;
}

/** The matching form of one UTF-16 code unit, or IGNORED. */
export function foldCode(c: number): number {
  if (SEPARATORS.has(c)) return SEP;
  if (c < 0x80) {
    if (IGNORABLE.has(c)) return IGNORED;
    return c >= 0x41 && c <= 0x5a ? c + 32 : c; // ASCII letters match case-insensitively
  }
  if (IGNORABLE.has(c)) return IGNORED;
  if (c >= 0xff01 && c <= 0xff5e) return foldCode(c - 0xfee0); // full-width ASCII
  if (c >= 0x3400) return foldTable().get(c) ?? c;
  return c;
}

/** Folded code units of `text` with, for each, its offset in the original text. */
export interface Folded {
  codes: Uint16Array;
  offsets: Uint32Array;
  length: number;
}

export function foldText(text: string): Folded {
  const n = text.length;
  const codes = new Uint16Array(n);
  const offsets = new Uint32Array(n);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === IGNORED) continue;
    codes[length] = f;
    offsets[length++] = i;
  }
  return { codes, offsets, length };
}

/**
 * The folded forms a glossary term matches, as strings: what the automaton is built from. A term with
 * separators (不忘初心、牢记使命) also matches without each of them (不忘初心牢记使命).
 */
export function foldTerm(term: string): string[] {
  const f = foldText(term);
  const codes = [...f.codes.subarray(0, f.length)];
  while (codes[0] === SEP) codes.shift();
  while (codes.at(-1) === SEP) codes.pop();
  let forms = [''];
  for (const c of codes) {
    const ch = String.fromCharCode(c);
    // Beyond six separators the 2^n spellings stop being worth it: those terms match as written.
    forms = c === SEP && forms.length < 64 ? forms.flatMap((f) => [f + ch, f]) : forms.map((f) => f + ch);
  }
  return forms.filter(Boolean);
}
