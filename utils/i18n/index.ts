import { en } from './en';
import { zh, type MessageKey } from './zh';

export type Language = 'zh' | 'en';
export type { MessageKey };

const tables: Record<Language, Record<MessageKey, string>> = { zh, en };

/** Translates a key; `{0}`, `{1}` … are replaced by the extra arguments. */
export function t(lang: Language, key: MessageKey, ...subs: (string | number)[]): string {
  return tables[lang][key].replace(/\{(\d+)\}/g, (m, i) => (subs[Number(i)] ?? m).toString());
}

/** A translator bound to one language, for components. */
export const translator = (lang: Language) => (key: MessageKey, ...subs: (string | number)[]) => t(lang, key, ...subs);
export type Translate = ReturnType<typeof translator>;
