import type { ClipInput } from '../library/clipping';
import { UI_HOST_TAG } from '../highlight/text-blocks';
import { readSelection } from './selection';
import { pageUi } from './ui-host';

export interface SaveButtonOptions {
  doc?: Document;
  label(): string;
  /** Read on every selection, so switching the setting off takes effect at once. */
  enabled(): boolean;
  save(clip: ClipInput): void;
}

const GAP = 6;

/** Where the button goes: under the selection's last line, else above its first, never over the text. */
export function placeButton(
  first: { top: number },
  last: { bottom: number; right: number },
  size: { width: number; height: number },
  view: { width: number; height: number },
): { top: number; left: number } {
  let top = last.bottom + GAP;
  if (top + size.height > view.height) top = first.top - size.height - GAP;
  if (top < 0) top = Math.max(0, view.height - size.height - GAP); // the selection fills the screen: bottom edge
  const left = Math.min(Math.max(GAP, last.right - size.width), view.width - size.width - GAP);
  return { top, left };
}

/**
 * A small "save" button next to what the user selected, in Tifa's closed shadow root. It appears only
 * after a trusted mouse or keyboard action and saves only on a trusted click, so a page script can
 * neither make it save nor press it.
 */
export function startSaveButton({ doc = document, label, enabled, save }: SaveButtonOptions): () => void {
  const win = doc.defaultView!;
  let button: HTMLButtonElement | undefined;
  let pending: ClipInput | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const hide = () => {
    pending = null;
    if (button) button.hidden = true;
  };
  const create = () => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = 'save-button';
    b.hidden = true;
    // Pressing the button must not clear the selection it is about to save.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => {
      if (!e.isTrusted || !pending) return;
      const clip = pending;
      hide();
      save(clip);
    });
    pageUi(doc).mount('save-button-mount').append(b);
    return b;
  };
  const show = () => {
    const sel = win.getSelection();
    const clip = enabled() ? readSelection(win) : null;
    const rects = clip && sel && sel.rangeCount ? sel.getRangeAt(0).getClientRects() : undefined;
    if (!clip || !rects?.length) return hide();
    button ??= create();
    button.textContent = label();
    button.hidden = false;
    const size = { width: button.offsetWidth, height: button.offsetHeight };
    const { top, left } = placeButton(rects[0], rects[rects.length - 1], size, { width: win.innerWidth, height: win.innerHeight });
    button.style.top = `${top}px`;
    button.style.left = `${left}px`;
    pending = clip;
  };

  const fromUser = (e: Event) => e.isTrusted && (e.target as Element | null)?.tagName !== UI_HOST_TAG;
  const onRelease = (e: Event) => {
    if (!fromUser(e)) return;
    clearTimeout(timer);
    timer = setTimeout(show, 0); // the selection is final only after the event
  };
  const onKey = (e: KeyboardEvent) => (e.key === 'Escape' ? hide() : onRelease(e));
  const onPress = (e: Event) => fromUser(e) && hide();
  const onSelection = () => win.getSelection()?.isCollapsed && hide();

  const listeners: [EventTarget, string, EventListener][] = [
    [doc, 'mouseup', onRelease],
    [doc, 'keyup', onKey as EventListener],
    [doc, 'mousedown', onPress],
    [doc, 'selectionchange', onSelection],
    [win, 'scroll', hide],
  ];
  for (const [target, type, fn] of listeners) target.addEventListener(type, fn, { capture: true, passive: true });
  return () => {
    clearTimeout(timer);
    for (const [target, type, fn] of listeners) target.removeEventListener(type, fn, { capture: true });
    button?.parentElement?.remove();
    button = undefined;
  };
}
