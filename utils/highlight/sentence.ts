const END = /[。！？!?；;\n]/;

/** The sentence around [start, end) in `text`: from after the previous sentence end to the next one, inclusive. */
export function sentenceAround(text: string, start: number, end: number, max = 300): { start: number; end: number } {
  let s = start;
  while (s > 0 && !END.test(text[s - 1]) && start - s < max) s--;
  let e = end;
  while (e < text.length && !END.test(text[e - 1] ?? '') && e - end < max) e++;
  while (s < e && /\s/.test(text[s])) s++;
  return { start: s, end: e };
}
