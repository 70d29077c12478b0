import type { Clipping } from '@/utils/library/clipping';
import type { Translate, MessageKey } from '@/utils/i18n';
import { download, exportName } from '@/utils/library/download';
import { exportJson } from '@/utils/library/export/json';
import { exportCsv } from '@/utils/library/export/csv';
import { exportMarkdown, exportObsidianZip } from '@/utils/library/export/markdown';

export type ExportFormat = 'markdown' | 'obsidian' | 'json' | 'csv';
const FORMATS: ExportFormat[] = ['markdown', 'obsidian', 'json', 'csv'];

/** Writes clippings in one format and downloads the file. */
export function exportClippings(format: ExportFormat, clippings: readonly Clipping[], termName: (id: string) => string, t: Translate) {
  const col = (k: string) => t(`col.${k}` as MessageKey);
  switch (format) {
    case 'json':
      return download(exportJson(clippings), exportName('json'), 'application/json');
    case 'csv': {
      const headers = { time: col('time'), site: col('site'), title: col('title'), url: col('url'), link: col('link'), text: col('text'), terms: col('terms'), tags: col('tags'), note: col('note') };
      return download(exportCsv(clippings, termName, headers), exportName('csv'), 'text/csv;charset=utf-8');
    }
    case 'markdown': {
      const labels = { title: t('libraryTitle'), source: col('url'), saved: col('time'), terms: col('terms'), tags: col('tags'), note: col('note') };
      return download(exportMarkdown(clippings, termName, labels), exportName('md'), 'text/markdown;charset=utf-8');
    }
    case 'obsidian':
      return download(exportObsidianZip(clippings, termName), exportName('zip'), 'application/zip');
  }
}

export interface ExportButtonsProps {
  label: string;
  disabled?: boolean;
  onExport(format: ExportFormat): void;
  t: Translate;
}

/** One button per export format, after a line saying what will be exported. */
export function ExportButtons({ label, disabled, onExport, t }: ExportButtonsProps) {
  return (
    <div class="export-row">
      <span>{label}</span>
      {FORMATS.map((f) => (
        <button key={f} type="button" disabled={disabled} onClick={() => onExport(f)}>
          {t(`export.${f}`)}
        </button>
      ))}
    </div>
  );
}

/** The backup file picker; reading and validating happen in the caller. */
export function ImportButton({ onFile, t }: { onFile(file: File): void; t: Translate }) {
  return (
    <label class="import">
      {t('importBackup')}
      <input
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // choosing the same file again still triggers a change
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
