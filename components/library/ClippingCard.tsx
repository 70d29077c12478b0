import type { Clipping } from '@/utils/library/clipping';
import { textFragmentUrl } from '@/utils/library/text-fragment';
import type { Translate } from '@/utils/i18n';
import { TagEditor } from './TagEditor';
import { NoteEditor } from './NoteEditor';

export interface ClippingCardProps {
  clipping: Clipping;
  selected: boolean;
  termName(id: string): string;
  formatTime: Intl.DateTimeFormat;
  tagList: string;
  onSelect(on: boolean): void;
  onEdit(patch: { tags?: string[]; note?: string }): void;
  onDelete(): void;
  t: Translate;
}

/** One clipping in the library: passage, formulations, source link, tags, note. Page text is only ever text. */
export function ClippingCard({ clipping: c, selected, termName, formatTime, tagList, onSelect, onEdit, onDelete, t }: ClippingCardProps) {
  return (
    <article class={selected ? 'card selected' : 'card'} data-id={c.id}>
      <div class="card-top">
        <input type="checkbox" checked={selected} aria-label={t('selectClipping')} onChange={(e) => onSelect(e.currentTarget.checked)} />
        <time dateTime={new Date(c.createdAt).toISOString()}>{formatTime.format(c.createdAt)}</time>
        <span class="site">{c.site}</span>
        <button type="button" class="delete" onClick={onDelete}>
          {t('delete')}
        </button>
      </div>
      <blockquote class="clipping-text">{c.exact}</blockquote>
      {c.terms.length > 0 && (
        <ul class="terms" aria-label={t('filterTerm')}>
          {c.terms.map((id) => (
            <li key={id}>{termName(id)}</li>
          ))}
        </ul>
      )}
      <a class="clipping-source" href={textFragmentUrl(c)} target="_blank" rel="noopener noreferrer" title={t('openSource')}>
        {c.title || c.url}
      </a>
      <TagEditor tags={c.tags} suggestions={tagList} onChange={(tags) => onEdit({ tags })} t={t} />
      <NoteEditor note={c.note} onSave={(note) => onEdit({ note })} t={t} />
    </article>
  );
}
