import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import { parseTags } from '@/utils/library/tags';
import { ExportButtons, type ExportFormat } from './ExportImport';

export interface BulkBarProps {
  count: number;
  tagList: string;
  onTag(tags: string[]): void;
  onDelete(): void;
  onExport(format: ExportFormat): void;
  onClear(): void;
  t: Translate;
}

/** Actions on the selected clippings: tag, delete, export. */
export function BulkBar({ count, tagList, onTag, onDelete, onExport, onClear, t }: BulkBarProps) {
  const [draft, setDraft] = useState('');
  const tag = () => {
    const tags = parseTags(draft);
    if (tags.length) onTag(tags);
    setDraft('');
  };
  return (
    <section class="bulk" aria-label={t('selectedN', count)}>
      <strong>{t('selectedN', count)}</strong>
      <input
        list={tagList}
        value={draft}
        placeholder={t('bulkTagPlaceholder')}
        aria-label={t('bulkTagPlaceholder')}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && tag()}
      />
      <button type="button" onClick={tag}>
        {t('apply')}
      </button>
      <button type="button" class="delete" onClick={onDelete}>
        {t('delete')}
      </button>
      <button type="button" onClick={onClear}>
        {t('clearSelection')}
      </button>
      <ExportButtons label={t('exportSelected', count)} onExport={onExport} t={t} />
    </section>
  );
}
