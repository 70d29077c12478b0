import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Clipping } from '../clipping';
import { textFragmentUrl } from '../text-fragment';
import { isoTime } from './csv';

export interface MarkdownLabels {
  /** Heading of the whole document. */
  title: string;
  source: string;
  saved: string;
  terms: string;
  tags: string;
  note: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// Punctuation that opens markup in CommonMark, GFM or Obsidian ($ math, %% comments, == highlights, ^ block ids).
// CommonMark allows a backslash before any ASCII punctuation, so over-escaping never shows a stray backslash.
const SPECIAL = /[\\`*_{}[\]()#+!|~$%^=]/g;

/** Page text is untrusted: entities first (so no HTML can ever render), then backslashes for Markdown syntax. */
export function escapeInline(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c]).replace(SPECIAL, '\\$&');
}

/** Also neutralises what only matters at the start of a line: lists, thematic breaks, indented code. */
function escapeLine(line: string): string {
  const lead = /^[ \t]*/.exec(line)![0];
  // Entity references are content, not indentation, so four leading spaces can no longer open a code block.
  const indent = lead.replace(/ /g, '&#32;').replace(/\t/g, '&#9;');
  const rest = escapeInline(line.slice(lead.length))
    .replace(/^-/, '\\-')
    .replace(/^(\d{1,9})\./, '$1\\.');
  return indent + rest;
}

/** Lines end in two spaces (a hard break) so the text keeps the line breaks it had. */
function escapeBlock(text: string, prefix = ''): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => (prefix + escapeLine(l)).trimEnd())
    .join('  \n');
}

export function quote(text: string): string {
  return escapeBlock(text, '> ');
}

/** Only http(s) becomes a link: a `javascript:` or `data:` URL from a page must stay inert text. */
export function mdLink(url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeInline(url);
  try {
    new URL(url);
  } catch {
    return escapeInline(url);
  }
  // An autolink may not contain spaces, controls or angle brackets.
  return '<' + url.replace(/[\s<>\x00-\x1f\x7f]/g, (c) => encodeURIComponent(c)) + '>';
}

const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();

export function exportMarkdown(clippings: readonly Clipping[], termName: (id: string) => string, labels: MarkdownLabels): string {
  const out = [`# ${escapeInline(oneLine(labels.title))}`];
  for (const c of clippings) {
    const meta = [`- ${escapeInline(labels.source)}: ${mdLink(textFragmentUrl(c))}`, `- ${escapeInline(labels.saved)}: ${isoTime(c.createdAt)}`];
    if (c.terms.length) meta.push(`- ${escapeInline(labels.terms)}: ${escapeInline(oneLine(c.terms.map(termName).join('、')))}`);
    if (c.tags.length) meta.push(`- ${escapeInline(labels.tags)}: ${escapeInline(oneLine(c.tags.join(', ')))}`);
    out.push(`## ${escapeInline(oneLine(c.title || c.site || c.url)) || '—'}`, quote(c.exact), meta.join('\n'));
    if (c.note.trim()) out.push(`**${escapeInline(labels.note)}**`, escapeBlock(c.note));
    out.push('---');
  }
  return out.join('\n\n') + '\n';
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A YAML double-quoted scalar. JSON strings are YAML except for characters YAML treats as line breaks
 * (U+0085, U+2028/9) or forbids (DEL, C1 controls, U+FFFE/F, lone surrogates), which are escaped or replaced.
 */
export function yamlString(s: string): string {
  return JSON.stringify(s.replace(LONE_SURROGATE, '\ufffd')).replace(
    /[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

const yamlList = (items: readonly string[]) => '[' + items.map(yamlString).join(', ') + ']';

// The three OS-forbidden sets (Windows, macOS, Linux) plus # ^ [ ] which break Obsidian's [[links]].
const BAD_NAME = /[/\\:*?"<>|#^[\]\x00-\x1f\x7f-\x9f]/g;

/** `YYYY-MM-DD <start of the title or passage>.md`, unique even on case-insensitive file systems. */
export function noteFileName(c: Pick<Clipping, 'createdAt' | 'title' | 'exact'>, taken: Set<string>): string {
  const date = isoTime(c.createdAt).slice(0, 10) || 'undated';
  const basis = (c.title.trim() || c.exact).replace(LONE_SURROGATE, '_').replace(BAD_NAME, '_');
  // Code points, not UTF-16 units, so an emoji is never cut in half.
  const stem = [...basis].slice(0, 30).join('').trim() || 'clipping';
  let name = `${date} ${stem}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${date} ${stem} (${n}).md`;
  taken.add(name.toLowerCase());
  return name;
}

export function obsidianNote(c: Clipping, termName: (id: string) => string): string {
  const front = [
    '---',
    `title: ${yamlString(c.title)}`,
    `source: ${yamlString(c.url)}`,
    `link: ${yamlString(textFragmentUrl(c))}`,
    `site: ${yamlString(c.site)}`,
    `saved: ${yamlString(isoTime(c.createdAt))}`,
    `formulations: ${yamlList(c.terms.map(termName))}`,
    `tags: ${yamlList(c.tags)}`,
    '---',
  ];
  const body = [quote(c.exact)];
  if (c.note.trim()) body.push(escapeBlock(c.note));
  return front.join('\n') + '\n\n' + body.join('\n\n') + '\n';
}

// fflate writes DOS times from local-time getters; a Date built from local parts gives the same bytes in every zone.
const MTIME = new Date(2000, 0, 1);

/** An Obsidian vault folder: one note per clipping, byte-identical for the same library. */
export function exportObsidianZip(clippings: readonly Clipping[], termName: (id: string) => string): Uint8Array {
  const files: Zippable = {};
  const taken = new Set<string>();
  for (const c of clippings) files[noteFileName(c, taken)] = [strToU8(obsidianNote(c, termName)), { mtime: MTIME }];
  return zipSync(files, { level: 6 });
}
