import { compile, type Matcher } from '../matcher';
import { GLOSSARY } from './index';

let all: Matcher | undefined;

/** The matcher over every shipped entry: what a clipping records, whatever is highlighted. */
export async function currentMatcher(): Promise<Matcher> {
  return (all ??= compile(GLOSSARY));
}
