import { compile, type Matcher } from '../matcher';
import { customEntries, customTermsItem } from '../custom-terms';
import { GLOSSARY } from './index';

let cached: { key: string; matcher: Matcher } | undefined;

/**
 * The matcher over every shipped entry and the user's enabled custom terms: what a clipping records,
 * whatever is highlighted. Recompiled only when the custom terms changed (the service worker may have
 * slept through the change, so they are read each time rather than watched).
 */
export async function currentMatcher(): Promise<Matcher> {
  const custom = customEntries(await customTermsItem.getValue());
  const key = custom.map((c) => c.term).join('\n');
  if (cached?.key !== key) cached = { key, matcher: compile([...GLOSSARY, ...custom]) };
  return cached.matcher;
}
