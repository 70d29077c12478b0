// The glossary format rules, as a pure function: the test runs it on the shipped data files and on bad samples.
import * as OpenCC from 'opencc-js';
import { CATEGORIES, type GlossaryEntry } from './types';

/** The fields of an entry, in canonical order. */
export const ENTRY_KEYS = ['id', 'term', 'variants', 'items', 'english', 'category', 'since', 'tier', 'note'] as const satisfies readonly (keyof GlossaryEntry)[];

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MIN_SINCE = 1921;
export const MAX_SINCE = 2026;

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const DROPPED = /[“”‘’「」『』"'、，,·•\s]/gu;

/** The form under which two terms count as the same: NFKC, Simplified, lower case, no quotes/separators/white space. */
export function normalizeTerm(s: string): string {
  return toSimplified(s.normalize('NFKC')).replace(DROPPED, '').toLowerCase();
}

/** The canonical text of a data file holding `entries`: keys in type order, sorted by id, 2-space JSON, final newline. */
export function canonicalText(entries: readonly Record<string, unknown>[]): string {
  const ordered = entries.map((e) => {
    const out: Record<string, unknown> = {};
    for (const k of ENTRY_KEYS) if (k in e) out[k] = e[k];
    for (const k of Object.keys(e)) if (!(k in out)) out[k] = e[k];
    return out;
  });
  ordered.sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));
  return JSON.stringify(ordered, null, 2) + '\n';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Checks the glossary data files. `files` maps a file name (`party.json`) to its text — or to its already
 * parsed content, in which case the formatting rule is not checked. Returns one message per problem; none = valid.
 */
export function checkGlossary(files: Record<string, unknown>): string[] {
  const errors: string[] = [];
  const ids = new Map<string, string>(); // id → where first seen
  const forms = new Map<string, string>(); // normalised term/variant → where first seen

  for (const [file, content] of Object.entries(files)) {
    const category = file.replace(/\.json$/, '');
    if (!file.endsWith('.json') || !(CATEGORIES as readonly string[]).includes(category)) {
      errors.push(`${file}: file name is not a category (${CATEGORIES.join(', ')}).json`);
    }

    let data: unknown = content;
    if (typeof content === 'string') {
      try {
        data = JSON.parse(content);
      } catch (e) {
        errors.push(`${file}: invalid JSON: ${(e as Error).message}`);
        continue;
      }
    }
    if (!Array.isArray(data)) {
      errors.push(`${file}: must hold an array of entries`);
      continue;
    }

    data.forEach((raw: unknown, i: number) => {
      const at = `${file}[${i}]`;
      if (!isObject(raw)) {
        errors.push(`${at}: entry is not an object`);
        return;
      }
      const e = raw;
      const where = isNonEmptyString(e.id) ? `${file} ${e.id}` : at;

      for (const k of ENTRY_KEYS) if (!(k in e)) errors.push(`${where}: missing field ${k}`);
      for (const k of Object.keys(e)) if (!(ENTRY_KEYS as readonly string[]).includes(k)) errors.push(`${where}: unknown field ${k}`);

      // id
      if (!isNonEmptyString(e.id)) {
        if ('id' in e) errors.push(`${where}: id must be a non-empty string`);
      } else {
        if (!ID_PATTERN.test(e.id)) errors.push(`${where}: id does not match ${ID_PATTERN}`);
        const first = ids.get(e.id);
        if (first) errors.push(`${where}: duplicate id (also in ${first})`);
        else ids.set(e.id, file);
      }

      // required strings
      for (const k of ['term', 'english'] as const) {
        if (k in e && !isNonEmptyString(e[k])) errors.push(`${where}: ${k} must be a non-empty string`);
      }
      if ('note' in e && typeof e.note !== 'string') errors.push(`${where}: note must be a string`);
      if (isNonEmptyString(e.term) && e.term !== e.term.trim()) errors.push(`${where}: term has leading/trailing white space`);
      if (isNonEmptyString(e.term) && toSimplified(e.term) !== e.term) errors.push(`${where}: term is not in Simplified characters`);

      // lists
      for (const k of ['variants', 'items'] as const) {
        if (!(k in e)) continue;
        const list = e[k];
        if (!Array.isArray(list) || !list.every(isNonEmptyString)) {
          errors.push(`${where}: ${k} must be an array of non-empty strings`);
        } else if (new Set(list).size !== list.length) {
          errors.push(`${where}: ${k} has repeated elements`);
        }
      }

      // category
      if ('category' in e) {
        if (typeof e.category !== 'string' || !(CATEGORIES as readonly string[]).includes(e.category)) {
          errors.push(`${where}: unknown category ${JSON.stringify(e.category)}`);
        } else if (e.category !== category) {
          errors.push(`${where}: category ${e.category} is in the wrong file (${file})`);
        }
      }

      // since, tier
      if ('since' in e && e.since !== null) {
        if (typeof e.since !== 'number' || !Number.isInteger(e.since) || e.since < MIN_SINCE || e.since > MAX_SINCE) {
          errors.push(`${where}: since must be null or an integer ${MIN_SINCE}..${MAX_SINCE}`);
        }
      }
      if ('tier' in e && e.tier !== 1 && e.tier !== 2) errors.push(`${where}: tier must be 1 or 2`);

      // duplicates of terms and variants, after normalisation, within and across entries
      if (isNonEmptyString(e.term)) {
        const own = new Map<string, string>();
        const variants = Array.isArray(e.variants) ? e.variants.filter(isNonEmptyString) : [];
        for (const [kind, form] of [['term', e.term] as const, ...variants.map((v) => ['variant', v] as const)]) {
          const n = normalizeTerm(form);
          if (!n) {
            errors.push(`${where}: ${kind} ${form} is empty after normalisation`);
            continue;
          }
          if (kind === 'variant' && form === e.term) {
            errors.push(`${where}: variant ${form} equals the term`);
            continue;
          }
          if (own.has(n)) {
            errors.push(`${where}: ${kind} ${form} is the same as ${own.get(n)} after normalisation (separator/quote/script variants are handled by the matcher)`);
            continue;
          }
          own.set(n, form);
          const first = forms.get(n);
          if (first) errors.push(`${where}: ${kind} ${form} duplicates ${first} after normalisation`);
          else forms.set(n, `${form} (${where})`);
        }
      }
    });

    if (typeof content === 'string' && data.every(isObject)) {
      const canonical = canonicalText(data);
      if (content !== canonical) {
        const sorted = data.every((e, i) => i === 0 || String(data[i - 1].id) < String(e.id));
        const keysInOrder = data.every((e) => {
          const keys = Object.keys(e);
          return keys.every((k, j) => j === 0 || ENTRY_KEYS.indexOf(keys[j - 1] as never) < ENTRY_KEYS.indexOf(k as never));
        });
        const why = [!sorted && 'entries not sorted by id', !keysInOrder && 'keys not in type order', sorted && keysInOrder && 'not JSON.stringify(entries, null, 2) + "\\n"'].filter(Boolean);
        errors.push(`${file}: non-canonical formatting (${why.join('; ')})`);
      }
    }
  }
  return errors;
}
