import { h, render } from 'preact';
import { TermCard } from '@/components/TermCard';
import type { TermEntry } from '../glossary/types';
import type { Translate } from '../i18n';
import type { ClipInput } from '../library/clipping';
import { CONTEXT_CHARS } from '../library/clipping';
import { pageUi } from '../page/ui-host';
import { occurrenceAt } from './hit-test';
import type { Occurrence } from './paint';
import { sentenceAround } from './sentence';

export interface HoverCardOptions {
  /** The occurrences in one block element (the hover card tests only those under the pointer's block). */
  inBlock: (el: Element) => readonly Occurrence[];
  /** Open shadow roots with terms in them, where the caret lookup must look too. */
  shadowRoots?: () => ShadowRoot[];
  entryOf: (id: string) => TermEntry | undefined;
  t: () => Translate;
  /** Saves a passage; resolves to the message to show. */
  save: (clip: ClipInput) => Promise<string>;
  doc?: Document;
  hideMs?: number;
}

/** The sentence around an occurrence, as a clipping with its context. */
export function sentenceClip(o: Occurrence, doc: Document): ClipInput | null {
  const block = o.range.startContainer.parentElement?.closest('p,li,td,th,dd,dt,blockquote,h1,h2,h3,h4,h5,h6,div,section,article,body');
  if (!block) return null;
  const before = doc.createRange();
  before.selectNodeContents(block);
  before.setEnd(o.range.startContainer, o.range.startOffset);
  const start = before.toString().length;
  const text = block.textContent ?? '';
  const s = sentenceAround(text, start, start + o.range.toString().length);
  return {
    exact: text.slice(s.start, s.end),
    prefix: text.slice(Math.max(0, s.start - CONTEXT_CHARS), s.start),
    suffix: text.slice(s.end, s.end + CONTEXT_CHARS),
    url: doc.location?.href ?? '',
    title: doc.title,
  };
}

/** Shows the card of the formulation under the pointer; one listener for the whole page. Returns stop(). */
export function startHoverCard({ inBlock, shadowRoots = () => [], entryOf, t, save, doc = document, hideMs = 400 }: HoverCardOptions): () => void {
  const win = doc.defaultView!;
  let mount: HTMLElement | undefined;
  let shown: Occurrence | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let last = { x: 0, y: 0, overUi: false };

  const hide = () => {
    clearTimeout(hideTimer);
    shown = undefined;
    if (mount) render(null, mount);
  };

  function show(o: Occurrence, status?: string) {
    const entry = entryOf(o.id);
    if (!entry) return;
    shown = o;
    const rect = o.range.getBoundingClientRect();
    const below = rect.bottom < win.innerHeight * 0.6;
    const left = Math.max(8, Math.min(rect.left, win.innerWidth - 368));
    const position = below ? { left, top: rect.bottom + 6 } : { left, bottom: win.innerHeight - rect.top + 6 };
    mount ??= pageUi(doc).mount('card-mount');
    render(
      h(TermCard, {
        entry,
        position,
        t: t(),
        status,
        onClose: hide,
        onCopy: () => void navigator.clipboard?.writeText([entry.term, ...entry.items].join('\n')).then(() => show(o, t()('copied'))),
        onSave: () => {
          const clip = sentenceClip(o, doc);
          if (clip) void save(clip).then((message) => shown === o && show(o, message));
        },
      }),
      mount,
    );
  }

  function update() {
    frame = 0;
    if (last.overUi) return clearTimeout(hideTimer);
    const o = occurrenceAt(inBlock, last.x, last.y, doc, shadowRoots());
    if (o) {
      clearTimeout(hideTimer);
      if (o !== shown) show(o);
    } else if (shown && hideTimer === undefined) {
      hideTimer = setTimeout(() => {
        hideTimer = undefined;
        hide();
      }, hideMs);
    }
  }

  const onMove = (e: PointerEvent) => {
    // Over the card itself the event is retargeted to the host element.
    last = { x: e.clientX, y: e.clientY, overUi: (e.target as Element)?.tagName === 'TIFA-UI' };
    frame ||= win.requestAnimationFrame(update);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && shown) hide();
  };
  doc.addEventListener('pointermove', onMove, { passive: true });
  doc.addEventListener('keydown', onKey);
  return () => {
    doc.removeEventListener('pointermove', onMove);
    doc.removeEventListener('keydown', onKey);
    win.cancelAnimationFrame(frame);
    hide();
  };
}
