import { describe, expect, test } from 'vitest';
import { checkCustomTerm, customEntries, customTerm, termNameOf } from './custom-terms';
import { GLOSSARY } from './glossary';
import { createTermSet } from './highlight/term-set';
import { DEFAULT_SETTINGS } from './settings';

const mine = [customTerm('五星三名', '本市提法')];

describe('checking a custom term', () => {
  test.each<[string, string]>([
    ['五星三名', 'term-exists'],
    ['五星三名 ', 'term-exists'],
    ['五星叁名', 'ok'], // another word, not a Traditional form
    ['两个维护', 'term-in-glossary'],
    ['兩個維護', 'term-in-glossary'],
    ['“四风”', 'term-in-glossary'],
    ['', 'term-empty'],
    ['  “ ” ', 'term-empty'],
    ['长'.repeat(41), 'term-too-long'],
    ['一村一法律顾问', 'ok'],
  ])('%j → %s', (input, expected) => {
    const r = checkCustomTerm(input, mine, GLOSSARY);
    expect(r.ok ? 'ok' : r.error).toBe(expected);
  });
});

test('names of term ids: the glossary, a custom term (even once deleted), or the id itself', () => {
  const entries = new Map(GLOSSARY.map((e) => [e.id, e]));
  expect(termNameOf('liang-ge-weihu', entries)).toBe('两个维护');
  expect(termNameOf('custom:五星三名', entries)).toBe('五星三名');
  expect(termNameOf('gone-id', entries)).toBe('gone-id');
});

test('enabled custom terms join the matcher and are painted in their own category; disabled ones do not', () => {
  const set = createTermSet(GLOSSARY, () => ({ ...DEFAULT_SETTINGS, disabledCategories: ['party'] }));
  const text = '推进“五星三名”创建，做到两个维护';
  expect(set.matcher().find(text).map((m) => m.id)).toEqual(['liang-ge-weihu']);
  set.setCustom([...mine, { ...customTerm('一村一法律顾问'), enabled: false }]);
  expect(set.matcher().find(text).map((m) => m.id)).toEqual(['custom:五星三名', 'liang-ge-weihu']);
  expect(set.categoryOf('custom:五星三名')).toBe('custom'); // category switches do not hide custom terms
  expect(set.entryOf('custom:五星三名')).toMatchObject({ term: '五星三名', note: '本市提法', category: 'custom' });
  expect(customEntries([{ ...mine[0], enabled: false }])).toEqual([]);
});
