import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFoldData } from './fold-source';
import { foldCode, foldString, foldTerm, IGNORED, SEP } from './normalize';

const DATA_FILE = fileURLToPath(new URL('./fold-data.json', import.meta.url));

describe('fold table', () => {
  test('fold-data.json is what opencc-js and NFKC give today (TIFA_WRITE_FOLD=1 rewrites it)', () => {
    const fresh = JSON.stringify(buildFoldData(), null, 2) + '\n';
    if (process.env.TIFA_WRITE_FOLD === '1') writeFileSync(DATA_FILE, fresh);
    expect(readFileSync(DATA_FILE, 'utf8') === fresh, 'fold-data.json is stale: run TIFA_WRITE_FOLD=1 npx vitest run utils/matcher/normalize.test.ts').toBe(true);
  });

  test.each([
    ['Traditional', '兩個維護四風牢記', '两个维护四风牢记'],
    ['Taiwan and Hong Kong variants', '裡爲綫', '里为线'],
    ['Simplified stays', '两个维护的干部里', '两个维护的干部里'],
    ['Kangxi radicals from PDF text', '⼆⼗⼤', '二十大'],
    ['compatibility ideograph', '\uf9b2', '零'],
    ['full width and case', 'Ｇ２０ｇ２0', 'g20g20'],
    ['quotes and white space vanish', '“两个”\u3000『维护』 \r\n\u200b\u00a0\ufeff﹁﹂｢｣', '两个维护'],
    ['separators unify', '、，,·・﹑､︑', '、'.repeat(8)],
  ])('%s', (_, text, folded) => {
    expect(foldString(text)).toBe(folded);
  });

  test('folding is idempotent and one code unit to one', () => {
    const unstable: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const f = foldCode(c);
      if (f !== IGNORED && foldCode(f) !== f) unstable.push(`U+${c.toString(16)}`);
    }
    expect(unstable).toEqual([]);
  });

  test('surrogates are left alone', () => {
    expect(foldCode(0xd840)).toBe(0xd840);
    expect(foldCode(0xdc00)).toBe(0xdc00);
  });
});

describe('foldTerm', () => {
  test.each([
    ['plain term', '两个维护', ['两个维护']],
    ['Traditional term', '兩個維護', ['两个维护']],
    ['separators: with and without each', '不敢腐、不能腐，不想腐', ['不敢腐、不能腐、不想腐', '不敢腐、不能腐不想腐', '不敢腐不能腐、不想腐', '不敢腐不能腐不想腐']],
    ['leading and trailing separators dropped', '、四风，', ['四风']],
    ['only quotes', '“”', []],
    ['empty', '', []],
  ])('%s', (_, term, forms) => {
    expect(foldTerm(term)).toEqual(forms);
  });

  test('a long enumeration stays bounded', () => {
    const term = Array.from({ length: 12 }, (_, i) => `第${i}项`).join('、');
    expect(foldTerm(term).length).toBeLessThanOrEqual(128);
    expect(foldTerm(term)).toContain(foldString(term));
  });

  test('SEP is the ideographic comma', () => {
    expect(String.fromCharCode(SEP)).toBe('、');
  });
});
