/** One formulation (提法) of the shipped glossary or of a user's custom terms. */
export interface GlossaryEntry {
  /** Stable slug, lowercase ASCII with hyphens (pinyin), e.g. `liang-ge-weihu`. */
  id: string;
  /** Canonical Simplified-Chinese form, e.g. 两个维护. */
  term: string;
  /** Other surface forms that mean the same formulation (earlier/later wordings, short forms). */
  variants: string[];
  /** The expansion, one item per element; empty when unsure. */
  items: string[];
  english: string;
  category: Category;
  /** Year it was put forward; null when unsure. */
  since: number | null;
  /** 1: numbered formulations, fixed slogans, named campaigns (on by default); 2: broader concepts (off by default). */
  tier: 1 | 2;
  note: string;
}

export const CATEGORIES = [
  'party',
  'discipline',
  'ideology',
  'governance',
  'economy',
  'poverty',
  'rural',
  'ecology',
  'military',
  'united-front',
  'hk-macao-taiwan',
  'diplomacy',
  'epidemic',
  'society',
  'culture',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** What a highlight and its hover card stand for: a shipped entry, or one of the user's custom terms. */
export interface TermEntry extends Omit<GlossaryEntry, 'category'> {
  category: Category | 'custom';
}
