import { describe, expect, test } from 'vitest';
import { sentenceAround } from './sentence';

describe('sentenceAround', () => {
  test.each([
    ['middle sentence', '第一句。要做到两个维护，坚定信心。第三句。', '两个维护', '要做到两个维护，坚定信心。'],
    ['first sentence', '做到两个维护！后面', '两个维护', '做到两个维护！'],
    ['no end mark', '  做到两个维护', '两个维护', '做到两个维护'],
    ['line break ends a sentence', '标题\n做到两个维护\n下一行', '两个维护', '做到两个维护\n'],
    ['term at the very end', '反对四风', '四风', '反对四风'],
  ])('%s', (_, text, term, sentence) => {
    const at = text.indexOf(term);
    const r = sentenceAround(text, at, at + term.length);
    expect(text.slice(r.start, r.end)).toBe(sentence);
  });

  test('a sentence without ends is cut at the limit', () => {
    const text = '很长'.repeat(1000) + '两个维护' + '很长'.repeat(1000);
    const at = text.indexOf('两个维护');
    const r = sentenceAround(text, at, at + 4, 50);
    expect(r.end - r.start).toBeLessThanOrEqual(104);
  });
});
