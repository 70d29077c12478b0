import { UI_HOST_TAG } from '../highlight/text-blocks';

export interface UiHost {
  root: ShadowRoot;
  remove(): void;
}

/**
 * The one element Tifa adds to a page, created only when there is something to show. Its shadow root
 * is closed, so page scripts cannot reach into it, and page CSS cannot style what is inside.
 */
export function createUiHost(css: string, doc: Document = document): UiHost {
  const host = doc.createElement(UI_HOST_TAG.toLowerCase());
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  doc.documentElement.append(host);
  return { root, remove: () => host.remove() };
}
