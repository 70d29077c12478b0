import type { Clipping } from '@/utils/library/clipping';
import { textFragmentUrl } from '@/utils/library/text-fragment';
import type { Translate } from '@/utils/i18n';

export interface ClippingListProps {
  clippings: readonly Clipping[] | undefined;
  t: Translate;
  lang: string;
}

/** Clippings as a list; page text is rendered as text nodes only, never as HTML. */
export function ClippingList({ clippings, t, lang }: ClippingListProps) {
  if (!clippings) return null;
  if (clippings.length === 0) return <p class="empty">{t('emptyLibrary')}</p>;
  return (
    <ul class="clippings">
      {clippings.map((c) => (
        <li key={c.id} class="clipping" data-id={c.id}>
          <blockquote class="clipping-text">{c.exact.length > 140 ? c.exact.slice(0, 140) + '…' : c.exact}</blockquote>
          <a class="clipping-source" href={textFragmentUrl(c)} target="_blank" rel="noopener noreferrer">
            {c.title || c.site || c.url}
          </a>
          <time class="clipping-time" dateTime={new Date(c.createdAt).toISOString()}>
            {new Date(c.createdAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}
          </time>
        </li>
      ))}
    </ul>
  );
}
