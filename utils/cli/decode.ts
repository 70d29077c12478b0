import iconv from 'iconv-lite';
import jschardet from 'jschardet';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: string };

// Encodings Chinese documents come in besides UTF-8; jschardet names them in various ways.
const CHINESE = new Map([
  ['gb2312', 'gb18030'],
  ['gbk', 'gb18030'],
  ['gb18030', 'gb18030'],
  ['big5', 'big5'],
  ['euc-tw', 'big5'],
]);

/**
 * Bytes → text: UTF-8 (with or without BOM) and UTF-16 with BOM first, then a detected Chinese
 * encoding (GBK/GB18030, Big5). Anything else is an error that says what was found, never mojibake.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes), not text' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: detect below
  }
  const detected = jschardet.detect(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const name = (detected.encoding ?? '').toLowerCase();
  // jschardet sometimes calls short GBK texts something else: GB18030 is the superset worth trying then.
  const encoding = CHINESE.get(name) ?? 'gb18030';
  const text = iconv.decode(Buffer.from(bytes), encoding);
  const bad = (text.match(/\ufffd/g) ?? []).length;
  if (bad > 0 || (!CHINESE.has(name) && !/[\u4e00-\u9fff]/.test(text))) {
    return { ok: false, error: `cannot decode: not UTF-8, and not valid ${name ? `${name} (detected)` : 'GBK/GB18030'}` };
  }
  return { ok: true, text, encoding };
}
