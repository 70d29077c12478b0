import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main';
import { decode } from './decode';

const SPEECH = '要增强“四个意识”，做到“两个维护”，推进“五星三名”建设。';

function run(argv: string[], files: Record<string, Uint8Array | string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    read: async (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
  });
  return code.then((c) => ({ code: c, out: out.join('\n'), err: err.join('\n') }));
}

describe('decode', () => {
  test.each([
    ['UTF-8', new TextEncoder().encode(SPEECH), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SPEECH)]), 'utf-8'],
    ['GBK', iconv.encode(SPEECH, 'gbk'), 'gb18030'],
    ['GB18030', iconv.encode(SPEECH + '𠀀', 'gb18030'), 'gb18030'],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, ...iconv.encode(SPEECH, 'utf-16le')]), 'utf-16le'],
  ])('%s is decoded', (_, bytes, encoding) => {
    const d = decode(bytes);
    expect(d).toMatchObject({ ok: true, encoding });
    expect(d.ok && d.text.replace(/^\ufeff/, '').startsWith(SPEECH)).toBe(true);
  });

  test.each([
    ['binary', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2])],
    ['random high bytes', new Uint8Array([0xff, 0xff, 0xff, 0x80, 0x80, 0xfe, 0xfe, 0x81])],
  ])('%s is an error, not mojibake', (_, bytes) => {
    expect(decode(bytes).ok).toBe(false);
  });
});

describe('tifa scan', () => {
  test('--json prints the documented shape with UTF-16 offsets and canonical terms', async () => {
    const r = await run(['scan', '--json', '--candidates', 'a.txt'], { 'a.txt': '😀' + SPEECH });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['files']);
    const [file] = json.files;
    expect(Object.keys(file)).toEqual(['path', 'chars', 'matches', 'candidates']);
    expect(file.chars).toBe(SPEECH.length + 2);
    const weihu = file.matches.find((m: { id: string }) => m.id === 'liang-ge-weihu');
    expect(weihu).toEqual({ id: 'liang-ge-weihu', term: '两个维护', text: '两个维护', start: 15, end: 19 });
    expect(file.candidates).toEqual([{ text: '五星三名', start: 24, end: 28 }]);
  });

  test('without --candidates the candidates list is empty', async () => {
    const r = await run(['scan', '--json', 'a.txt'], { 'a.txt': SPEECH });
    expect(JSON.parse(r.out).files[0].candidates).toEqual([]);
  });

  test('Traditional text reports the canonical term and the surface text', async () => {
    const r = await run(['scan', '--json', 't.txt'], { 't.txt': '堅決做到「兩個維護」' });
    expect(JSON.parse(r.out).files[0].matches).toEqual([{ id: 'liang-ge-weihu', term: '两个维护', text: '兩個維護', start: 5, end: 9 }]);
  });

  test('a missing or binary file is reported on stderr, the others are still scanned, and the exit code is 1', async () => {
    const r = await run(['scan', '--json', 'missing.txt', 'bin.dat', 'gbk.txt'], {
      'bin.dat': new Uint8Array([0, 1, 2, 3]),
      'gbk.txt': iconv.encode(SPEECH, 'gbk'),
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('missing.txt: no such file');
    expect(r.err).toContain('bin.dat: binary file');
    expect(JSON.parse(r.out).files.map((f: { path: string }) => f.path)).toEqual(['gbk.txt']);
  });

  test('the table lists formulations with counts per file', async () => {
    const r = await run(['scan', 'a.txt'], { 'a.txt': SPEECH + '两个维护' });
    expect(r.out).toMatch(/^a\.txt {2}\(/);
    expect(r.out).toMatch(/两个维护\s+2/);
  });

  test.each([[[]], [['scan']], [['frobnicate']], [['scan', '--bogus', 'a.txt']]])('bad usage %j exits 2 with usage', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage');
  });

  test('glossary --json prints every entry with all fields', async () => {
    const r = await run(['glossary', '--json']);
    const entries = JSON.parse(r.out);
    expect(entries.length).toBeGreaterThan(0);
    expect(Object.keys(entries[0])).toEqual(['id', 'term', 'variants', 'items', 'english', 'category', 'since', 'tier', 'note']);
  });

  test('a directory or an unreadable file is named with the reason', async () => {
    const r = await run(['scan', 'dir', 'locked.txt'], {});
    expect(r.code).toBe(1);
    const io = (code: string) => Object.assign(new Error(code), { code });
    const errs: string[] = [];
    const code = await main(['scan', 'dir', 'locked.txt'], {
      out: () => {},
      err: (s) => errs.push(s),
      read: async (p) => {
        throw io(p === 'dir' ? 'EISDIR' : 'EACCES');
      },
    });
    expect(code).toBe(1);
    expect(errs).toEqual(['tifa: dir: is a directory', 'tifa: locked.txt: permission denied']);
  });

  test('the npm script: errors on stderr, the good files still scanned, exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-cli-'));
    writeFileSync(join(dir, 'bin.dat'), new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]));
    writeFileSync(join(dir, 'ok.txt'), '\ufeff推进“五星三名”，做到两个维护');
    const r = spawnSync('npm', ['run', '--silent', 'tifa', '--', 'scan', '--json', '--candidates', join(dir, 'missing.txt'), join(dir, 'bin.dat'), join(dir, 'ok.txt')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`tifa: ${join(dir, 'missing.txt')}: no such file`, `tifa: ${join(dir, 'bin.dat')}: binary file (contains NUL bytes), not text`]);
    const [file] = JSON.parse(r.stdout).files;
    expect(file).toMatchObject({ path: join(dir, 'ok.txt'), chars: 15, candidates: [{ text: '五星三名', start: 3, end: 7 }] });
    expect(file.matches).toEqual([{ id: 'liang-ge-weihu', term: '两个维护', text: '两个维护', start: 11, end: 15 }]);
  });

  test('output piped into a reader that stops early is not an error', () => {
    const r = spawnSync('sh', ['-c', 'npm run --silent tifa -- glossary --json | head -c 10'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^\[\{"id":"/);
    expect(r.stderr).not.toContain('EPIPE');
  });

  test('the npm script runs the same command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-cli-'));
    const file = join(dir, 'gbk.txt');
    writeFileSync(file, iconv.encode(SPEECH, 'gbk'));
    const out = execFileSync('npm', ['run', '--silent', 'tifa', '--', 'scan', '--json', file], { encoding: 'utf8' });
    expect(JSON.parse(out).files[0].matches.some((m: { id: string }) => m.id === 'liang-ge-weihu')).toBe(true);
  });
});
