import { CATEGORIES, type Category } from '@/utils/glossary/types';
import { translator, type Language, type MessageKey } from '@/utils/i18n';
import { settingsItem, type Settings } from '@/utils/settings';
import { useSettings } from './hooks';
import { CustomTerms } from './CustomTerms';

/** Settings: language, global pause, tier 2, categories, and the sites where highlighting is off. */
export function Options() {
  const settings = useSettings();
  const t = translator(settings.language);
  const set = (patch: Partial<Settings>) => settingsItem.setValue({ ...settings, ...patch });
  const toggleCategory = (c: Category, on: boolean) =>
    set({ disabledCategories: on ? settings.disabledCategories.filter((x) => x !== c) : [...settings.disabledCategories, c] });

  return (
    <main lang={settings.language === 'zh' ? 'zh-CN' : 'en'} class="options">
      <h1>{t('openOptions')}</h1>
      <label class="row">
        {t('language')}
        <select value={settings.language} onChange={(e) => set({ language: e.currentTarget.value as Language })}>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <label class="row">
        {t('highlightStyle')}
        <select value={settings.style} onChange={(e) => set({ style: e.currentTarget.value as Settings['style'] })}>
          <option value="background">{t('style.background')}</option>
          <option value="underline">{t('style.underline')}</option>
        </select>
      </label>
      <label class="row">
        <input type="checkbox" checked={settings.paused} onChange={(e) => set({ paused: e.currentTarget.checked })} />
        {t('pauseAll')}
      </label>
      <label class="row">
        <input type="checkbox" checked={settings.saveButton} onChange={(e) => set({ saveButton: e.currentTarget.checked })} />
        {t('showSaveButton')}
      </label>
      <label class="row">
        <input type="checkbox" checked={settings.tier2} onChange={(e) => set({ tier2: e.currentTarget.checked })} />
        {t('showTier2')}
      </label>
      <fieldset>
        <legend>{t('category')}</legend>
        {CATEGORIES.map((c) => (
          <label key={c} class="row">
            <input type="checkbox" checked={!settings.disabledCategories.includes(c)} onChange={(e) => toggleCategory(c, e.currentTarget.checked)} />
            {t(`category.${c}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <CustomTerms t={t} />
      <fieldset>
        <legend>{t('disabledSites')}</legend>
        {settings.disabledSites.length === 0 && <p class="empty">{t('noDisabledSites')}</p>}
        <ul class="sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" onClick={() => set({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                {t('enableSite')}
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
    </main>
  );
}
