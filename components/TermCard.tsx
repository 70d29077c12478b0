import type { TermEntry } from '@/utils/glossary/types';
import type { MessageKey, Translate } from '@/utils/i18n';

export interface TermCardProps {
  entry: TermEntry;
  /** The card is placed below the term, or above it when the term is low on the screen: never over it. */
  position: { left: number; top?: number; bottom?: number };
  t: Translate;
  onCopy: () => void;
  onSave: () => void;
  onClose: () => void;
  status?: string;
}

/** What a formulation stands for: its items, English, year and category, with copy and save. */
export function TermCard({ entry, position, t, onCopy, onSave, onClose, status }: TermCardProps) {
  const style = {
    left: `${position.left}px`,
    ...(position.top !== undefined ? { top: `${position.top}px` } : { bottom: `${position.bottom}px` }),
  };
  return (
    <div class="card" role="dialog" aria-label={entry.term} style={style}>
      <div class="card-head">
        <strong class="card-term">{entry.term}</strong>
        <button type="button" class="card-close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      {entry.items.length > 0 && (
        <ol class="card-items" aria-label={t('items')}>
          {entry.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      )}
      <dl class="card-facts">
        {entry.english && (
          <>
            <dt>{t('english')}</dt>
            <dd lang="en">{entry.english}</dd>
          </>
        )}
        {entry.since !== null && (
          <>
            <dt>{t('since')}</dt>
            <dd>{entry.since}</dd>
          </>
        )}
        <dt>{t('category')}</dt>
        <dd>{t(`category.${entry.category}` as MessageKey)}</dd>
      </dl>
      {entry.note && <p class="card-note">{entry.note}</p>}
      <div class="card-actions">
        <button type="button" onClick={(e) => e.isTrusted && onCopy()}>
          {t('copy')}
        </button>
        <button type="button" onClick={(e) => e.isTrusted && onSave()}>
          {t('saveSentence')}
        </button>
        {status && <span role="status">{status}</span>}
      </div>
    </div>
  );
}
