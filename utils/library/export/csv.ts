import type { Clipping } from '../clipping';
import { textFragmentUrl } from '../text-fragment';

/** Column titles; the caller passes them already translated. */
export interface CsvHeaders {
  time: string;
  site: string;
  title: string;
  url: string;
  link: string;
  text: string;
  terms: string;
  tags: string;
  note: string;
}

// Spreadsheets evaluate a cell starting with these as a formula (OWASP "CSV injection"); leading whitespace
// does not stop some of them, so the first non-space character is checked as well.
const FORMULA_START = /^[=+\-@\t\r]|^\s*[=+\-@]/;

/** One RFC 4180 field: always quoted, so commas, quotes and line breaks inside the text are safe. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? "'" + value : value;
  return '"' + safe.replace(/"/g, '""') + '"';
}

/** toISOString throws on dates outside ±8.64e15 ms; one bad row must not sink the whole export. */
export function isoTime(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/**
 * A spreadsheet-friendly table. The BOM makes Excel read the file as UTF-8 instead of the local code page,
 * which would garble every Chinese character.
 */
export function exportCsv(clippings: readonly Clipping[], termName: (id: string) => string, headers: CsvHeaders): string {
  const row = (cells: string[]) => cells.map(csvCell).join(',') + '\r\n';
  let out = '\uFEFF' + row([headers.time, headers.site, headers.title, headers.url, headers.link, headers.text, headers.terms, headers.tags, headers.note]);
  for (const c of clippings) {
    out += row([
      isoTime(c.createdAt),
      c.site,
      c.title,
      c.url,
      textFragmentUrl(c),
      c.exact,
      c.terms.map(termName).join('、'),
      c.tags.join(', '),
      c.note,
    ]);
  }
  return out;
}
