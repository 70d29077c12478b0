import { storage } from 'wxt/utils/storage';
import type { Category } from './glossary/types';
import type { Language } from './i18n';

export interface Settings {
  /** Chinese by default, whatever the browser's language: the product is for readers of Chinese documents. */
  language: Language;
  /** Global pause: no highlighting anywhere. */
  paused: boolean;
  /** Hostnames where highlighting is off. */
  disabledSites: string[];
  /** Tier-2 (broader concepts) highlighted too. */
  tier2: boolean;
  disabledCategories: Category[];
  style: 'underline' | 'background';
  /** The "save" button next to a selection. */
  saveButton: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'zh',
  paused: false,
  disabledSites: [],
  tier2: false,
  disabledCategories: [],
  style: 'background',
  saveButton: true,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** Stored settings merged over the defaults, so a setting added later has its default for old installs. */
export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export function highlightsOn(s: Settings, hostname: string): boolean {
  return !s.paused && !s.disabledSites.includes(hostname);
}
