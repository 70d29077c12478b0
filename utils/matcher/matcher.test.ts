import { describe, expect, test } from 'vitest';
import { compile, countCandidates, findCandidates } from './index';

const m = compile([
  { id: 'si-ge', term: '四个', variants: [] },
  { id: 'si-ge-yishi', term: '四个意识', variants: [] },
  { id: 'si-ge-zixin', term: '四个自信', variants: [] },
  { id: 'liang-ge-weihu', term: '两个维护', variants: [] },
  { id: 'liang-ge-queli', term: '两个确立', variants: [] },
  { id: 'bu-wang-chuxin', term: '不忘初心、牢记使命', variants: [] },
  { id: 'bu-wang-chuxin-zhuti-jiaoyu', term: '不忘初心、牢记使命主题教育', variants: [] },
  { id: 'si-feng', term: '四风', variants: [] },
  { id: 'san-ge-daibiao', term: '三个代表', variants: ['三个代表重要思想'] },
  { id: 'shi-si-wu', term: '十四五', variants: [] },
  { id: 'g20', term: 'G20', variants: [] },
  { id: 'jingzhun-tuopin', term: '精准脱贫', variants: [] },
  { id: 'dangshi-xuexi-jiaoyu', term: '党史学习教育', variants: [] },
]);

/** The matched surfaces, as [id, surface] pairs. */
const surfaces = (text: string) => m.find(text).map((x) => [x.id, text.slice(x.start, x.end)]);

describe('matcher', () => {
  test.each([
    ['longest match wins', '增强四个意识', [['si-ge-yishi', '四个意识']]],
    ['shorter term still found alone', '四个方面', [['si-ge', '四个']]],
    ['two adjacent terms both found', '两个确立两个维护', [['liang-ge-queli', '两个确立'], ['liang-ge-weihu', '两个维护']]],
    ['enumeration with CJK punctuation', '“四个意识”、“四个自信”、“两个维护”', [['si-ge-yishi', '四个意识'], ['si-ge-zixin', '四个自信'], ['liang-ge-weihu', '两个维护']]],
    ['separator 、', '不忘初心、牢记使命', [['bu-wang-chuxin', '不忘初心、牢记使命']]],
    ['separator ，', '不忘初心，牢记使命', [['bu-wang-chuxin', '不忘初心，牢记使命']]],
    ['no separator', '不忘初心牢记使命', [['bu-wang-chuxin', '不忘初心牢记使命']]],
    ['half-width comma and spaces', '不忘初心, 牢记使命', [['bu-wang-chuxin', '不忘初心, 牢记使命']]],
    ['line break inside a term', '两个\n维护', [['liang-ge-weihu', '两个\n维护']]],
    ['ideographic space inside', '两个\u3000维护', [['liang-ge-weihu', '两个\u3000维护']]],
    ['longer campaign consumes the slogan', '“不忘初心、牢记使命”主题教育', [['bu-wang-chuxin-zhuti-jiaoyu', '不忘初心、牢记使命”主题教育']]],
    ['quotes inside a variant', '“三个代表”重要思想', [['san-ge-daibiao', '三个代表”重要思想']]],
    ['Traditional characters', '堅決反對「四風」，做到兩個維護', [['si-feng', '四風'], ['liang-ge-weihu', '兩個維護']]],
    ['Traditional slogan', '不忘初心、牢記使命', [['bu-wang-chuxin', '不忘初心、牢記使命']]],
    ['full-width digits and letters', '“十四五”时期，Ｇ２０峰会', [['shi-si-wu', '十四五'], ['g20', 'Ｇ２０']]],
    ['case-insensitive ASCII', 'g20', [['g20', 'g20']]],
    ['empty text', '', []],
    ['no Chinese at all', 'Nothing to see here.', []],
    ['partial term is not a match', '两个维', []],
    ['a separator splits a term written without one', '扶持对象精准、脱贫成效精准', []],
    ['a list does not fuse into a term', '推进党史学习、教育、宣传', []],
    ['middle dot as separator', '不忘初心·牢记使命', [['bu-wang-chuxin', '不忘初心·牢记使命']]],
  ])('%s', (_, text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });

  test('offsets are UTF-16 indices after astral characters', () => {
    const text = '😀𠀀两个维护';
    expect(m.find(text)).toEqual([{ id: 'liang-ge-weihu', start: 4, end: 8 }]);
  });

  test('a huge text is matched completely', () => {
    const text = '全面从严治党，做到两个维护。'.repeat(80_000); // 1.1 M code units
    const found = m.find(text);
    expect(found).toHaveLength(80_000);
    expect(found[79_999]).toEqual({ id: 'liang-ge-weihu', start: 79_999 * 14 + 9, end: 79_999 * 14 + 13 });
  });

  test('an empty glossary matches nothing', () => {
    expect(compile([]).find('两个维护')).toEqual([]);
  });

  test('when two entries fold to the same form the first keeps it', () => {
    const dup = compile([
      { id: 'first', term: '两个维护', variants: [] },
      { id: 'second', term: '兩個維護', variants: [] },
    ]);
    expect(dup.find('两个维护').map((x) => x.id)).toEqual(['first']);
  });
});

describe('decoys: ordinary words that contain a short term', () => {
  const real = compile([
    { id: 'san-jiang', term: '三讲', variants: [] },
    { id: 'liang-shan', term: '绿水青山就是金山银山', variants: ['两山'] },
    { id: 'xin-fazhan-linian', term: '新发展理念', variants: [] },
  ]);
  test.each([
    ['第三讲 is a lecture number', '第三讲：党的建设', []],
    ['两山之间 is geography', '两山之间有一条河', []],
    ['创新发展理念 is a verb and its object', '创新发展理念，破解发展难题', []],
    ['the real term still matches', '贯彻新发展理念，践行两山理念', ['xin-fazhan-linian', 'liang-shan']],
  ])('%s', (_, text, ids) => {
    expect(real.find(text).map((m) => m.id)).toEqual(ids);
  });

  test('the decoy list is sorted, unique and every decoy contains a glossary form', async () => {
    const decoys: string[] = (await import('./decoys.json')).default;
    const { GLOSSARY } = await import('../glossary');
    expect([...decoys].sort()).toEqual(decoys);
    expect(new Set(decoys).size).toBe(decoys.length);
    const plain = compile(GLOSSARY, []);
    for (const d of decoys) expect(plain.find(d), d).not.toEqual([]);
  });
});

describe('candidate discovery', () => {
  test.each([
    ['quoted numbered phrase', '坚持“三个区分开来”', ['三个区分开来']],
    ['local numbered slogan', '打造“四区一高地”', ['四区一高地']],
    ['N+N pattern', '推行“5+3”工作法，建立1+N政策体系', ['5+3']],
    ['corner brackets', '落實「三個區分開來」', ['三個區分開來']],
    ['ordinary counts are not candidates', '从“三个方面”入手，“十八大”以来，“两个月”', []],
    ['quoted words without numbers are not candidates', '所谓“躺平”', []],
    ['glossary terms are not candidates', '做到“两个维护”', []],
    ['empty text', '', []],
  ])('%s', (_, text, expected) => {
    expect(findCandidates(text, m.find(text)).map((c) => c.text)).toEqual(expected);
  });

  test('counts aggregate by text, most frequent first', () => {
    const text = '“三个区分开来”“五星三名”“三个区分开来”';
    expect(countCandidates(findCandidates(text))).toEqual([
      { text: '三个区分开来', count: 2 },
      { text: '五星三名', count: 1 },
    ]);
  });
});
