import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { canonicalText, checkGlossary, normalizeTerm } from './check';
import { compile } from '../matcher';
import { GLOSSARY } from './index';
import { CATEGORIES } from './types';

const DATA = join(__dirname, 'data');
const files = Object.fromEntries(
  readdirSync(DATA)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, readFileSync(join(DATA, f), 'utf8')]),
);

/** A valid entry; each bad sample changes one thing. */
const good = (over: Record<string, unknown> = {}) => ({
  id: 'si-feng',
  term: '四风',
  variants: [],
  items: ['形式主义', '官僚主义', '享乐主义', '奢靡之风'],
  english: 'Four Undesirable Work Styles',
  category: 'party',
  since: 2012,
  tier: 1,
  note: '',
  ...over,
});
const other = (over: Record<string, unknown> = {}) =>
  good({ id: 'si-ge-yishi', term: '四个意识', items: [], english: 'Four Consciousnesses', since: 2016, ...over });
/** A data file's canonical text. */
const file = (...entries: Record<string, unknown>[]) => canonicalText(entries);
const without = (key: string) => {
  const e: Record<string, unknown> = good();
  delete e[key];
  return e;
};

describe('checkGlossary on bad samples', () => {
  test('a valid sample passes', () => {
    expect(checkGlossary({ 'party.json': file(good(), other()) })).toEqual([]);
    expect(checkGlossary({ 'party.json': [good()] })).toEqual([]); // parsed content, formatting not checked
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    ['duplicate id', { 'party.json': file(good(), other({ id: 'si-feng' })) }, /duplicate id/],
    ['duplicate id across files', { 'party.json': file(good()), 'discipline.json': file(other({ id: 'si-feng', category: 'discipline' })) }, /duplicate id/],
    ['duplicate term', { 'party.json': file(good(), other({ term: '四风' })) }, /duplicates 四风/],
    ['duplicate term after quote/separator folding', { 'party.json': file(good({ term: '不忘初心、牢记使命', items: [] }), other({ term: '“不忘初心，牢记使命”' })) }, /duplicates/],
    ['duplicate term in Traditional characters', { 'party.json': file(good(), other({ term: '四風' })) }, /duplicates/],
    ['duplicate term in full width', { 'party.json': file(good({ term: 'G20' }), other({ term: 'Ｇ２０' })) }, /duplicates/],
    ['variant duplicating another entry\'s term', { 'party.json': file(good(), other({ variants: ['四风'] })) }, /variant 四风 duplicates/],
    ['variant equal to the term', { 'party.json': file(good({ variants: ['四风'] })) }, /variant 四风 equals the term/],
    ['separator variant of the term', { 'party.json': file(good({ term: '不忘初心、牢记使命', variants: ['不忘初心牢记使命'] })) }, /same as 不忘初心、牢记使命 after normalisation/],
    ['missing id', { 'party.json': [without('id')] }, /missing field id/],
    ['missing term', { 'party.json': [without('term')] }, /missing field term/],
    ['missing variants', { 'party.json': [without('variants')] }, /missing field variants/],
    ['missing items', { 'party.json': [without('items')] }, /missing field items/],
    ['missing english', { 'party.json': [without('english')] }, /missing field english/],
    ['missing category', { 'party.json': [without('category')] }, /missing field category/],
    ['missing since', { 'party.json': [without('since')] }, /missing field since/],
    ['missing tier', { 'party.json': [without('tier')] }, /missing field tier/],
    ['missing note', { 'party.json': [without('note')] }, /missing field note/],
    ['empty term', { 'party.json': [good({ term: '' })] }, /term must be a non-empty string/],
    ['blank english', { 'party.json': [good({ english: '  ' })] }, /english must be a non-empty string/],
    ['empty id', { 'party.json': [good({ id: '' })] }, /id must be a non-empty string/],
    ['term not a string', { 'party.json': [good({ term: 4 })] }, /term must be a non-empty string/],
    ['note not a string', { 'party.json': [good({ note: null })] }, /note must be a string/],
    ['variants not an array', { 'party.json': [good({ variants: '四个风' })] }, /variants must be an array/],
    ['empty item', { 'party.json': [good({ items: ['形式主义', ''] })] }, /items must be an array of non-empty strings/],
    ['repeated item', { 'party.json': [good({ items: ['形式主义', '形式主义'] })] }, /items has repeated/],
    ['unknown field', { 'party.json': [good({ year: 2012 })] }, /unknown field year/],
    ['unknown category', { 'party.json': [good({ category: 'sports' })] }, /unknown category "sports"/],
    ['wrong category file', { 'party.json': [good({ category: 'discipline' })] }, /wrong file/],
    ['file name not a category', { 'misc.json': [good()] }, /not a category/],
    ['tier 0', { 'party.json': [good({ tier: 0 })] }, /tier must be 1 or 2/],
    ['tier "1"', { 'party.json': [good({ tier: '1' })] }, /tier must be 1 or 2/],
    ['since too early', { 'party.json': [good({ since: 1920 })] }, /since must be null or an integer/],
    ['since too late', { 'party.json': [good({ since: 2027 })] }, /since must be null or an integer/],
    ['since not an integer', { 'party.json': [good({ since: 2012.5 })] }, /since must be null or an integer/],
    ['since a string', { 'party.json': [good({ since: '2012' })] }, /since must be null or an integer/],
    ['id with capitals', { 'party.json': [good({ id: 'Si-feng' })] }, /id does not match/],
    ['id with underscore', { 'party.json': [good({ id: 'si_feng' })] }, /id does not match/],
    ['id with double hyphen', { 'party.json': [good({ id: 'si--feng' })] }, /id does not match/],
    ['id with trailing hyphen', { 'party.json': [good({ id: 'si-feng-' })] }, /id does not match/],
    ['term in Traditional characters', { 'party.json': [good({ term: '四風' })] }, /not in Simplified/],
    ['not an array', { 'party.json': '{}\n' }, /must hold an array/],
    ['invalid JSON', { 'party.json': '[' }, /invalid JSON/],
    ['unsorted entries', { 'party.json': JSON.stringify([good(), other({ id: 'a-first' })], null, 2) + '\n' }, /not sorted by id/],
    ['keys out of order', { 'party.json': JSON.stringify([Object.fromEntries(Object.entries(good()).reverse())], null, 2) + '\n' }, /keys not in type order/],
    ['no final newline', { 'party.json': JSON.stringify([good()], null, 2) }, /non-canonical formatting/],
    ['four-space indent', { 'party.json': JSON.stringify([good()], null, 4) + '\n' }, /non-canonical formatting/],
    ['CRLF line ends', { 'party.json': file(good()).replace(/\n/g, '\r\n') }, /non-canonical formatting/],
  ])('%s', (_name, sample, expected) => {
    const errors = checkGlossary(sample);
    expect(errors.some((e) => expected.test(e)), errors.join('\n') || '(no errors)').toBe(true);
  });
});

describe('normalizeTerm', () => {
  test.each([
    ['“三个代表”', '三个代表'],
    ['不忘初心，牢记使命', '不忘初心牢记使命'],
    ['兩個維護', '两个维护'],
    ['Ｇ２０', 'g20'],
    ['党政军民学、东西南北中', '党政军民学东西南北中'],
  ])('%s → %s', (input, folded) => expect(normalizeTerm(input)).toBe(folded));
});

describe('the shipped glossary', () => {
  test('every data file passes every rule', () => {
    expect(checkGlossary(files)).toEqual([]);
  });

  test('every data file is named after a category', () => {
    for (const f of Object.keys(files)) expect(CATEGORIES).toContain(f.replace(/\.json$/, ''));
  });

  test('GLOSSARY holds every entry of every data file', () => {
    const ids = Object.values(files).flatMap((text) => (JSON.parse(text as string) as { id: string }[]).map((e) => e.id));
    expect(GLOSSARY.map((e) => e.id).sort()).toEqual(ids.sort());
  });

  test('every term and variant, on its own, is matched whole by its own entry', () => {
    const matcher = compile(GLOSSARY);
    const wrong = GLOSSARY.flatMap((e) =>
      [e.term, ...e.variants].flatMap((form) => {
        const found = matcher.find(form);
        const ok = found.length === 1 && found[0].id === e.id && found[0].start === 0 && found[0].end === form.length;
        return ok ? [] : [`${e.id} ${form} → ${JSON.stringify(found)}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  test('has at least 500 entries', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(500);
  });

  test.each([
    ['si-feng', ['形式主义', '官僚主义', '享乐主义', '奢靡之风']],
    ['si-ge-yishi', ['政治意识', '大局意识', '核心意识', '看齐意识']],
    ['si-ge-zixin', ['道路自信', '理论自信', '制度自信', '文化自信']],
    ['san-hui-yi-ke', ['支部党员大会', '支部委员会', '党小组会', '党课']],
    ['liang-ge-weihu', ['坚决维护习近平总书记党中央的核心、全党的核心地位', '坚决维护党中央权威和集中统一领导']],
  ])('spot check: %s items', (id, items) => {
    expect(GLOSSARY.find((e) => e.id === id)?.items).toEqual(items);
  });
});
