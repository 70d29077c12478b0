import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
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

/** The stored settings, live. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    loadSettings().then(setSettings);
    return settingsItem.watch((next) => setSettings({ ...DEFAULT_SETTINGS, ...next }));
  }, []);
  return settings;
}
