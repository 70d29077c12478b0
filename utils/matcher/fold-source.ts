// Where the fold table comes from: OpenCC's character tables (opencc-js) and Unicode NFKC, reduced to
// what keeps offsets exact (one BMP code unit to one). Run by the test that checks fold-data.json is
// current; the extension ships only fold-data.json, never opencc-js itself.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

/** The fold table as data: `from[i]` folds to `to[i]`; `ignored` are skipped; `separators` fold to 、. */
export interface FoldData {
  from: string;
  to: string;
  ignored: string;
  separators: string;
}

// Quotes of every script and orientation (Taiwan and Hong Kong use 「」『』 and vertical ﹁﹂), white space
// and the invisible characters that copy-paste from PDFs and CMSs leaves inside words.
export const IGNORABLE =
  '“”‘’‚‛„‟「」『』"\'〝〞〟＂＇‹›«»﹁﹂﹃﹄ \t\n\r\f\v\u0085\u00a0\u00ad\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff';
/** List separators: 不忘初心、牢记使命 = 不忘初心，牢记使命 = 不忘初心·牢记使命. */
export const SEPARATORS = '、，,·・•‧﹐﹑︐︑';
// Ranges where NFKC maps a character to a plain one: CJK and Kangxi radicals (PDF text extraction
// produces ⼆ for 二), compatibility ideographs, vertical and small forms, full- and half-width forms.
const NFKC_RANGES = [
  [0x2e80, 0x2fdf],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe6f],
  [0xff00, 0xffef],
] as const;

const isBmpChar = (s: string | undefined): s is string => s?.length === 1 && !/[\ud800-\udfff]/.test(s);

/** OpenCC's "from to[ alt…]|…" format as one-to-one BMP pairs (first candidate). */
function pairs(table: string): [string, string][] {
  return table
    .split('|')
    .map((entry) => entry.split(' '))
    .filter((p): p is [string, string] => isBmpChar(p[0]) && isBmpChar(p[1]) && p[0] !== p[1]);
}

export function buildFoldData(): FoldData {
  const fold = new Map<string, string>();
  for (const [from, to] of NFKC_RANGES) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const n = ch.normalize('NFKC');
      if (isBmpChar(n) && n !== ch) fold.set(ch, n);
    }
  }
  // Regional variants (裡 → 裏) chained to Simplified (裏 → 里), then Traditional → Simplified.
  const ts = new Map(pairs(TSCharacters));
  for (const [k, v] of [...pairs(TWVariantsRev), ...pairs(HKVariantsRev)]) if (!fold.has(k)) fold.set(k, ts.get(v) ?? v);
  for (const [k, v] of ts) if (!fold.has(k)) fold.set(k, v);
  for (let c = 0x41; c <= 0x5a; c++) fold.set(String.fromCharCode(c), String.fromCharCode(c + 32));

  // Resolve chains (Ｃ → C → c, ﹁ → 「 → ignored) so that folding is one lookup and idempotent.
  const ignored = new Set(IGNORABLE);
  const separators = new Set(SEPARATORS);
  for (const [k, v] of fold) {
    let f = v;
    for (let i = 0; i < 4 && fold.has(f) && fold.get(f) !== f; i++) f = fold.get(f)!;
    if (ignored.has(f)) ignored.add(k);
    else if (separators.has(f)) separators.add(k);
    fold.set(k, f);
  }
  const mapped = [...fold].filter(([k, v]) => k !== v && !ignored.has(k) && !separators.has(k)).sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0));
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0)).join('');
  return {
    from: mapped.map(([k]) => k).join(''),
    to: mapped.map(([, v]) => v).join(''),
    ignored: sorted(ignored),
    separators: sorted(separators),
  };
}
