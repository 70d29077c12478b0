import { defineContentScript } from 'wxt/utils/define-content-script';
import { callBackground } from '@/utils/messages';
import { whenChinese } from '@/utils/page/when-chinese';

/**
 * The only script loaded on every page, kept tiny: it waits for Chinese text, then asks the background
 * to inject the rest (page-main) into this frame. Pages without Chinese pay one text walk.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  // Every frame watches for itself, so articles inside iframes are highlighted too.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const stop = whenChinese(document, () => void callBackground('startPage', null));
    ctx.onInvalidated(stop);
  },
});
