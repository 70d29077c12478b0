import { useEffect, useState } from 'preact/hooks';
import { GLOSSARY } from '@/utils/glossary';
import { termNameOf } from '@/utils/custom-terms';
import { callTab, type PageSummary as Summary } from '@/utils/messages';
import { settingsItem, type Settings } from '@/utils/settings';
import type { Translate } from '@/utils/i18n';

const entries = new Map(GLOSSARY.map((e) => [e.id, e]));
const nameOf = (id: string) => termNameOf(id, entries);

export interface PageSummaryProps {
  tabId: number | undefined;
  settings: Settings;
  t: Translate;
}

/** The formulations on the current page with counts; a click scrolls to the next one. Also the per-site switch. */
export function PageSummary({ tabId, settings, t }: PageSummaryProps) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const off = summary ? settings.disabledSites.includes(summary.host) : false;

  useEffect(() => {
    if (tabId === undefined) return;
    callTab(tabId, 'getPageSummary', null).then((r) => setSummary(r.ok ? r.value : null));
  }, [tabId, off]);

  if (!summary || tabId === undefined) return null;

  async function toggleSite(on: boolean) {
    const sites = settings.disabledSites.filter((s) => s !== summary!.host);
    await settingsItem.setValue({ ...settings, disabledSites: on ? sites : [...sites, summary!.host] });
  }

  return (
    <section class="page-summary">
      {summary.host && (
        <label class="site-switch">
          <input type="checkbox" checked={!off} onChange={(e) => toggleSite(e.currentTarget.checked)} />
          {t('highlightOnSite', summary.host)}
        </label>
      )}
      <h2>{t('pageSummary')}</h2>
      {summary.terms.length === 0 ? (
        <p class="empty">{t('noTermsOnPage')}</p>
      ) : (
        <ul class="term-counts">
          {summary.terms.map(({ id, count }) => (
            <li key={id}>
              <button type="button" class="term" title={t('showNext', nameOf(id))} onClick={() => callTab(tabId, 'scrollToTerm', { id })}>
                <span class="term-name">{nameOf(id)}</span>
                <span class="term-count">{t('occurrences', count)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
