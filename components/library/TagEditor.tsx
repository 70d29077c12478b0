import { useState } from 'preact/hooks';
import { parseTags } from '@/utils/library/tags';
import type { Translate } from '@/utils/i18n';

export interface TagEditorProps {
  tags: readonly string[];
  /** Id of the shared <datalist> of existing tags, for suggestions. */
  suggestions: string;
  onChange(tags: string[]): void;
  t: Translate;
}

/** A clipping's tags as removable chips, plus a field that adds tags on Enter (several at once, comma-separated). */
export function TagEditor({ tags, suggestions, onChange, t }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const added = parseTags(draft);
    if (added.length) onChange([...tags, ...added]);
    setDraft('');
  };
  return (
    <div class="tag-editor">
      <ul class="tags" aria-label={t('tags')}>
        {tags.map((tag) => (
          <li key={tag} class="tag">
            {tag}
            <button type="button" class="tag-remove" aria-label={t('removeTag', tag)} title={t('removeTag', tag)} onClick={() => onChange(tags.filter((x) => x !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        class="tag-input"
        list={suggestions}
        value={draft}
        placeholder={t('addTag')}
        aria-label={t('addTag')}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
        onBlur={() => draft.trim() && add()}
      />
    </div>
  );
}
