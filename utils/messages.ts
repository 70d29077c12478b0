import { browser, type Browser } from 'wxt/browser';
import type { ClipInput, Clipping } from './library/clipping';
import { err, type Result } from './result';

/** Everything that can go wrong across the boundary; each has a message in both UI languages. */
export type ErrorCode =
  | 'empty-selection'
  | 'too-long'
  | 'bad-input'
  | 'quota'
  | 'db'
  | 'unreachable'
  | 'no-page'
  | 'forbidden'
  | 'internal';

export interface SaveOutcome {
  clipping: Clipping;
  duplicate: boolean;
}

/** Count of one formulation on the current page, for the popup's summary. */
export interface PageTermCount {
  id: string;
  count: number;
}

/** What the popup shows about the page: its site (for the per-site switch) and its formulations. */
export interface PageSummary {
  host: string;
  terms: PageTermCount[];
}

/** Calls the background answers (from content scripts and extension pages). */
export interface BackgroundCalls {
  saveClipping: { args: ClipInput; result: SaveOutcome };
  /** Save whatever is selected in a tab: the popup, the context menu and the shortcut all end here. */
  saveSelectionInTab: { args: { tabId: number }; result: SaveOutcome };
  undoSave: { args: { id: string }; result: null };
  /** From the small content script of a frame that has Chinese text: inject the rest of Tifa there. */
  startPage: { args: null; result: null };
}

/** Calls a tab's content script answers (from the background and the popup). */
export interface ContentCalls {
  getSelection: { args: null; result: ClipInput | null };
  getPageSummary: { args: null; result: PageSummary };
  /** Numbered formulations on the page the known terms do not cover. */
  getCandidates: { args: null; result: { text: string; count: number }[] };
  scrollToTerm: { args: { id: string }; result: boolean };
  showToast: { args: { text: string; undoId?: string }; result: null };
}

type Calls<C> = { [K in keyof C]: { args: unknown; result: unknown } };
export type Handlers<C extends Calls<C>> = {
  [K in keyof C]: (args: C[K]['args'], sender: Browser.runtime.MessageSender) => Promise<Result<C[K]['result'], ErrorCode>>;
};
interface Envelope {
  tifa: 1;
  name: string;
  args: unknown;
}

function isEnvelope(m: unknown): m is Envelope {
  return typeof m === 'object' && m !== null && (m as Envelope).tifa === 1 && typeof (m as Envelope).name === 'string';
}

/**
 * Installs one listener answering the given calls. Chromium needs sendResponse + `return true`
 * for an asynchronous answer; Firefox accepts the same.
 */
export function listen<C extends Calls<C>>(handlers: Handlers<C>, accept: (s: Browser.runtime.MessageSender) => boolean = () => true): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (!isEnvelope(message) || !Object.prototype.hasOwnProperty.call(handlers, message.name)) return false;
    if (!accept(sender)) return typeof sendResponse === 'function' ? (sendResponse(err('forbidden')), false) : Promise.resolve(err('forbidden'));
    const handler = handlers[message.name as keyof C] as unknown as (a: unknown, s: typeof sender) => Promise<unknown>;
    const answer = handler(message.args, sender).catch((e: unknown) => err('internal', String(e)));
    if (typeof sendResponse !== 'function') return answer; // promise-style runtimes (WXT's fake browser)
    answer.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

async function send<R>(deliver: () => Promise<unknown>): Promise<Result<R, ErrorCode>> {
  try {
    const reply = await deliver();
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Result<R, ErrorCode>;
    return err('unreachable');
  } catch (e) {
    // "Receiving end does not exist": the background is restarting or the extension was updated.
    return err('unreachable', String(e));
  }
}

export function callBackground<K extends keyof BackgroundCalls>(
  name: K,
  args: BackgroundCalls[K]['args'],
): Promise<Result<BackgroundCalls[K]['result'], ErrorCode>> {
  return send(() => browser.runtime.sendMessage({ tifa: 1, name, args } satisfies Envelope));
}

export function callTab<K extends keyof ContentCalls>(
  tabId: number,
  name: K,
  args: ContentCalls[K]['args'],
): Promise<Result<ContentCalls[K]['result'], ErrorCode>> {
  return send(() => browser.tabs.sendMessage(tabId, { tifa: 1, name, args } satisfies Envelope, { frameId: 0 }));
}
