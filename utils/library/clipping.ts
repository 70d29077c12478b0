/** A saved excerpt. Field names follow the W3C TextQuoteSelector where they overlap (exact/prefix/suffix). */
export interface Clipping {
  id: string;
  /** Deduplication key: the page (URL without fragment) plus a hash of the exact text. */
  key: string;
  exact: string;
  prefix: string;
  suffix: string;
  url: string;
  title: string;
  site: string;
  createdAt: number;
  updatedAt: number;
  /** Glossary ids of the formulations the exact text contains, in order of first occurrence. */
  terms: string[];
  tags: string[];
  note: string;
}

/** What a page (or the popup on its behalf) hands over to be saved. */
export interface ClipInput {
  exact: string;
  prefix: string;
  suffix: string;
  url: string;
  title: string;
}

/** Longest passage a single clipping may hold; a whole page selected by accident is refused with a message. */
export const MAX_CLIP_CHARS = 50_000;
/** How much context is kept on each side of the passage. */
export const CONTEXT_CHARS = 32;
