import type { Occurrence } from './paint';

export interface PainterOptions {
  win?: Window & typeof globalThis;
  /** The highlight an occurrence is registered under. */
  nameOf: (o: Occurrence) => string;
  /**
   * How far beyond the viewport highlights stay registered. Chromium repaints every registered range on
   * each frame after any change, so a 1 MB page with all its ranges registered pays for them on every frame.
   */
  margin?: string;
}

export interface Painter {
  add(list: readonly Occurrence[]): void;
  remove(list: readonly Occurrence[]): void;
  stop(): void;
}

/**
 * Keeps the CSS highlight registry holding only the occurrences whose block is within a screen of the
 * viewport: an IntersectionObserver per block with occurrences, instead of a scroll listener.
 */
export function createPainter({ win = window, nameOf, margin = '100% 0px' }: PainterOptions): Painter {
  const highlights = new Map<string, Highlight>();
  const byBlock = new Map<Element, Set<Occurrence>>();
  const near = new Set<Element>();

  const register = (o: Occurrence) => {
    const name = nameOf(o);
    let h = highlights.get(name);
    if (!h) {
      h = new win.Highlight();
      highlights.set(name, h);
      win.CSS.highlights.set(name, h);
    }
    h.add(o.range);
  };
  const unregister = (o: Occurrence) => highlights.get(nameOf(o))?.delete(o.range);

  const io =
    typeof win.IntersectionObserver === 'function'
      ? new win.IntersectionObserver(
          (entries) => {
            for (const e of entries) {
              const list = byBlock.get(e.target);
              if (!list) continue;
              if (e.isIntersecting && !near.has(e.target)) {
                near.add(e.target);
                list.forEach(register);
              } else if (!e.isIntersecting && near.delete(e.target)) {
                list.forEach(unregister);
              }
            }
          },
          { rootMargin: margin },
        )
      : undefined;

  return {
    add(list) {
      for (const o of list) {
        let set = byBlock.get(o.el);
        if (!set) {
          byBlock.set(o.el, (set = new Set()));
          if (io) io.observe(o.el);
          else near.add(o.el);
        }
        set.add(o);
        if (near.has(o.el)) register(o);
      }
    },
    remove(list) {
      for (const o of list) {
        const set = byBlock.get(o.el);
        if (!set?.delete(o)) continue;
        if (near.has(o.el)) unregister(o);
        if (set.size === 0) {
          byBlock.delete(o.el);
          near.delete(o.el);
          io?.unobserve(o.el);
        }
      }
    },
    stop() {
      io?.disconnect();
      for (const name of highlights.keys()) win.CSS.highlights.delete(name);
      highlights.clear();
      byBlock.clear();
      near.clear();
    },
  };
}
