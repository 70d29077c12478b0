import { expect, test } from 'vitest';
import { sliced } from './slices';

/** A clock that advances only when work is done, and a scheduler that queues slices for the test to run. */
function harness(costPerStep: number, steps: number) {
  let time = 0;
  let left = steps;
  const posted: (() => void)[] = [];
  const slicesRun: number[] = [];
  let inSlice = 0;
  const runner = sliced(
    () => {
      time += costPerStep;
      inSlice++;
      return --left > 0;
    },
    { budgetMs: 8, now: () => time, post: (run) => posted.push(run) },
  );
  const runAll = () => {
    while (posted.length) {
      inSlice = 0;
      posted.shift()!();
      slicesRun.push(inSlice);
    }
  };
  return { runner, runAll, slicesRun, posted, left: () => left };
}

test.each([
  [1, 100, 13], // 8 steps of 1 ms per slice
  [3, 10, 4],
  [20, 3, 3], // a step longer than the budget still runs, alone
])('steps of %i ms × %i run in %i slices, each ending with the step that crosses the budget', (cost, steps, slices) => {
  const h = harness(cost, steps);
  h.runner.schedule();
  h.runner.schedule(); // scheduling twice queues one slice
  expect(h.posted).toHaveLength(1);
  h.runAll();
  expect(h.left()).toBe(0);
  expect(h.slicesRun).toHaveLength(slices);
  for (const n of h.slicesRun) expect((n - 1) * cost).toBeLessThan(8);
});

test('stop() ends the work between slices', () => {
  const stopped = harness(1, 100);
  stopped.runner.schedule();
  stopped.runner.stop();
  stopped.runAll();
  expect(stopped.left()).toBe(100);
});
