import { UI_HOST_TAG } from '../highlight/text-blocks';
import { PAGE_UI_CSS } from './page-ui-css';

export interface UiHost {
  root: ShadowRoot;
  /** A fresh container for one feature (toast, hover card) inside the shared shadow root. */
  mount(name: string): HTMLElement;
  remove(): void;
}

const hosts = new WeakMap<Document, UiHost>();

/**
 * The one element Tifa adds to a page, created only when there is something to show. Its shadow root
 * is closed, so page scripts cannot reach into it, and page CSS cannot style what is inside.
 */
export function pageUi(doc: Document = document): UiHost {
  const existing = hosts.get(doc);
  if (existing) return existing;
  const host = doc.createElement(UI_HOST_TAG.toLowerCase());
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = PAGE_UI_CSS;
  root.append(style);
  doc.documentElement.append(host);
  const ui: UiHost = {
    root,
    mount(name) {
      const el = doc.createElement('div');
      el.className = name;
      root.append(el);
      return el;
    },
    remove() {
      host.remove();
      hosts.delete(doc);
    },
  };
  hosts.set(doc, ui);
  return ui;
}

/** Removes the page UI if it was ever created (never creates one just to remove it). */
export function removePageUi(doc: Document = document) {
  hosts.get(doc)?.remove();
}
