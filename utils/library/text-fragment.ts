import type { Clipping } from './clipping';

// The spec reserves these in fragment directives; encodeURIComponent leaves '-' alone.
const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

const EDGE = 12;
const CONTEXT = 8;

/**
 * A link that opens the source page scrolled to the passage (URL Fragment Text Directive).
 * Long passages use textStart,textEnd so the URL stays short.
 */
export function textFragmentUrl(c: Pick<Clipping, 'url' | 'exact' | 'prefix' | 'suffix'>): string {
  const exact = c.exact.replace(/\s+/g, ' ').trim();
  if (!exact || !/^https?:/i.test(c.url)) return c.url;
  const base = c.url.replace(/#.*$/, '');
  const parts: string[] = [];
  const prefix = c.prefix.replace(/\s+/g, ' ').trim().slice(-CONTEXT);
  const suffix = c.suffix.replace(/\s+/g, ' ').trim().slice(0, CONTEXT);
  if (prefix) parts.push(enc(prefix) + '-');
  if ([...exact].length > EDGE * 3) {
    const chars = [...exact];
    parts.push(enc(chars.slice(0, EDGE).join('')), enc(chars.slice(-EDGE).join('')));
  } else {
    parts.push(enc(exact));
  }
  if (suffix) parts.push('-' + enc(suffix));
  return `${base}#:~:text=${parts.join(',')}`;
}
