import { describe, expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Clipping } from '../clipping';
import { hashText, pageKey, siteOf } from '../make-clipping';
import { textFragmentUrl } from '../text-fragment';
import { csvCell, exportCsv, type CsvHeaders } from './csv';
import { BACKUP_FORMAT, BACKUP_VERSION, exportJson } from './json';
import { escapeInline, exportMarkdown, exportObsidianZip, mdLink, noteFileName } from './markdown';

function clip(over: Partial<Clipping> = {}): Clipping {
  const exact = over.exact ?? '坚决做到两个维护';
  const url = over.url ?? 'https://www.12371.cn/a.html';
  return {
    id: 'id-1', exact, prefix: '我们要', suffix: '。', url, title: '党建网', site: siteOf(url),
    createdAt: Date.UTC(2024, 4, 6, 7, 8, 9), updatedAt: Date.UTC(2024, 4, 6, 7, 8, 9),
    terms: ['liang-ge-weihu'], tags: ['学习', '2024'], note: '',
    ...over, key: pageKey(url) + '\n' + hashText(exact),
  };
}
const termName = (id: string) => ({ 'liang-ge-weihu': '两个维护', 'si-ge-yishi': '四个意识' })[id] ?? id;
const headers: CsvHeaders = { time: '时间', site: '网站', title: '标题', url: '网址', link: '链接', text: '摘录', terms: '提法', tags: '标签', note: '笔记' };
const labels = { title: '摘录', source: '来源', saved: '保存于', terms: '提法', tags: '标签', note: '笔记' };

/** Minimal RFC 4180 reader, strict enough to catch a cell that leaks out of its quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const re = /"((?:[^"]|"")*)"(,|\r\n)/gy;
  let row: string[] = [];
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(text))) {
    row.push(m[1].replace(/""/g, '"'));
    if (m[2] === '\r\n') rows.push(row), (row = []);
    last = re.lastIndex;
  }
  expect(last).toBe(text.length);
  return rows;
}

describe('exportJson', () => {
  test('envelope, count, and every field of every clipping, nothing more', () => {
    const extra = { ...clip(), injected: '<x>' } as Clipping;
    const data = JSON.parse(exportJson([extra, clip({ id: 'id-2', exact: '四个意识' })], () => Date.UTC(2025, 0, 2)));
    expect(data).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2025-01-02T00:00:00.000Z', count: 2 });
    expect(data.clippings[0]).toEqual(clip());
    expect(Object.keys(data)).toEqual(['format', 'version', 'exportedAt', 'count', 'clippings']);
  });

  test('lone surrogates and emoji survive the round trip', () => {
    const c = clip({ exact: 'a\ud800b😀', note: '\udc00' });
    expect(JSON.parse(exportJson([c])).clippings[0]).toEqual(c);
  });
});

describe('exportCsv', () => {
  const csv = exportCsv([clip({ note: 'line1\nline2 "quoted", comma' })], termName, headers);

  test('starts with a BOM, ends rows with CRLF, header row translated', () => {
    expect(csv.startsWith('\uFEFF"时间","网站"')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [head, row] = parseCsv(csv.slice(1));
    expect(head).toEqual(Object.values(headers));
    expect(row).toEqual([
      '2024-05-06T07:08:09.000Z', 'www.12371.cn', '党建网', 'https://www.12371.cn/a.html', textFragmentUrl(clip()),
      '坚决做到两个维护', '两个维护', '学习, 2024', 'line1\nline2 "quoted", comma',
    ]);
  });

  test('several formulations joined with the Chinese enumeration comma', () => {
    const [, row] = parseCsv(exportCsv([clip({ terms: ['liang-ge-weihu', 'si-ge-yishi'] })], termName, headers).slice(1));
    expect(row[6]).toBe('两个维护、四个意识');
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['  =cmd|\' /C calc\'!A0', "'  =cmd|' /C calc'!A0"],
    ['\n-2', "'\n-2"],
    ['a=1', 'a=1'],
    ['两个维护 😀 שלום', '两个维护 😀 שלום'],
    ['', ''],
    ['"', '"'],
  ])('cell %j is written as %j', (value, expected) => {
    expect(parseCsv(csvCell(value) + '\r\n')[0][0]).toBe(expected);
    const [, row] = parseCsv(exportCsv([clip({ title: value, note: value })], termName, headers).slice(1));
    expect([row[2], row[8]]).toEqual([expected, expected]);
  });

  test('a timestamp no Date can hold does not throw', () => {
    expect(() => exportCsv([clip({ createdAt: 1e300 })], termName, headers)).not.toThrow();
  });
});

describe('Markdown escaping', () => {
  test.each([
    ['<script>alert(1)</script>', /<script/],
    ['<img src=x onerror=alert(1)>', /<img/],
    ['[x](javascript:alert(1))', /\]\(/],
    ['![x](http://evil/p.png)', /!\[/],
    ['**bold** _it_ `code` ~~s~~', /(?<!\\)[*_`~]/],
    ['$x^2$ %%hidden%% ==mark==', /(?<!\\)[$%=^]/],
    ['&lt;b&gt;', /&lt;b/],
  ])('%j renders no markup', (text, forbidden) => {
    const out = escapeInline(text);
    expect(out).not.toMatch(forbidden);
    expect(out).not.toMatch(/[<>]/);
  });

  test('passage: every line quoted, line-start markup neutralised', () => {
    const md = exportMarkdown([clip({ exact: '# heading\n- item\n1. first\n    code\n\n> nested\n===' })], termName, labels);
    const quoted = md.split('\n').filter((l) => l.startsWith('>'));
    // Two trailing spaces are a hard line break, so the passage keeps its lines.
    expect(quoted).toEqual([
      '> \\# heading  ', '> \\- item  ', '> 1\\. first  ', '> &#32;&#32;&#32;&#32;code  ', '>  ', '> &gt; nested  ', '> \\=\\=\\=',
    ]);
  });

  test('document: title heading, sections, labels, formulations, tags, note', () => {
    const md = exportMarkdown([clip({ note: '读后感\n第二行', title: 'Title # [1]' }), clip({ id: 'b', title: '', exact: 'x' })], termName, labels);
    expect(md.startsWith('# 摘录\n\n## Title \\# \\[1\\]\n\n> 坚决做到两个维护\n')).toBe(true);
    expect(md).toContain(`- 来源: <${textFragmentUrl(clip())}>`);
    expect(md).toContain('- 保存于: 2024-05-06T07:08:09.000Z');
    expect(md).toContain('- 提法: 两个维护\n- 标签: 学习, 2024');
    expect(md).toContain('**笔记**\n\n读后感  \n第二行');
    expect(md).toContain('## www.12371.cn');
  });

  test.each([
    ['https://a.example/x y<z>', '<https://a.example/x%20y%3Cz%3E>'],
    ['HTTP://a.example/', '<HTTP://a.example/>'],
    ['javascript:alert(1)', 'javascript:alert\\(1\\)'],
    ['data:text/html,<b>', 'data:text/html,&lt;b&gt;'],
    ['https://', 'https://'],
  ])('link %j → %j', (url, expected) => {
    expect(mdLink(url)).toBe(expected);
  });
});

describe('Obsidian zip', () => {
  const frontMatter = (note: string) => {
    const [, fm] = note.split('---\n');
    return Object.fromEntries(fm.trim().split('\n').map((l) => {
      const i = l.indexOf(': ');
      return [l.slice(0, i), JSON.parse(l.slice(i + 2))];
    }));
  };
  const hostile = clip({ id: 'h', title: 'a/b\\c:d*e?f"g<h>i|j\nk\u0000l#m^[n]', url: 'https://x.example/p?q="1"', tags: ['"quoted"', 'new\nline', '\u2028'], note: '<script>x</script>' });
  const files = unzipSync(exportObsidianZip([clip(), clip({ id: '2', exact: '其二' }), clip({ id: '3', title: '党建网'.toUpperCase() }), hostile], termName));
  const names = Object.keys(files);

  test('one note per clipping, unique names, illegal characters replaced', () => {
    expect(names).toEqual(['2024-05-06 党建网.md', '2024-05-06 党建网 (2).md', '2024-05-06 党建网 (3).md', '2024-05-06 a_b_c_d_e_f_g_h_i_j_k_l_m__n_.md']);
  });

  test('front matter parses back to the clipping', () => {
    const note = strFromU8(files[names[3]]);
    expect(note.startsWith('---\ntitle: ')).toBe(true);
    expect(frontMatter(note)).toEqual({
      title: hostile.title, source: hostile.url, link: textFragmentUrl(hostile), site: 'x.example',
      saved: '2024-05-06T07:08:09.000Z', formulations: ['两个维护'], tags: hostile.tags,
    });
    expect(note).not.toContain('\u2028');
    expect(note).toContain('\n> 坚决做到两个维护\n\n&lt;script&gt;x&lt;/script&gt;\n');
  });

  test('output is byte-identical across runs', () => {
    expect(exportObsidianZip([clip()], termName)).toEqual(exportObsidianZip([clip()], termName));
  });

  test.each([
    ['😀'.repeat(40), '😀'.repeat(30)],
    ['   ', 'clipping'],
    ['\ud800x', '_x'],
  ])('title %j gives stem %j', (title, stem) => {
    expect(noteFileName({ title, exact: title, createdAt: 0 }, new Set())).toBe(`1970-01-01 ${stem}.md`);
  });
});
