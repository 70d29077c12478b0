// What highlighting costs a page: Tifa's content script (CSS Custom Highlight API, no DOM changes) against
// mark.js wrapping the same terms in <mark>, on the same pages, in real Chromium, from Chromium's own metrics.
//   node --import tsx bench/highlight.ts      (TIFA_CORPUS=DIR for the corpus; default ../shared/corpus)
// Every figure is (page with a highlighter) − (the same page in a plain Chromium without one), so the page's
// own parsing and layout cancel out. Misses are reported with ✗, never thrown: the bench is a report.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { GLOSSARY } from '../utils/glossary';
import { servePages } from '../tests/serve';

const root = resolve(import.meta.dirname, '..');
process.chdir(root); // tests/e2e/browser resolves .output/chrome-mv3 against the working directory
const { launchWithExtension, chromePath } = await import('../tests/e2e/browser');

// Build the extension when the bundle is missing or older than any source it is built from.
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return path.endsWith('.test.ts') ? 0 : s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}
const manifest = '.output/chrome-mv3/manifest.json';
const sources = Math.max(...['entrypoints', 'utils', 'components', 'public', 'wxt.config.ts', 'package.json'].map(newest));
if (!existsSync(manifest) || statSync(manifest).mtimeMs < sources) {
  console.log('building the extension (npx wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('wxt build failed');
}

// Another process (the e2e tests) may be rebuilding .output right now: wait for it to finish.
for (let i = 0; i < 120 && !existsSync(manifest); i++) await new Promise((r) => setTimeout(r, 500));

// ---- Pages
const corpus = resolve(process.env.TIFA_CORPUS ?? '../shared/corpus');
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
const paragraphs = files.flatMap((f) => readFileSync(join(corpus, f), 'utf8').split(/\n+/).map((s) => s.trim()).filter(Boolean));
const esc = (s: string) => s.replace(/[&<>]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt' }[c]};`);
const html = (body: string, head = '') =>
  `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>bench</title><style>body{max-width:46em;margin:2em auto;font:17px/1.9 serif}</style>${head}<body>${body}</body></html>`;

// (b) ~1 MB of corpus paragraphs (repeated to reach the size); every 10th 两个维护 split by inline markup,
// which mark.js handles with acrossElements and Tifa by scanning whole blocks.
function bigPage(): string {
  const ps: string[] = [];
  for (let i = 0, bytes = 0; bytes < 1_000_000; i++) {
    const p = `<p>${esc(paragraphs[i % paragraphs.length])}</p>`;
    ps.push(p);
    bytes += Buffer.byteLength(p);
  }
  let n = 0;
  return html(ps.join('\n').replace(/两个维护/g, (m) => (++n % 10 === 0 ? '两个<b>维护</b>' : m)));
}
const big = bigPage();

// (c) 2,000 paragraphs appended in 20 batches 50 ms apart, as a feed or chat would. __busy tells the bench
// the page's own work is over; __onBatch lets mark.js mark each batch as a page integrating it would.
const feed = html(
  '<h1>feed</h1>',
  `<script>window.__busy = true;
  const P = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => paragraphs[(i * 7) % paragraphs.length]))};
  let i = 0;
  function batch() {
    const div = document.createElement('div');
    for (let k = 0; k < 100; k++) { const p = document.createElement('p'); p.textContent = P[i * 100 + k]; div.append(p); }
    document.body.append(div);
    window.__onBatch?.(div);
    if (++i < 20) setTimeout(batch, 50); else window.__busy = false;
  }
  addEventListener('load', () => setTimeout(batch, 50));</script>`,
);

// (d) ~200 KB of English: Tifa should notice there is no CJK and not even compile its matcher.
const words = 'the of policy report committee economic development reform people national growth system public support'.split(' ');
let seed = 1;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const english = html(
  Array.from({ length: 500 }, () => `<p>${Array.from({ length: 60 }, () => words[Math.floor(rnd() * words.length)]).join(' ')}.</p>`).join('\n'),
);

const { server, url } = await servePages(0, { '/big.html': () => big, '/feed.html': () => feed, '/english.html': () => english });
const PAGES = [
  { name: 'article (demo.html)', path: '/demo.html', cjk: true },
  { name: `1 MB corpus (${(Buffer.byteLength(big) / 1e6).toFixed(2)} MB)`, path: '/big.html', cjk: true },
  { name: '2,000 appended <p>', path: '/feed.html', cjk: true },
  { name: 'no Chinese (200 KB)', path: '/english.html', cjk: false },
];

// ---- Browsers
const terms = GLOSSARY.filter((e) => e.tier === 1).flatMap((e) => [e.term, ...e.variants]);
const markJs = readFileSync(join(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
// Long tasks are observed from the first moment of the document; the observer sees tasks of all worlds.
// (Tifa's first scan can run before the load event ends, so tasks are not filtered by time.)
const LONGTASKS = `window.__maxTask = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__maxTask = Math.max(window.__maxTask, e.duration); })
    .observe({ type: 'longtask', buffered: true });`;
// mark.js goes in as an init script rather than addScriptTag: the feed page starts appending right after
// load and mark.js must be there for its first batch. Same code, same main world.
const MARK = `${markJs};
  window.__terms = ${JSON.stringify(terms)};
  window.__mark = (el) => new Promise((done) => new Mark(el).mark(window.__terms, { separateWordSearch: false, acrossElements: true, done }));
  window.__onBatch = (el) => window.__mark(el);`;

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const plainBrowser = await chromium.launch({ executablePath: chromePath(), headless: true, args: ARGS });
const plain = await plainBrowser.newContext();
await plain.addInitScript(LONGTASKS);
const ext = await launchWithExtension();
await ext.context.addInitScript(LONGTASKS);

type Mode = 'plain' | 'tifa' | 'mark';
type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;
// sl: script + layout + style recalc, wall time on the main thread (Chromium's ScriptDuration etc.);
// cpu: main-thread CPU time (ThreadTime), which other processes competing for the cores do not inflate.
interface Cost { sl: number; script: number; cpu: number }
interface Run extends Cost { task: number; nodes: number; js?: { total: number; longest: number } }

async function metrics(cdp: Cdp): Promise<Cost> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value * 1000]));
  return { sl: m.ScriptDuration + m.LayoutDuration + m.RecalcStyleDuration, script: m.ScriptDuration, cpu: m.ThreadTime };
}
const minus = (a: Cost, b: Cost): Cost => ({ sl: a.sl - b.sl, script: a.script - b.script, cpu: a.cpu - b.cpu });
const tifaSize = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h, name) => void (name.startsWith('tifa-') && (n += h.size)));
    return n;
  });

// Loads a page and waits until the page and its highlighter are done; the same waiting in every mode,
// so the polling's own small cost cancels out in the subtraction.
async function load(mode: Mode, path: string, cjk: boolean, profile = false): Promise<Run & { page: Page; cdp: Cdp }> {
  const page = await (mode === 'tifa' ? ext.context : plain).newPage();
  if (mode === 'mark') await page.addInitScript(MARK);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
  }
  const before = await metrics(cdp);
  await page.goto(url + path);
  await page.waitForFunction(() => document.readyState === 'complete' && !(window as any).__busy, null, { polling: 50, timeout: 60_000 });
  if (mode === 'mark' && path !== '/feed.html') await page.evaluate(() => (window as any).__mark(document.body));
  // Tifa is done when its highlight count has not changed for 500 ms (after its first paint on CJK pages).
  const t0 = Date.now();
  for (let last = -1, since = Date.now(); ; await page.waitForTimeout(50)) {
    const n = await tifaSize(page);
    if (n !== last) [last, since] = [n, Date.now()];
    if (Date.now() - since >= 500 && (mode !== 'tifa' || !cjk || n > 0 || Date.now() - t0 > 10_000)) break;
  }
  const cost = minus(await metrics(cdp), before);
  const js = profile ? contentScriptTime((await cdp.send('Profiler.stop')).profile as unknown as Profile) : undefined;
  const { task, nodes } = await page.evaluate(() => {
    let nodes = 0;
    for (const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL); w.nextNode(); ) nodes++;
    return { task: (window as any).__maxTask as number, nodes };
  });
  if (process.env.DEBUG) console.error(mode, path, JSON.stringify(cost), task, nodes);
  return { ...cost, task, nodes, js, page, cdp };
}

// A cross-check independent of Chromium's ScriptDuration: V8 samples with the content script on the stack
// (natives it calls included): in total, and the longest unbroken stretch, roughly its longest task.
type Profile = { nodes: { id: number; children?: number[]; callFrame: { url: string } }[]; samples?: number[]; timeDeltas?: number[] };
function contentScriptTime({ nodes, samples = [], timeDeltas = [] }: Profile) {
  const parent = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const mine = new Map<number, boolean>();
  const isMine = (id: number): boolean => {
    if (!mine.has(id)) mine.set(id, byId.get(id)!.callFrame.url.startsWith('chrome-extension://') || (parent.has(id) && isMine(parent.get(id)!)));
    return mine.get(id)!;
  };
  let [total, longest, runStart, t] = [0, 0, -1, 0];
  samples.forEach((id, i) => {
    t += timeDeltas[i] / 1000;
    const dt = (timeDeltas[i + 1] ?? 0) / 1000; // a sample stands for the time until the next one
    if (isMine(id)) {
      total += dt;
      if (runStart < 0) runStart = t;
      longest = Math.max(longest, t + dt - runStart);
    } else runStart = -1;
  });
  return { total, longest };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const min = (xs: number[]) => Math.min(...xs);
// Costs: the least disturbed of REPS loads (other processes only ever add time). Longest task: the median
// load, so one load stretched by a busy machine does not count as a long task. mark.js, costing seconds, once.
const REPS = 4;
const results: Record<string, Record<Mode, Run>> = {};
for (const p of PAGES) {
  const runs: Record<Mode, Run[]> = { plain: [], tifa: [], mark: [] };
  for (let i = 0; i < REPS; i++)
    for (const mode of ['plain', 'tifa', 'mark'] as Mode[]) {
      if (mode === 'mark' && i > 0) continue; // interleaved, so drift in machine load hits every mode alike
      const { page, ...run } = await load(mode, p.path, p.cjk);
      await page.close();
      runs[mode].push(run);
    }
  const agg = (rs: Run[]): Run => ({
    sl: min(rs.map((r) => r.sl)),
    script: min(rs.map((r) => r.script)),
    cpu: min(rs.map((r) => r.cpu)),
    task: median(rs.map((r) => r.task)),
    nodes: median(rs.map((r) => r.nodes)),
  });
  results[p.name] = { plain: agg(runs.plain), tifa: agg(runs.tifa), mark: agg(runs.mark) };
}

// ---- Next frame after a one-character change far from the viewport, on the 1 MB page once highlighted.
// The rAF → setTimeout(0) gap is the style, layout and paint of that frame (plus Tifa's mutation observer);
// the CDP delta over 250 ms also includes Tifa's batched rescan of the changed block.
async function frameCost(mode: 'plain' | 'tifa') {
  const { page, cdp, js, script } = await load(mode, '/big.html', true, mode === 'tifa');
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
  await page.waitForTimeout(300);
  const frames: number[] = [];
  const costs: Cost[] = [];
  for (let i = 0; i < 20; i++) {
    const c0 = await metrics(cdp);
    frames.push(
      await page.evaluate(async (i) => {
        const node = document.querySelectorAll('p')[20].firstChild as Text; // near the top: far off-screen
        await new Promise((r) => requestAnimationFrame(r)); // start on a frame boundary
        const ms = await new Promise<number>((r) =>
          requestAnimationFrame(() => {
            node.data = node.data.slice(0, -1) + (i % 2 ? '。' : '；');
            const t0 = performance.now();
            setTimeout(() => r(performance.now() - t0), 0);
          }),
        );
        await new Promise((r) => setTimeout(r, 250)); // Tifa rescans a changed block after 100 ms
        return ms;
      }, i),
    );
    costs.push(minus(await metrics(cdp), c0));
  }
  await page.close();
  return { frame: median(frames), sl: median(costs.map((c) => c.sl)), cpu: median(costs.map((c) => c.cpu)), js, script };
}
const frameTifa = await frameCost('tifa');
const framePlain = await frameCost('plain');

await ext.close();
await plainBrowser.close();
server.close();

// ---- Report
const f1 = (n: number) => n.toFixed(1);
const ratio = (a: number, b: number) => (b > 0.5 ? `${f1(a / b)}×` : '—');
const task = (n: number) => (n > 0 ? `${Math.round(n)}` : '<50');
const ok = (pass: boolean) => (pass ? '✓' : '✗');
const rows = [['page', 'Tifa CPU ms', 'mark.js CPU ms', 'ratio', 'script+layout ms Tifa / mark.js', 'longest task Tifa / mark.js', 'DOM nodes added Tifa / mark.js']];
for (const p of PAGES) {
  const r = results[p.name];
  const [tifa, mk] = [minus(r.tifa, r.plain), minus(r.mark, r.plain)];
  rows.push([
    p.name,
    f1(tifa.cpu),
    f1(mk.cpu),
    ratio(mk.cpu, tifa.cpu),
    `${f1(tifa.sl)} / ${f1(mk.sl)}`,
    `${task(r.tifa.task)} / ${task(r.mark.task)}`,
    `${r.tifa.nodes - r.plain.nodes} / ${r.mark.nodes - r.plain.nodes}`,
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
for (const [k, r] of rows.entries()) {
  console.log(r.map((c, i) => c.padEnd(widths[i])).join(' | '));
  if (k === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
}
console.log(`ms: from navigation until highlighting is done, minus the same page in Chromium without a highlighter, fastest of ${REPS} loads (mark.js: 1 load); ${terms.length} tier-1 forms.`);
console.log(`CPU: the renderer main thread's CPU time (ThreadTime). script+layout: ScriptDuration + LayoutDuration + RecalcStyleDuration,`);
console.log(`  wall times that other processes on the cores and font look-ups inflate by ±100 ms a load (hence negatives), and ScriptDuration`);
console.log(`  can miss content-script work run in promise continuations (compare the V8 profiler line): the CPU columns are the ones to trust.`);
console.log(`longest task: PerformanceObserver('longtask') during the whole load, median load; "<50" = none reported.`);
console.log(`page alone, longest task during load: ${PAGES.map((p) => `${p.name} ${task(results[p.name].plain.task)}`).join(', ')}`);
console.log(`next frame after a 1-char change off-screen, 1 MB page: Tifa ${f1(frameTifa.frame)} ms vs no extension ${f1(framePlain.frame)} ms (median of 20)`);
console.log(`per change incl. Tifa's rescan: script+layout ${f1(frameTifa.sl)} vs ${f1(framePlain.sl)} ms, CPU ${f1(frameTifa.cpu)} vs ${f1(framePlain.cpu)} ms`);
const js = frameTifa.js;
if (js) console.log(`V8 profiler, 1 MB page load with Tifa (1 ms samples): content script on the stack ${f1(js.total)} ms in all, longest unbroken stretch (≈ its longest task) ${f1(js.longest)} ms; Chromium's ScriptDuration for that load: ${f1(frameTifa.script)} ms`);

const big1 = results[PAGES[1].name];
const [tifaBig, markBig] = [minus(big1.tifa, big1.plain), minus(big1.mark, big1.plain)];
const tifaTask = Math.max(...PAGES.map((p) => results[p.name].tifa.task));
const tifaNodes = Math.max(...PAGES.map((p) => results[p.name].tifa.nodes - results[p.name].plain.nodes));
const en = minus(results[PAGES[3].name].tifa, results[PAGES[3].name].plain);
console.log('targets:');
console.log(`  ${ok(markBig.cpu >= 50 * tifaBig.cpu)} ≥50× less CPU than mark.js on the 1 MB page: ${ratio(markBig.cpu, tifaBig.cpu)} (${f1(tifaBig.cpu)} vs ${f1(markBig.cpu)} ms main-thread CPU)`);
const longest = Math.max(tifaTask, js?.longest ?? 0);
console.log(`  ${ok(longest <= 50)} no Tifa task over 50 ms: longtask observer ${task(tifaTask)} ms, V8 profiler ${js ? f1(js.longest) : 'n/a'} ms on the 1 MB page`);
console.log(`  ${ok(tifaNodes === 0)} 0 DOM nodes added: ${tifaNodes}`);
console.log(`  ${ok(en.script < 2 && en.cpu < 2)} < 2 ms on the no-Chinese page: ScriptDuration ${f1(en.script)} ms, main-thread CPU ${f1(en.cpu)} ms (script+layout ${f1(en.sl)} ms)`);
console.log(`  ${ok(frameTifa.frame <= 2 * framePlain.frame)} steady frame within 2× of no extension: ${f1(frameTifa.frame / framePlain.frame)}×`);
