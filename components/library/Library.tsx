import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { openDb, type TifaDB } from '@/utils/db';
import { GLOSSARY } from '@/utils/glossary';
import { termNameOf } from '@/utils/custom-terms';
import { translator } from '@/utils/i18n';
import { countBy, EMPTY_QUERY, type LibraryQuery } from '@/utils/library/search';
import { deleteClippings, editClipping, restoreClippings, tagClippings } from '@/utils/library/edit';
import { importFile } from '@/utils/library/import-file';
import type { Clipping } from '@/utils/library/clipping';
import { useSettings } from '../hooks';
import { useLibrary, FIRST_PAGE } from './useLibrary';
import { SearchFilters } from './SearchFilters';
import { ClippingCard } from './ClippingCard';
import { BulkBar } from './BulkBar';
import { Stats } from './Stats';
import { ShowMore } from './ShowMore';
import { Notice, type NoticeState } from './Notice';
import { ExportButtons, ImportButton, exportClippings, type ExportFormat } from './ExportImport';

const TAG_LIST = 'tifa-tags';
const ENTRIES = new Map(GLOSSARY.map((e) => [e.id, e]));
const termName = (id: string) => termNameOf(id, ENTRIES);

/** The library page: search, filter, edit, delete with undo, bulk actions, statistics, export and import. */
export function Library({ db = openDb(), persist = () => navigator.storage?.persist?.() }: { db?: TifaDB; persist?: () => Promise<boolean> | undefined }) {
  const settings = useSettings();
  const t = translator(settings.language);
  const locale = settings.language === 'zh' ? 'zh-CN' : 'en';
  const lib = useLibrary(db);
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [limit, setLimit] = useState(FIRST_PAGE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [persisted, setPersisted] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    // Asked here, not in the background: service workers have no navigator.storage.persist().
    Promise.resolve(persist()).then((p) => setPersisted(!!p), () => setPersisted(false));
  }, []);

  const all = useMemo(() => (lib.ready ? lib.index.all() : []), [lib.version, lib.ready]);
  const results = useMemo(() => (lib.ready ? lib.index.search(query) : (lib.preview ?? [])), [lib.version, lib.ready, lib.preview, query]);
  const facets = useMemo(
    () => ({ terms: countBy(all, (c) => c.terms), tags: countBy(all, (c) => c.tags), sites: countBy(all, (c) => [c.site]) }),
    [all],
  );

  const failed = (error: string) => setNotice({ text: t(error === 'quota' ? 'error.edit-quota' : 'error.edit-db'), error: true });
  const after = <T,>(r: { ok: true; value: T } | { ok: false; error: string }, then?: (v: T) => void) => {
    lib.refresh();
    if (!r.ok) return failed(r.error);
    then?.(r.value);
  };

  async function remove(ids: string[]) {
    after(await deleteClippings(db, ids), (rows: Clipping[]) => {
      setSelected(new Set());
      setNotice({
        text: t('deletedN', rows.length),
        error: false,
        undo: async () => {
          setNotice(null);
          after(await restoreClippings(db, rows));
        },
      });
    });
  }

  async function onImport(file: File) {
    const r = await importFile(file, db);
    lib.refresh(true);
    setNotice(
      r.ok
        ? { text: t('importDone', r.value.added, r.value.merged, r.value.unchanged), error: false }
        : { text: t(r.error === 'quota' || r.error === 'db' ? 'error.import-write' : `error.${r.error}`, r.detail ?? ''), error: true },
    );
  }

  const exportSome = (format: ExportFormat, rows: readonly Clipping[]) => exportClippings(format, rows, termName, t);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const showMore = useCallback(() => setLimit((l) => l + FIRST_PAGE), []);
  const formatTime = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  const chosen = () => [...selected].map((id) => lib.index.get(id)).filter((c): c is Clipping => !!c);

  return (
    <main lang={locale} class="library">
      <header>
        <h1>
          {t('appName')} · {t('libraryTitle')}
        </h1>
        {persisted !== undefined && <p class="persist">{t(persisted ? 'persisted' : 'notPersisted')}</p>}
      </header>
      <SearchFilters query={query} onChange={(q) => (setQuery(q), setLimit(FIRST_PAGE))} {...facets} termName={termName} t={t} />
      <datalist id={TAG_LIST}>
        {facets.tags.map(([tag]) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      {notice && <Notice notice={notice} onClose={() => setNotice(null)} t={t} />}
      <p class="count" aria-live="polite">
        {lib.ready ? t('resultCount', lib.index.size, results.length) : t('loading')}
      </p>
      {selected.size > 0 && (
        <BulkBar
          count={selected.size}
          tagList={TAG_LIST}
          onTag={async (tags) => after(await tagClippings(db, [...selected], tags))}
          onDelete={() => remove([...selected])}
          onExport={(f) => exportSome(f, chosen())}
          onClear={() => setSelected(new Set())}
          t={t}
        />
      )}
      <div class="list-head">
        <button type="button" onClick={() => setSelected(new Set(results.slice(0, limit).map((c) => c.id)))}>
          {t('selectAllShown')}
        </button>
      </div>
      {lib.ready && results.length === 0 && <p class="empty">{lib.index.size ? t('noResults') : t('emptyLibrary')}</p>}
      <div class="results">
        {results.slice(0, limit).map((c) => (
          <ClippingCard
            key={c.id}
            clipping={c}
            selected={selected.has(c.id)}
            termName={termName}
            formatTime={formatTime}
            tagList={TAG_LIST}
            onSelect={(on) => toggle(c.id, on)}
            onEdit={async (patch) => after(await editClipping(db, c.id, patch))}
            onDelete={() => remove([c.id])}
            t={t}
          />
        ))}
      </div>
      {results.length > limit && <ShowMore label={t('showMore')} onMore={showMore} />}
      <Stats clippings={results} termName={termName} t={t} />
      <section class="backup">
        <h2>{t('exportTitle')}</h2>
        {/* Until the whole library is read, an export would hold only the first page. */}
        <button type="button" class="primary" disabled={!lib.ready} onClick={() => exportSome('json', lib.index.all())}>
          {t('backupAll')}
        </button>
        <ExportButtons label={t('exportScope', results.length)} disabled={!lib.ready} onExport={(f) => exportSome(f, results)} t={t} />
        <ImportButton onFile={onImport} t={t} />
      </section>
    </main>
  );
}
