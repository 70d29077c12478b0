import { readFile } from 'node:fs/promises';
import { GLOSSARY } from '../glossary';
import { compile } from '../matcher';
import { decode } from './decode';
import { formatTable, scanText, type FileScan } from './scan';

const USAGE = `usage: tifa scan [--json] [--candidates] FILE...
       tifa glossary --json`;

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  read: (path: string) => Promise<Uint8Array>;
}

const nodeIo: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  read: (p) => readFile(p),
};

/** Runs the command line; returns the exit code. Unreadable files are reported and skipped, and make the code 1. */
export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const files = rest.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => !['--json', '--candidates'].includes(f));
  if (unknown.length) {
    io.err(`tifa: unknown option ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }
  if (command === 'glossary' && flags.has('--json')) {
    io.out(JSON.stringify(GLOSSARY));
    return 0;
  }
  if (command !== 'scan' || files.length === 0) {
    io.err(USAGE);
    return 2;
  }
  const matcher = compile(GLOSSARY);
  const byId = new Map(GLOSSARY.map((e) => [e.id, e]));
  const json = flags.has('--json');
  const withCandidates = flags.has('--candidates');
  const results: FileScan[] = [];
  let failed = 0;
  for (const path of files) {
    let bytes: Uint8Array;
    try {
      bytes = await io.read(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      io.err(`tifa: ${path}: ${(code && READ_ERRORS[code]) ?? (e instanceof Error ? e.message : String(e))}`);
      failed++;
      continue;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      io.err(`tifa: ${path}: ${decoded.error}`);
      failed++;
      continue;
    }
    const scan = scanText(path, decoded.text, matcher, byId, withCandidates);
    if (json) results.push(scan);
    else io.out(formatTable(scan, withCandidates) + '\n');
  }
  if (json) io.out(JSON.stringify({ files: results }));
  return failed ? 1 : 0;
}
