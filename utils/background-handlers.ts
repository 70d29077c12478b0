import { browser } from 'wxt/browser';
import type { TifaDB } from './db';
import type { Matcher } from './matcher';
import type { BackgroundCalls, Handlers } from './messages';
import { deleteClipping, saveClipping } from './library/store';
import { saveSelectionInTab } from './library/save-in-tab';
import { err, ok } from './result';
import { injectPageMain, type Inject } from './page-main-injection';

/** The background's answers, over a database and a matcher given to it (tests pass fakes). */
export function backgroundHandlers(db: TifaDB, matcher: () => Promise<Matcher>, inject: Inject = injectPageMain): Handlers<BackgroundCalls> {
  return {
    // Only a content script (a sender with a tab) hands over page text; extension pages use saveSelectionInTab.
    saveClipping: async (input, sender) => (sender.tab ? saveClipping(db, input, await matcher()) : err('forbidden')),
    saveSelectionInTab: async ({ tabId }) => saveSelectionInTab(db, tabId, await matcher(), inject),
    startPage: async (_, sender) => {
      if (sender.tab?.id === undefined) return err('forbidden');
      await inject(sender.tab.id, sender.frameId ?? 0);
      return ok(null);
    },
    undoSave: async ({ id }) => deleteClipping(db, id),
  };
}

/** Web pages cannot reach runtime messaging (no externally_connectable); this also refuses other extensions. */
export const fromThisExtension = (sender: { id?: string }) => sender.id === browser.runtime.id;
