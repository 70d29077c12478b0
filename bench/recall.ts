// Recall of the shipped glossary on the annotated corpus (gold.json), with misses and false positives.
//   npx tsx bench/recall.ts [CORPUS_DIR]      (or TIFA_CORPUS=DIR; default ../shared/corpus)
// A gold occurrence is found when a glossary match overlaps it. Gold occurrences are the leftmost-longest,
// non-overlapping exact occurrences of all the gold surfaces of a document, as gold.json's `counting` says.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY } from '../utils/glossary';
import { normalizeTerm } from '../utils/glossary/check';
import { compile } from '../utils/matcher';

interface GoldTerm {
  term: string;
  surface: string[];
  count: number;
  surface_counts: Record<string, number>;
  type: string;
  tier: 1 | 2;
  scope: 'national' | 'local';
}
interface GoldDoc {
  file: string;
  terms: GoldTerm[];
}
interface Span {
  start: number;
  end: number;
  gold: GoldTerm;
}

const dir = process.argv[2] ?? process.env.TIFA_CORPUS ?? '../shared/corpus';
const goldPath = join(dir, 'gold.json');
if (!existsSync(goldPath)) {
  console.error(`recall: no gold.json in ${dir} (pass the corpus folder as an argument or set TIFA_CORPUS)`);
  process.exit(1);
}
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { docs: GoldDoc[] };

/** Leftmost-longest, non-overlapping exact occurrences of the surfaces in `text`. */
function goldSpans(text: string, terms: GoldTerm[]): Span[] {
  const surfaces = terms.flatMap((t) => t.surface.map((s) => ({ s, t }))).sort((a, b) => b.s.length - a.s.length);
  const spans: Span[] = [];
  for (let i = 0; i < text.length; ) {
    const hit = surfaces.find(({ s }) => text.startsWith(s, i));
    if (!hit) {
      i++;
      continue;
    }
    spans.push({ start: i, end: i + hit.s.length, gold: hit.t });
    i += hit.s.length;
  }
  return spans;
}

const matcher = compile(GLOSSARY);
/** What a user sees by default: tier-1 entries only. */
const defaultMatcher = compile(GLOSSARY.filter((e) => e.tier === 1));
const byId = new Map(GLOSSARY.map((e) => [e.id, e]));
const formsOf = new Map(GLOSSARY.map((e) => [e.id, new Set([e.term, ...e.variants].map(normalizeTerm))]));

type Tally = { total: number; found: number };
const tally = (): Tally => ({ total: 0, found: 0 });
const totals = { 'national 1': tally(), 'national 2': tally(), 'local 1': tally(), 'local 2': tally() };
const byDefault = tally(); // national tier-1 gold occurrences found by the tier-1 entries alone
const defaultMisses = new Map<string, number>();
const misses = new Map<string, { gold: GoldTerm; count: number; docs: Set<string>; surfaces: Set<string> }>();
const mislabelled = new Map<string, number>();
const falsePositives = new Map<string, { count: number; docs: Set<string>; example: string }>();
let countMismatches = 0;

for (const doc of gold.docs) {
  const path = join(dir, doc.file);
  const body = readFileSync(path, 'utf8').split('\n').slice(2).join('\n');
  const spans = goldSpans(body, doc.terms);
  for (const t of doc.terms) {
    const n = spans.filter((s) => s.gold === t).length;
    if (n !== t.count) {
      countMismatches++;
      console.warn(`warning: ${doc.file} ${t.term}: ${n} occurrences found, gold says ${t.count}`);
    }
  }
  const matches = matcher.find(body);
  const defaultMatches = defaultMatcher.find(body);
  const name = doc.file.replace(/\.txt$/, '');

  for (const span of spans) {
    const key = `${span.gold.scope} ${span.gold.tier}` as keyof typeof totals;
    totals[key].total++;
    if (key === 'national 1') {
      byDefault.total++;
      if (defaultMatches.some((m) => m.start < span.end && m.end > span.start)) byDefault.found++;
      else defaultMisses.set(span.gold.term, (defaultMisses.get(span.gold.term) ?? 0) + 1);
    }
    const hit = matches.find((m) => m.start < span.end && m.end > span.start);
    if (hit) {
      totals[key].found++;
      const forms = formsOf.get(hit.id)!;
      const goldForms = [span.gold.term, ...span.gold.surface].map(normalizeTerm);
      if (!goldForms.some((f) => forms.has(f))) {
        const k = `${span.gold.term} ← ${byId.get(hit.id)!.term} (${hit.id}) on “${body.slice(hit.start, hit.end)}”`;
        mislabelled.set(k, (mislabelled.get(k) ?? 0) + 1);
      }
      continue;
    }
    const k = `${span.gold.scope} ${span.gold.tier} ${span.gold.term}`;
    const m = misses.get(k) ?? { gold: span.gold, count: 0, docs: new Set(), surfaces: new Set() };
    m.count++;
    m.docs.add(name);
    m.surfaces.add(body.slice(span.start, span.end));
    misses.set(k, m);
  }

  for (const m of matches) {
    if (byId.get(m.id)!.tier !== 1) continue;
    if (spans.some((s) => s.start < m.end && s.end > m.start)) continue;
    const k = `${m.id} “${body.slice(m.start, m.end)}”`;
    const fp = falsePositives.get(k) ?? { count: 0, docs: new Set(), example: '' };
    fp.count++;
    fp.docs.add(name);
    fp.example ||= body.slice(Math.max(0, m.start - 12), m.end + 12).replace(/\s+/g, ' ');
    falsePositives.set(k, fp);
  }
}

const pct = (t: Tally) => (t.total ? ((100 * t.found) / t.total).toFixed(1) + '%' : 'n/a');
console.log(`glossary: ${GLOSSARY.length} entries (${GLOSSARY.filter((e) => e.tier === 1).length} tier 1); matcher: utils/matcher compile()`);
console.log(`corpus: ${dir}, ${gold.docs.length} documents${countMismatches ? `, ${countMismatches} gold count mismatches` : ''}`);
for (const [k, t] of Object.entries(totals)) console.log(`recall ${k.padEnd(11)} ${String(t.found).padStart(5)} / ${String(t.total).padEnd(5)} ${pct(t)}`);
console.log(`recall national 1 with tier-1 entries only (the default highlighting): ${byDefault.found} / ${byDefault.total} ${pct(byDefault)}` +
  (defaultMisses.size ? `; missed: ${[...defaultMisses].map(([t, n]) => `${t} ×${n}`).join(', ')}` : ''));

const sortedMisses = [...misses.entries()].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : 0) || y.count - x.count);
console.log(`\nmisses (${sortedMisses.length} terms):`);
for (const [k, m] of sortedMisses) {
  const surfaces = [...m.surfaces].filter((s) => s !== m.gold.term);
  console.log(`  ${k}  ×${m.count}  [${[...m.docs].join(' ')}]${surfaces.length ? `  as ${surfaces.join(' / ')}` : ''}`);
}

console.log(`\nfound, but by an entry that is not the gold term (${mislabelled.size}):`);
for (const [k, n] of [...mislabelled].sort((a, b) => b[1] - a[1])) console.log(`  ${k}  ×${n}`);

const fps = [...falsePositives.entries()].sort((a, b) => b[1].count - a[1].count);
const fpTotal = fps.reduce((n, [, f]) => n + f.count, 0);
console.log(`\nfalse positives: tier-1 matches outside any gold span (${fpTotal} in ${fps.length} forms):`);
for (const [k, f] of fps) console.log(`  ${k}  ×${f.count}  [${[...f.docs].join(' ')}]  …${f.example}…`);
