export interface SliceOptions {
  /** Longest stretch of work before the page gets the main thread back. */
  budgetMs?: number;
  now?: () => number;
  /** How the next slice is scheduled. */
  post?: (run: () => void) => void;
}

/**
 * Runs `step` repeatedly in slices of at most `budgetMs`, yielding to the page between them, until it
 * reports that nothing is left. `schedule` starts it again when new work arrives.
 */
export function sliced(step: () => boolean, { budgetMs = 8, now = () => performance.now(), post = (run) => void setTimeout(run, 0) }: SliceOptions = {}) {
  let scheduled = false;
  let stopped = false;
  const run = () => {
    scheduled = false;
    if (stopped) return;
    const end = now() + budgetMs;
    while (now() < end) if (!step()) return;
    schedule();
  };
  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    post(run);
  };
  return {
    schedule,
    stop() {
      stopped = true;
    },
  };
}
