import type { TifaDB } from '../db';
import type { Matcher } from '../matcher';
import { callTab, type ErrorCode, type SaveOutcome } from '../messages';
import { err, type Result } from '../result';
import { saveClipping } from './store';
import { withPageMain, type Inject } from '../page-main-injection';

/** Asks the tab's content script for its selection and saves it: the path shared by popup, context menu and shortcut. */
export async function saveSelectionInTab(db: TifaDB, tabId: number, matcher: Matcher, inject?: Inject): Promise<Result<SaveOutcome, ErrorCode>> {
  const selection = await withPageMain(tabId, () => callTab(tabId, 'getSelection', null), inject);
  if (!selection.ok) return err('no-page', selection.detail);
  if (!selection.value) return err('empty-selection');
  return saveClipping(db, selection.value, matcher);
}
