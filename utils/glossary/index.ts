import type { GlossaryEntry } from './types';
import party from './data/party.json';
import discipline from './data/discipline.json';
import ideology from './data/ideology.json';
import governance from './data/governance.json';
import economy from './data/economy.json';
import poverty from './data/poverty.json';
import rural from './data/rural.json';
import ecology from './data/ecology.json';
import military from './data/military.json';
import unitedFront from './data/united-front.json';
import hkMacaoTaiwan from './data/hk-macao-taiwan.json';
import diplomacy from './data/diplomacy.json';
import epidemic from './data/epidemic.json';
import society from './data/society.json';
import culture from './data/culture.json';

/** The shipped glossary: every data file under ./data (one per category, in CATEGORIES order), in one list. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  ...party,
  ...discipline,
  ...ideology,
  ...governance,
  ...economy,
  ...poverty,
  ...rural,
  ...ecology,
  ...military,
  ...unitedFront,
  ...hkMacaoTaiwan,
  ...diplomacy,
  ...epidemic,
  ...society,
  ...culture,
] as GlossaryEntry[];

export type { GlossaryEntry, Category } from './types';
export { CATEGORIES } from './types';
