import { h, render } from 'preact';
import { Toast } from '@/components/Toast';
import type { Translate } from '../i18n';
import { createUiHost, type UiHost } from './ui-host';
import { PAGE_UI_CSS } from './page-ui-css';

const TOAST_MS = 6000;

/** Shows toasts in the page's one Tifa shadow root, created on first use. */
export function createToaster(doc: Document = document) {
  let host: UiHost | undefined;
  let mount: HTMLElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    clearTimeout(timer);
    if (mount) render(null, mount);
  };
  return {
    show(text: string, t: Translate, onUndo?: () => void) {
      if (!host) {
        host = createUiHost(PAGE_UI_CSS, doc);
        mount = doc.createElement('div');
        host.root.append(mount);
      }
      clearTimeout(timer);
      render(h(Toast, { text, t, onUndo, onClose: close }), mount!);
      timer = setTimeout(close, TOAST_MS);
    },
    remove() {
      close();
      host?.remove();
      host = undefined;
    },
  };
}
