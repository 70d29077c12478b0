// Matcher throughput on the real corpus, and what compiling the glossary costs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GLOSSARY } from '../utils/glossary';
import { compile } from '../utils/matcher';
import { foldCode } from '../utils/matcher/normalize';

const corpus = resolve(process.env.TIFA_CORPUS ?? '../shared/corpus');
const text = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(corpus, f), 'utf8'))
  .join('\n');
const bytes = Buffer.byteLength(text, 'utf8');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

foldCode(0x4e00); // load the Traditional→Simplified table once, outside the timings
const compileTimes: number[] = [];
let matcher = compile(GLOSSARY);
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  matcher = compile(GLOSSARY);
  compileTimes.push(performance.now() - t0);
}
for (let i = 0; i < 3; i++) matcher.find(text); // warm up the JIT
const runs: number[] = [];
let found = 0;
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  found = matcher.find(text).length;
  runs.push(performance.now() - t0);
}
const ms = median(runs);
const forms = GLOSSARY.reduce((n, e) => n + 1 + e.variants.length, 0);
console.log(`glossary: ${GLOSSARY.length} entries, ${forms} surface forms, ${(JSON.stringify(GLOSSARY).length / 1024).toFixed(0)} KiB as JSON`);
console.log(`compile:  ${median(compileTimes).toFixed(2)} ms median (target < 10 ms)`);
console.log(`corpus:   ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${text.length} code units, ${found} matches`);
console.log(`find:     ${ms.toFixed(1)} ms median → ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s (target > 20 MB/s)`);
