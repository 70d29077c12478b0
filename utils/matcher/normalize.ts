// Folding: every UTF-16 code unit maps to exactly one code unit (or is skipped), so a match in folded
// text maps back to exact offsets in the original.
//
// The table is data generated from OpenCC's character tables (opencc-js) and Unicode NFKC by
// fold-source.ts (a test fails when fold-data.json is stale): 3,900 pairs, 24 kB. The content script
// builds it on every page, and parsing OpenCC's own format there costs ~10 ms before the JIT warms up;
// this one loop over two aligned strings costs well under one.
import DATA from './fold-data.json';

/** A code unit that is skipped when matching: quotes, white space and invisible characters. */
export const IGNORED = 0xffff;
/**
 * What every list separator (、，, ·) folds to. A separator is not simply skipped: 精准、脱贫 must not read
 * as 精准脱贫. Terms written with a separator match with any separator or none (see foldTerm()).
 */
export const SEP = 0x3001;

let table: Uint16Array | undefined;
let changed: Uint16Array | undefined;

/** The fold table: code unit → matching form, IGNORED, or SEP; 0 where a code unit is its own form. */
export function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  const { from, to, ignored, separators } = DATA;
  for (let i = 0; i < from.length; i++) t[from.charCodeAt(i)] = to.charCodeAt(i);
  for (let i = 0; i < ignored.length; i++) t[ignored.charCodeAt(i)] = IGNORED;
  for (let i = 0; i < separators.length; i++) t[separators.charCodeAt(i)] = SEP;
  t[SEP] = 0;
  changed = new Uint16Array(from.length + ignored.length + separators.length);
  let n = 0;
  for (const s of [from, ignored, separators]) for (let i = 0; i < s.length; i++) changed[n++] = s.charCodeAt(i);
  return (table = t);
}

/** The code units whose form is not themselves (the non-zero entries of foldTable()). */
export function foldedCodes(): Uint16Array {
  foldTable();
  return changed!;
}

/** The matching form of one UTF-16 code unit, or IGNORED. */
export function foldCode(c: number): number {
  return foldTable()[c] || c;
}

const UTF16 = new TextDecoder('utf-16le'); // Uint16Array → string natively (all supported CPUs are little-endian)

/** `s` folded, with ignored code units removed (no offsets: for terms, not for text). */
export function foldString(s: string): string {
  const t = foldTable();
  const codes = new Uint16Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = t[c] || c;
    if (f !== IGNORED) codes[n++] = f;
  }
  return UTF16.decode(codes.subarray(0, n));
}

/**
 * The folded forms a glossary term matches: what the automaton is built from. A term with separators
 * (不忘初心、牢记使命) also matches without each of them (不忘初心牢记使命).
 */
export function foldTerm(term: string): string[] {
  return foldTerms([term])[0];
}

/**
 * foldTerm() for many terms at once: one pass over all of them joined, which is what a cold content
 * script can afford (a thousand small calls cost milliseconds before the JIT warms up).
 */
export function foldTerms(terms: readonly string[]): string[][] {
  let folded = foldString(terms.join('\0')).split('\0');
  if (folded.length !== terms.length) folded = terms.map(foldString); // a term containing NUL
  const sep = String.fromCharCode(SEP);
  return folded.map((f) => {
    if (!f.includes(sep)) return f ? [f] : [];
    const parts = f.split(sep).filter((p) => p !== '');
    if (parts.length === 0) return [];
    let forms = [parts[0]];
    for (const part of parts.slice(1)) {
      // Beyond six separators the 2^n spellings stop being worth it: those terms match as written.
      forms = forms.length < 64 ? forms.flatMap((x) => [x + sep + part, x + part]) : forms.map((x) => x + sep + part);
    }
    return forms;
  });
}
