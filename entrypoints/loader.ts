import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { callBackground } from '@/utils/messages';
import { whenChinese } from '@/utils/page/when-chinese';

/**
 * The only script loaded on every page (declared in wxt.config.ts), kept tiny: it waits for Chinese text,
 * then asks the background to inject the rest (page-main) into this frame. Pages without Chinese pay one
 * look at their text. It is an unlisted script rather than a WXT content script to skip WXT's per-page
 * context object; once the extension is updated or disabled its runtime is gone, and it stops by itself.
 */
export default defineUnlistedScript(() => {
  whenChinese(document, () => void callBackground('startPage', null), () => !browser.runtime?.id);
});
