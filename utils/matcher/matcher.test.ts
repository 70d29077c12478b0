import { describe, expect, test } from 'vitest';
import { compile, countCandidates, findCandidates } from './index';
import { foldCode, foldTerm, IGNORED } from './normalize';

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
  { id: 'ba-xiang-guiding', term: '八项规定', variants: [] },
  { id: 'san-bu', term: '不敢腐、不能腐、不想腐', variants: [] },
  { id: 'san-jiang', term: '三讲', variants: [] },
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
    ['mixed separators in a triple', '不敢腐，不能腐、不想腐', [['san-bu', '不敢腐，不能腐、不想腐']]],
    ['triple without separators', '一体推进不敢腐不能腐不想腐', [['san-bu', '不敢腐不能腐不想腐']]],
    ['CRLF inside a term', '两个\r\n维护', [['liang-ge-weihu', '两个\r\n维护']]],
    ['zero-width space and NBSP inside', '两\u200b个\u00a0维护', [['liang-ge-weihu', '两\u200b个\u00a0维护']]],
    ['quotes split inside the term', '“两个”“维护”', [['liang-ge-weihu', '两个”“维护']]],
    ['vertical and half-width quotes', '﹁四風﹂｢四风｣', [['si-feng', '四風'], ['si-feng', '四风']]],
    ['Kangxi radicals from a PDF', '落实中央⼋项规定精神', [['ba-xiang-guiding', '⼋项规定']]],
    ['an emoji inside breaks a term', '两个😀维护', []],
    ['a full stop between is not a separator', '两个。维护', []],
    ['English around a term', 'The “四风” (four malfeasances)', [['si-feng', '四风']]],
    ['ordinal 第 before a numbered term', '第三讲：党的建设', []],
    ['a number before a numbered term', '共二十四风', []],
    ['a numeral that ends the match before does not count', '“十四五”四风十四五四风', [['shi-si-wu', '十四五'], ['si-feng', '四风'], ['shi-si-wu', '十四五'], ['si-feng', '四风']]],
    ['a Latin term inside a Latin word', 'G200、AG20、G20s', []],
    ['a Latin term next to Chinese', 'G20峰会和G20', [['g20', 'G20'], ['g20', 'G20']]],
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

  test('astral characters and emoji around and between terms keep offsets exact', () => {
    const text = '👍🏽“四风”𠮷兩個維護\u{1F1E8}\u{1F1F3}';
    const found = m.find(text);
    expect(found.map((x) => text.slice(x.start, x.end))).toEqual(['四风', '兩個維護']);
    expect(found[0].start).toBe(5);
  });

  test('a megabyte of text without Chinese, and one of nothing but terms', () => {
    expect(m.find('lorem ipsum '.repeat(90_000))).toEqual([]);
    const dense = '四个四个意识'.repeat(200_000);
    const found = m.find(dense);
    expect(found).toHaveLength(400_000);
    expect(found.at(-1)).toEqual({ id: 'si-ge-yishi', start: dense.length - 4, end: dense.length });
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

  test('a term that is also a decoy is matched as the term', () => {
    const custom = compile([{ id: 'mine', term: '两高校', variants: [] }]);
    expect(custom.find('两高校签署协议')).toEqual([{ id: 'mine', start: 0, end: 3 }]);
  });

  test('the decoy list is sorted, and each decoy, in its example sentence, hides a glossary match', async () => {
    const decoys: Record<string, string> = (await import('./decoys.json')).default;
    const { GLOSSARY } = await import('../glossary');
    const words = Object.keys(decoys);
    expect([...words].sort()).toEqual(words);
    const plain = compile(GLOSSARY, []);
    const guarded = compile(GLOSSARY);
    for (const [word, sentence] of Object.entries(decoys)) {
      const at = sentence.indexOf(word);
      expect(at, `${word} occurs in ${sentence}`).toBeGreaterThanOrEqual(0);
      const inside = (m: { start: number; end: number }) => m.start < at + word.length && at < m.end;
      expect(plain.find(sentence).filter(inside), `without decoys, ${sentence} has a false match`).not.toEqual([]);
      expect(guarded.find(sentence).filter(inside), `with decoys, ${sentence} has none`).toEqual([]);
    }
  });
});

describe('the shipped glossary on real sentences: short terms inside ordinary words', () => {
  test.each([
    ['构建亲清政商关系', ['亲清政商关系']],
    ['他的母亲清楚地记得那一天', []],
    ['乡亲清点着刚运到的救灾物资', []],
    ['纠治“四风”，在第四风险等级区域', ['四风']],
    ['兩岸實現三通', ['三通']],
    ['他打来的第三通电话', []],
    ['园区已完成三通一平', []],
    ['冰火两重天', []],
    ['“两高”联合发布司法解释', ['两高']],
    ['两高校签署战略合作协议，公司两高管被立案审查', []],
    ['推进“五通”，乐山市五通桥区', ['五通']],
    ['他再三讲明其中的利害', []],
    ['给予双开处分，买了一台双开门冰箱', ['双开']],
    ['“十四五”规划', ['十四五']],
    ['做好“三农”工作', ['三农']],
    ['收看中国梦想秀节目，共筑中国梦', ['中国梦']],
  ])('%s', async (text, terms) => {
    const { GLOSSARY } = await import('../glossary');
    const termOf = new Map(GLOSSARY.map((e) => [e.id, e.term]));
    expect(compile(GLOSSARY).find(text).map((x) => termOf.get(x.id))).toEqual(terms);
  });
});

describe('the automaton agrees with a naive leftmost-longest matcher', () => {
  const entries = [
    { id: 'a', term: '维护', variants: [] },
    { id: 'b', term: '两个维护', variants: ['两个维'] },
    { id: 'c', term: '个维', variants: [] },
    { id: 'd', term: '护两', variants: [] },
    { id: 'e', term: '维护、发展', variants: [] },
    { id: 'f', term: '护护护', variants: [] },
    { id: 'g', term: '两', variants: [] },
  ];
  const alphabet = [...'两兩个個维維护護发展、，“” \nx'];
  /** Fold with offsets, then at each position the longest form: the definition, without an automaton. */
  function naive(text: string) {
    const forms = entries.flatMap((e) => [e.term, ...e.variants].flatMap((t) => foldTerm(t).map((f) => ({ f, id: e.id }))));
    const chars: string[] = [];
    const at: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = foldCode(text.charCodeAt(i));
      if (c !== IGNORED) chars.push(String.fromCharCode(c)), at.push(i);
    }
    const folded = chars.join('');
    const out: { id: string; start: number; end: number }[] = [];
    for (let i = 0; i < folded.length; ) {
      const best = forms.filter(({ f }) => folded.startsWith(f, i)).sort((x, y) => y.f.length - x.f.length)[0];
      if (!best) i++;
      else {
        out.push({ id: best.id, start: at[i], end: at[i + best.f.length - 1] + 1 });
        i += best.f.length;
      }
    }
    return out;
  }
  test('on 3,000 random texts', () => {
    const matcher = compile(entries, []);
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(matcher.find(text), text).toEqual(naive(text));
    }
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
    ['digits and a count', '深入推进“3个100万”', ['3个100万']],
    ['N位一体 without quotes', '清新学风”四位一体建设目标', ['四位一体']],
    ['holidays and streaks are not candidates', '“七一”前夕，粮食实现“十连增”', []],
    ['idioms and proverbs are not candidates', '防止“一刀切”，“一方水土养活不了一方人”', []],
    ['reduplication is not a candidate', '一个问题一个问题地解决', []],
    ['X个YY X个YY without quotes', '实施一个龙头两个基地建设', ['一个龙头两个基地']],
    ['empty text', '', []],
  ])('%s', (_, text, expected) => {
    expect(findCandidates(text, m.find(text)).map((c) => c.text)).toEqual(expected);
  });

  test('counts aggregate by text, most frequent first, Traditional with Simplified', () => {
    const text = '“三个区分开来”“五星三名”「三個區分開來」';
    expect(countCandidates(findCandidates(text))).toEqual([
      { text: '三个区分开来', count: 2 },
      { text: '五星三名', count: 1 },
    ]);
  });

  test('offsets exclude the quotes and count UTF-16 code units', () => {
    const text = '😀打造“四区一高地”';
    expect(findCandidates(text)).toEqual([{ text: '四区一高地', start: 5, end: 10 }]);
  });
});
