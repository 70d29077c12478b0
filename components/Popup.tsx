import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openDb } from '@/utils/db';
import { latestClippings } from '@/utils/library/store';
import { callBackground } from '@/utils/messages';
import { translator } from '@/utils/i18n';
import { ClippingList } from './ClippingList';
import { PageSummary } from './PageSummary';
import { Candidates } from './Candidates';
import { useLiveQuery, useSettings } from './hooks';

const LATEST = 5;

/** The tab the popup acts on: the active one, or the one named in `?tab=` when the popup is opened as a page. */
async function targetTab(search = location.search): Promise<number | undefined> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The toolbar popup: save the selection, see the latest clippings, open the library. */
export function Popup() {
  const settings = useSettings();
  const t = translator(settings.language);
  const latest = useLiveQuery(() => latestClippings(openDb(), LATEST), []);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  useEffect(() => {
    targetTab().then(setTabId);
  }, []);

  async function save() {
    if (tabId === undefined) return setStatus({ text: t('error.no-page'), error: true });
    const r = await callBackground('saveSelectionInTab', { tabId });
    setStatus(
      r.ok
        ? { text: t(r.value.duplicate ? 'savedDuplicate' : 'saved'), error: false }
        : { text: t(`error.${r.error}`), error: true },
    );
  }

  return (
    <main lang={settings.language === 'zh' ? 'zh-CN' : 'en'}>
      <header>
        <h1>{t('appName')}</h1>
        <button type="button" class="primary" onClick={save}>
          {t('saveSelection')}
        </button>
      </header>
      {status && (
        <p class={status.error ? 'status error' : 'status'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      <PageSummary tabId={tabId} settings={settings} t={t} />
      <Candidates tabId={tabId} t={t} />
      <h2>{t('latest')}</h2>
      <ClippingList clippings={latest} t={t} lang={settings.language} />
      <footer>
        <button type="button" onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}>
          {t('openLibrary')}
        </button>
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}
