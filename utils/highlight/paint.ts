import type { Match } from '../matcher';
import { locate, type TextBlock } from './text-blocks';

/** A highlighted occurrence: the live Range plus what it stands for. */
export interface Occurrence {
  id: string;
  range: Range;
  /** The block element it sits in (see TextBlock.el). */
  el: Element;
}

export function rangesFor(block: TextBlock, matches: readonly Match[], doc: Document): Occurrence[] {
  return matches.map((m) => {
    const range = doc.createRange();
    const [sn, so] = locate(block, m.start);
    const [en, eo] = locate(block, m.end - 1);
    range.setStart(sn, so);
    range.setEnd(en, eo + 1);
    return { id: m.id, range, el: block.el };
  });
}

export type HighlightStyle = 'background' | 'underline';

/** Highlight names are per category and style, so one stylesheet rule draws each. */
export const highlightName = (category: string, style: HighlightStyle = 'background') =>
  style === 'underline' ? `tifa-u-${category}` : `tifa-${category}`;

/** Whether this browser paints CSS Custom Highlights (Chromium 105+, Firefox 140+, Safari 17.2+). */
export function hasHighlightApi(win: typeof globalThis = globalThis): boolean {
  return typeof (win as { Highlight?: unknown }).Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
}
