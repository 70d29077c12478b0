import { expect, test } from 'vitest';
import { placeButton } from './save-button';

const size = { width: 80, height: 26 };
const view = { width: 1000, height: 700 };
const overlaps = (b: { top: number; left: number }, r: { top: number; bottom: number; left: number; right: number }) =>
  b.left < r.right && b.left + size.width > r.left && b.top < r.bottom && b.top + size.height > r.top;

test.each([
  ['under the last line, right-aligned to its end', { top: 100, bottom: 120, left: 50, right: 400 }, { top: 126, left: 320 }],
  ['above the first line when there is no room below', { top: 660, bottom: 690, left: 50, right: 400 }, { top: 628, left: 320 }],
  ['kept inside the left edge', { top: 100, bottom: 120, left: 0, right: 30 }, { top: 126, left: 6 }],
  ['kept inside the right edge', { top: 100, bottom: 120, left: 900, right: 1000 }, { top: 126, left: 914 }],
])('%s', (_name, sel, expected) => {
  const b = placeButton(sel, sel, size, view);
  expect(b).toEqual(expected);
  expect(overlaps(b, sel)).toBe(false);
});

test('a selection that fills the screen gets the button at the bottom edge rather than off screen', () => {
  const b = placeButton({ top: 0 }, { bottom: 700, right: 500 }, size, view);
  expect(b.top).toBe(700 - 26 - 6);
  expect(b.top).toBeGreaterThanOrEqual(0);
});
