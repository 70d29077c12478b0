// Matcher throughput on the real corpus, what compiling the glossary costs (warm, and cold as in a
// content script on a fresh page), and what the matcher adds to the content script bundle.
//   npx tsx bench/matcher.ts      (TIFA_CORPUS=DIR for the corpus; default ../shared/corpus)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GLOSSARY } from '../utils/glossary';
import { compile, countCandidates, findCandidates } from '../utils/matcher';
import { foldTable } from '../utils/matcher/normalize';
import FOLD from '../utils/matcher/fold-data.json';

const corpus = resolve(process.env.TIFA_CORPUS ?? '../shared/corpus');
const text = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(corpus, f), 'utf8'))
  .join('\n');
const bytes = Buffer.byteLength(text, 'utf8');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const time = (runs: number, f: () => void) =>
  median(
    Array.from({ length: runs }, () => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    }),
  );
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

foldTable(); // built once per page; measured cold below
for (let i = 0; i < 5; i++) compile(GLOSSARY);
const compileMs = time(21, () => compile(GLOSSARY));
const matcher = compile(GLOSSARY);
for (let i = 0; i < 3; i++) matcher.find(text); // warm up the JIT
const findMs = time(11, () => matcher.find(text));
const matches = matcher.find(text);
const candidatesMs = time(11, () => findCandidates(text, matches));
const candidates = countCandidates(findCandidates(text, matches));

const forms = GLOSSARY.reduce((n, e) => n + 1 + e.variants.length, 0);
console.log(`glossary:   ${GLOSSARY.length} entries, ${forms} surface forms, ${kb(JSON.stringify(GLOSSARY).length)} as JSON`);
console.log(`fold table: ${FOLD.from.length} pairs + ${FOLD.ignored.length} ignored + ${FOLD.separators.length} separators, ${kb(Buffer.byteLength(JSON.stringify(FOLD)))} (fold-data.json)`);
console.log(`corpus:     ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${text.length} code units, ${matches.length} matches, ${candidates.length} distinct candidates`);
console.log(`compile:    ${compileMs.toFixed(2)} ms median, warm (target < 10 ms)`);
console.log(`find:       ${findMs.toFixed(2)} ms median → ${(bytes / 1e6 / (findMs / 1000)).toFixed(1)} MB/s (target > 20 MB/s)`);
console.log(`candidates: ${candidatesMs.toFixed(2)} ms median → ${(bytes / 1e6 / (candidatesMs / 1000)).toFixed(1)} MB/s`);

// Discovery against the annotated corpus: local numbered formulations (gold `scope: local`, `type:
// numbered`) the glossary lacks, found as candidates; and how many candidates sit on any local gold term.
const goldPath = join(corpus, 'gold.json');
if (existsSync(goldPath)) {
  type GoldTerm = { surface: string[]; type: string; scope: string };
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { docs: { file: string; terms: GoldTerm[] }[] };
  let wanted = 0;
  let found = 0;
  let all = 0;
  let onGold = 0;
  const near = (a: string, b: string) => a.includes(b) || b.includes(a);
  for (const doc of gold.docs) {
    const body = readFileSync(join(corpus, doc.file), 'utf8');
    const ms = matcher.find(body);
    const cs = findCandidates(body, ms);
    const local = doc.terms.filter((t) => t.scope === 'local');
    for (const t of local.filter((t) => t.type === 'numbered')) {
      if (ms.some((m) => t.surface.some((s) => near(body.slice(m.start, m.end), s)))) continue; // the glossary has it
      wanted++;
      if (cs.some((c) => t.surface.some((s) => near(c.text, s)))) found++;
    }
    all += cs.length;
    onGold += cs.filter((c) => local.some((t) => t.surface.some((s) => near(c.text, s)))).length;
  }
  console.log(`discovery:  ${found} / ${wanted} local numbered gold terms (per document) not in the glossary found; ${onGold} / ${all} candidates on a local gold term`);
}

// Bundle size and a cold start: the matcher and glossary bundled as the content script gets them, run
// in fresh processes (module evaluation, fold table, compile and a first find, before any JIT warm-up).
let esbuild: typeof import('esbuild') | undefined;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('bundle:     esbuild not installed, skipped');
}
if (esbuild) {
  const dir = mkdtempSync(join(tmpdir(), 'tifa-bench-'));
  try {
    const root = resolve(import.meta.dirname, '..');
    const entry = (withGlossary: boolean) => `
      const t0 = performance.now();
      const { compile } = await import(${JSON.stringify(join(root, 'utils/matcher/index.ts'))});
      ${withGlossary ? `const { GLOSSARY } = await import(${JSON.stringify(join(root, 'utils/glossary/index.ts'))});` : 'const GLOSSARY = [];'}
      const t1 = performance.now();
      const m = compile(GLOSSARY);
      const t2 = performance.now();
      m.find('坚决做到兩個維護，增强“四个意识”');
      const t3 = performance.now();
      console.log(JSON.stringify({ load: t1 - t0, compile: t2 - t1, find: t3 - t2 }));`;
    const sizes: string[] = [];
    for (const [name, withGlossary] of [['matcher', false], ['matcher+glossary', true]] as const) {
      writeFileSync(join(dir, `${name}.ts`), entry(withGlossary));
      await esbuild.build({ entryPoints: [join(dir, `${name}.ts`)], bundle: true, minify: true, format: 'esm', platform: 'neutral', charset: 'utf8', outfile: join(dir, `${name}.mjs`), logLevel: 'silent' });
      const out = readFileSync(join(dir, `${name}.mjs`));
      sizes.push(`${name} ${kb(statSync(join(dir, `${name}.mjs`)).size)} (${kb(gzipSync(out).length)} gzip)`);
    }
    console.log(`bundle:     ${sizes.join(', ')}, minified`);
    const runs = Array.from({ length: 5 }, () => JSON.parse(spawnSync(process.execPath, [join(dir, 'matcher+glossary.mjs')], { encoding: 'utf8' }).stdout));
    const cold = (k: 'load' | 'compile' | 'find') => median(runs.map((r) => r[k])).toFixed(1);
    console.log(`cold start: load ${cold('load')} ms, fold table + compile ${cold('compile')} ms, first find ${cold('find')} ms (median of 5 fresh processes)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
