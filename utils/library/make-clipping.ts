import type { ClipInput, Clipping } from './clipping';
import { MAX_CLIP_CHARS, CONTEXT_CHARS } from './clipping';
import type { Matcher } from '../matcher';
import { err, ok, type Result } from '../result';

/** FNV-1a over UTF-16 code units, 2×32 bits: stable, fast, and enough to tell passages of one page apart. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Validates what a page sent and turns it into a clipping; errors are values the UI can translate. */
export function makeClipping(
  input: Partial<ClipInput> | null | undefined,
  matcher: Matcher,
  now: () => number = Date.now,
  newId: () => string = () => crypto.randomUUID(),
): Result<Clipping, 'empty-selection' | 'too-long' | 'bad-input'> {
  if (!input || typeof input !== 'object') return err('bad-input');
  const exact = typeof input.exact === 'string' ? input.exact.trim() : '';
  if (!exact) return err('empty-selection');
  if (exact.length > MAX_CLIP_CHARS) return err('too-long');
  const url = typeof input.url === 'string' ? input.url.slice(0, 4096) : '';
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  const terms: string[] = [];
  for (const m of matcher.find(exact)) if (!terms.includes(m.id)) terms.push(m.id);
  const t = now();
  return ok({
    id: newId(),
    key: pageKey(url) + '\n' + hashText(exact),
    exact,
    prefix: text(input.prefix, CONTEXT_CHARS * 4).slice(-CONTEXT_CHARS),
    suffix: text(input.suffix, CONTEXT_CHARS * 4).slice(0, CONTEXT_CHARS),
    url,
    title: text(input.title, 1000),
    site: siteOf(url),
    createdAt: t,
    updatedAt: t,
    terms,
    tags: [],
    note: '',
  });
}
