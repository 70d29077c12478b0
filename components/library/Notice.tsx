import type { Translate } from '@/utils/i18n';

export interface NoticeState {
  text: string;
  error: boolean;
  undo?: () => void;
}

/** What just happened (deleted, imported, failed), with undo where there is one. Announced to screen readers. */
export function Notice({ notice, onClose, t }: { notice: NoticeState; onClose(): void; t: Translate }) {
  return (
    <div class={notice.error ? 'notice error' : 'notice'} role={notice.error ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      {notice.undo && (
        <button type="button" onClick={notice.undo}>
          {t('undo')}
        </button>
      )}
      <button type="button" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
