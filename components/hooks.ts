import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, loadSettings, settingsItem, type Settings } from '@/utils/settings';

/** Subscribes to a Dexie query; the component re-renders whenever the rows it read change (in any tab). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: () => setValue(undefined) });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}

/** A value in extension storage, live (changes from any page or tab show at once). */
export function useStored<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    item.getValue().then(setValue);
    return item.watch((next) => setValue(next));
  }, [item]);
  return value;
}

/** The stored settings, live. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    loadSettings().then(setSettings);
    return settingsItem.watch((next) => setSettings({ ...DEFAULT_SETTINGS, ...next }));
  }, []);
  return settings;
}
