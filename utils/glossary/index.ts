import type { GlossaryEntry } from './types';
import party from './data/party.json';

/** The shipped glossary: every data file under ./data, in one list. */
export const GLOSSARY: readonly GlossaryEntry[] = [...party] as GlossaryEntry[];

export type { GlossaryEntry, Category } from './types';
export { CATEGORIES } from './types';
