import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';

/** A clipping's note, saved when the field loses focus (and only if it changed). */
export function NoteEditor({ note, onSave, t }: { note: string; onSave(note: string): void; t: Translate }) {
  const [draft, setDraft] = useState(note);
  useEffect(() => setDraft(note), [note]); // edited in another tab
  return (
    <textarea
      class="note"
      rows={draft ? 3 : 1}
      value={draft}
      placeholder={t('notePlaceholder')}
      aria-label={t('note')}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => draft !== note && onSave(draft)}
    />
  );
}
