import { browser } from 'wxt/browser';
import highlightCss from './highlight/highlights.css?inline';

/** The script with everything Tifa does in a page (entrypoints/page-main.ts), injected on demand. */
export const PAGE_MAIN = '/page-main.js';

export type Inject = (tabId: number, frameId: number) => Promise<void>;

/**
 * Injects page-main and the highlight colours into one frame; pages without Chinese get neither, not even
 * a stylesheet. (Firefox's MV2 build has the same `scripting` API since Firefox 102.)
 */
export const injectPageMain: Inject = async (tabId, frameId) => {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.insertCSS({ target, css: highlightCss });
  await browser.scripting.executeScript({ target, files: [PAGE_MAIN] });
};

/**
 * Runs a call to a tab's page-main, injecting it first if the page had no Chinese text and so never got
 * it (a save from an English page). page-main answers once its listeners are up, a moment after injection.
 */
export async function withPageMain<R extends { ok: boolean; error?: string }>(
  tabId: number,
  call: () => Promise<R>,
  inject: Inject = injectPageMain,
  wait = (ms: number) => new Promise((r) => setTimeout(r, ms)),
): Promise<R> {
  let r = await call();
  if (r.ok || r.error !== 'unreachable') return r;
  try {
    await inject(tabId, 0);
  } catch {
    return r; // a page no extension may script (the Web Store, browser pages)
  }
  for (let i = 0; i < 20 && !r.ok && r.error === 'unreachable'; i++) {
    await wait(50);
    r = await call();
  }
  return r;
}
