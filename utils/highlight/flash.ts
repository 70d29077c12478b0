import { hasHighlightApi } from './paint';

const FLASH = 'tifa-flash';
let timer: ReturnType<typeof setTimeout> | undefined;

/** Scrolls an occurrence into view and marks it for a moment, without touching the page's DOM. */
export function flash(range: Range, win: Window & typeof globalThis = window, ms = 1500) {
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (!hasHighlightApi(win)) return;
  win.CSS.highlights.set(FLASH, new win.Highlight(range));
  clearTimeout(timer);
  timer = setTimeout(() => win.CSS.highlights.delete(FLASH), ms);
}
