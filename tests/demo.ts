// Serves the demo page and opens Chromium with the extension loaded on it (WXT's dev runner).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { servePages } from './serve';

const PORT = 8765;
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`Chromium not found at ${chrome}. Install it (apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}
const { server, url } = await servePages(PORT);
console.log(`Demo page: ${url}/demo.html`);

// Without a display, run the browser inside a virtual one.
const headless = !process.env.DISPLAY && process.platform === 'linux';
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0;
const [cmd, args] = headless && hasXvfb ? ['xvfb-run', ['-a', 'npx', 'wxt']] : ['npx', ['wxt']];
// Without a terminal (a script, CI), WXT's key listener would read end-of-file and stop the runner: give it a pipe that stays open.
const stdin = process.stdin.isTTY ? 'inherit' : 'pipe';
const child = spawn(cmd, args, { stdio: [stdin, 'inherit', 'inherit'], env: { ...process.env, TIFA_DEMO_URL: `${url}/demo.html` } });
const stop = () => child.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => {
  server.close();
  process.exit(code ?? 0);
});
