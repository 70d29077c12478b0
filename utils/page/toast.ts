import { h, render } from 'preact';
import { Toast } from '@/components/Toast';
import type { Translate } from '../i18n';
import { pageUi } from './ui-host';

const TOAST_MS = 6000;

/** Shows toasts in the page's one Tifa shadow root, created on first use. */
export function createToaster(doc: Document = document) {
  let mount: HTMLElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    clearTimeout(timer);
    if (mount) render(null, mount);
  };
  return {
    show(text: string, t: Translate, onUndo?: () => void) {
      mount ??= pageUi(doc).mount('toast-mount');
      clearTimeout(timer);
      render(h(Toast, { text, t, onUndo, onClose: close }), mount);
      timer = setTimeout(close, TOAST_MS);
    },
    remove() {
      close();
      mount = undefined;
    },
  };
}
