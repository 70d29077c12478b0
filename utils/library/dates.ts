/** Local midnight of a `YYYY-MM-DD` date input, or undefined when empty or invalid. */
export function dayStart(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return Number.isNaN(t) ? undefined : t;
}

/** The first moment after the given day (for an inclusive "to" date). */
export function dayEnd(value: string): number | undefined {
  const start = dayStart(value);
  if (start === undefined) return undefined;
  const d = new Date(start);
  d.setDate(d.getDate() + 1);
  return d.getTime();
}

/** `YYYY-MM` in local time. */
export function monthOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** Clippings per month for the last `months` months, oldest first, empty months included. */
export function monthlyCounts(times: Iterable<number>, months = 12, now: () => number = Date.now): [string, number][] {
  const d = new Date(now());
  // Month boundaries as numbers: comparing is far cheaper than a Date per clipping on 100,000 of them.
  const starts = Array.from({ length: months + 1 }, (_, i) => new Date(d.getFullYear(), d.getMonth() - months + 1 + i, 1).getTime());
  const counts = new Array<number>(months).fill(0);
  for (const t of times) {
    if (t < starts[0] || t >= starts[months]) continue;
    let i = months - 1;
    while (t < starts[i]) i--;
    counts[i]++;
  }
  return counts.map((n, i) => [monthOf(starts[i]), n]);
}
