import { useEffect, useState } from 'preact/hooks';
import { GLOSSARY } from '@/utils/glossary';
import { callTab } from '@/utils/messages';
import { checkCustomTerm, customTerm, customTermsItem } from '@/utils/custom-terms';
import type { Translate } from '@/utils/i18n';

/** Numbered formulations found on the page that Tifa does not know, each one click from being a custom term. */
export function Candidates({ tabId, t }: { tabId: number | undefined; t: Translate }) {
  const [found, setFound] = useState<{ text: string; count: number }[]>([]);
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (tabId !== undefined) callTab(tabId, 'getCandidates', null).then((r) => r.ok && setFound(r.value));
  }, [tabId]);
  if (found.length === 0) return null;

  async function add(text: string) {
    const list = await customTermsItem.getValue();
    const r = checkCustomTerm(text, list, GLOSSARY);
    if (r.ok) await customTermsItem.setValue([...list, customTerm(r.value)]);
    setAdded(new Set([...added, text]));
  }

  return (
    <section>
      <h2>{t('candidates')}</h2>
      <ul class="candidates">
        {found.map(({ text, count }) => (
          <li key={text}>
            <span>{text}</span>
            <span class="term-count">{t('occurrences', count)}</span>
            {added.has(text) ? (
              <span class="term-count">{t('added')}</span>
            ) : (
              <button type="button" aria-label={t('addAsCustom', text)} onClick={() => add(text)}>
                {t('addCustomTerm')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
