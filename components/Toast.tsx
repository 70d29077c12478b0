import type { Translate } from '@/utils/i18n';

export interface ToastProps {
  text: string;
  t: Translate;
  onUndo?: () => void;
  onClose: () => void;
}

/** A short confirmation at the bottom of the page, with undo when there is something to undo. */
export function Toast({ text, t, onUndo, onClose }: ToastProps) {
  return (
    <div class="toast" role="status" aria-live="polite">
      <span class="toast-text">{text}</span>
      {onUndo && (
        <button type="button" class="toast-undo" onClick={(e) => e.isTrusted && onUndo()}>
          {t('undo')}
        </button>
      )}
      <button type="button" class="toast-close" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
