import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { openDb } from '@/utils/db';
import { callTab, listen, type BackgroundCalls } from '@/utils/messages';
import { backgroundHandlers, fromThisExtension } from '@/utils/background-handlers';
import { saveSelectionInTab } from '@/utils/library/save-in-tab';
import { currentMatcher } from '@/utils/glossary/current';
import { loadSettings, settingsItem } from '@/utils/settings';
import { t } from '@/utils/i18n';

const MENU_ID = 'tifa-save-selection';

export default defineBackground(() => {
  const db = openDb();

  listen<BackgroundCalls>(backgroundHandlers(db, currentMatcher), fromThisExtension);

  async function createMenu() {
    const { language } = await loadSettings();
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_ID, title: t(language, 'save'), contexts: ['selection'] });
  }
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  settingsItem.watch((next, prev) => next?.language !== prev?.language && void createMenu()); // the menu speaks the UI language

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) await saveAndTell(tab.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'save-selection') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await saveAndTell(id);
  });

  /** Context menu and shortcut have no UI of their own: the page's toast says what happened. */
  async function saveAndTell(tabId: number) {
    const outcome = await saveSelectionInTab(db, tabId, await currentMatcher());
    const { language } = await loadSettings();
    const text = outcome.ok
      ? t(language, outcome.value.duplicate ? 'savedDuplicate' : 'saved')
      : t(language, `error.${outcome.error}`);
    await callTab(tabId, 'showToast', { text, undoId: outcome.ok && !outcome.value.duplicate ? outcome.value.clipping.id : undefined });
  }
});
