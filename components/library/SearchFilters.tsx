import type { LibraryQuery, SortOrder } from '@/utils/library/search';
import { dayEnd, dayStart } from '@/utils/library/dates';
import type { Translate } from '@/utils/i18n';

export interface SearchFiltersProps {
  query: LibraryQuery;
  onChange(q: LibraryQuery): void;
  terms: [string, number][];
  tags: [string, number][];
  sites: [string, number][];
  termName(id: string): string;
  t: Translate;
}

const SORTS: SortOrder[] = ['newest', 'oldest', 'site'];

/** The search box (results follow each keystroke) and the filters, each with the count of clippings it would give. */
export function SearchFilters({ query, onChange, terms, tags, sites, termName, t }: SearchFiltersProps) {
  const set = (patch: Partial<LibraryQuery>) => onChange({ ...query, ...patch });
  const choice = (label: string, value: string, options: [string, number][], name: (v: string) => string, key: 'term' | 'tag' | 'site') => (
    <label>
      {label}
      <select value={value} onChange={(e) => set({ [key]: e.currentTarget.value })}>
        <option value="">{t('any')}</option>
        {options.map(([v, n]) => (
          <option key={v} value={v}>
            {name(v)} ({n})
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <search class="filters">
      <input
        type="search"
        class="search"
        value={query.text}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        onInput={(e) => set({ text: e.currentTarget.value })}
      />
      <div class="filter-row">
        {choice(t('filterTerm'), query.term, terms, termName, 'term')}
        {choice(t('filterTag'), query.tag, tags, (v) => v, 'tag')}
        {choice(t('filterSite'), query.site, sites, (v) => v, 'site')}
        <label>
          {t('filterFrom')}
          <input type="date" onChange={(e) => set({ from: dayStart(e.currentTarget.value) })} />
        </label>
        <label>
          {t('filterTo')}
          <input type="date" onChange={(e) => set({ to: dayEnd(e.currentTarget.value) })} />
        </label>
        <label>
          {t('sortLabel')}
          <select value={query.sort} onChange={(e) => set({ sort: e.currentTarget.value as SortOrder })}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </search>
  );
}
