import { useState } from 'preact/hooks';
import { GLOSSARY } from '@/utils/glossary';
import { checkCustomTerm, customTerm, customTermsItem, type CustomTerm } from '@/utils/custom-terms';
import type { Translate } from '@/utils/i18n';
import { useStored } from './hooks';

/** One custom term: switch, term (renamed on leaving the field), note, remove. */
function CustomTermRow({ term, others, onChange, onRemove, t }: { term: CustomTerm; others: CustomTerm[]; onChange(c: CustomTerm): void; onRemove(): void; t: Translate }) {
  const [draft, setDraft] = useState(term.term);
  const [error, setError] = useState('');
  const rename = () => {
    if (draft === term.term) return;
    const r = checkCustomTerm(draft, others, GLOSSARY);
    if (!r.ok) return (setError(t(`error.${r.error}`)), setDraft(term.term));
    setError('');
    onChange({ ...customTerm(r.value, term.note), enabled: term.enabled });
  };
  return (
    <li class="custom-term">
      <input type="checkbox" checked={term.enabled} aria-label={`${t('enabled')} ${term.term}`} onChange={(e) => onChange({ ...term, enabled: e.currentTarget.checked })} />
      <input value={draft} aria-label={t('customTerms')} onInput={(e) => setDraft(e.currentTarget.value)} onBlur={rename} onKeyDown={(e) => e.key === 'Enter' && rename()} />
      <input value={term.note} placeholder={t('customNotePlaceholder')} aria-label={t('customNotePlaceholder')} onChange={(e) => onChange({ ...term, note: e.currentTarget.value })} />
      <button type="button" onClick={onRemove}>
        {t('remove')}
      </button>
      {error && <span role="alert" class="error">{error}</span>}
    </li>
  );
}

/** The user's own formulations: added here or from the popup, highlighted everywhere without reload. */
export function CustomTerms({ t }: { t: Translate }) {
  const list = useStored(customTermsItem) ?? [];
  const [term, setTerm] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const save = (next: CustomTerm[]) => customTermsItem.setValue(next);
  const add = (e: Event) => {
    e.preventDefault();
    const r = checkCustomTerm(term, list, GLOSSARY);
    if (!r.ok) return setError(t(`error.${r.error}`));
    setError('');
    setTerm('');
    setNote('');
    save([...list, customTerm(r.value, note.trim())]);
  };
  return (
    <fieldset class="custom-terms">
      <legend>{t('customTerms')}</legend>
      <p class="help">{t('customTermsHelp')}</p>
      <form class="row" onSubmit={add}>
        <input value={term} placeholder={t('customTermPlaceholder')} aria-label={t('customTermPlaceholder')} onInput={(e) => setTerm(e.currentTarget.value)} />
        <input value={note} placeholder={t('customNotePlaceholder')} aria-label={t('customNotePlaceholder')} onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="submit">{t('addCustomTerm')}</button>
      </form>
      {error && <p role="alert" class="status error">{error}</p>}
      {list.length === 0 && <p class="empty">{t('noCustomTerms')}</p>}
      <ul class="custom-list">
        {list.map((c, i) => (
          <CustomTermRow
            key={c.id}
            term={c}
            others={list.filter((_, j) => j !== i)}
            onChange={(next) => save(list.map((x, j) => (j === i ? next : x)))}
            onRemove={() => save(list.filter((_, j) => j !== i))}
            t={t}
          />
        ))}
      </ul>
    </fieldset>
  );
}
