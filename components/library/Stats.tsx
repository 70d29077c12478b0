import { useMemo, useState } from 'preact/hooks';
import type { Clipping } from '@/utils/library/clipping';
import { countBy } from '@/utils/library/search';
import { monthlyCounts } from '@/utils/library/dates';
import type { Translate } from '@/utils/i18n';

const BAR = 18;
const WIDTH = 320;

/** Horizontal bars: which formulations the library holds, and how often. */
function TermBars({ counts, termName, label }: { counts: [string, number][]; termName(id: string): string; label: string }) {
  const top = counts.slice(0, 10);
  const max = Math.max(1, ...top.map(([, n]) => n));
  return (
    <svg class="chart" width={WIDTH + 140} height={top.length * BAR + 4} role="img" aria-label={label}>
      {top.map(([id, n], i) => (
        <g key={id} transform={`translate(0 ${i * BAR})`}>
          <text x={130} y={13} text-anchor="end">
            {termName(id)}
          </text>
          <rect x={136} y={3} height={BAR - 6} width={Math.max(2, (n / max) * (WIDTH - 40))} class="bar" />
          <text x={140 + (n / max) * (WIDTH - 40)} y={13}>
            {n}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Vertical bars: clippings saved per month. */
function MonthBars({ months, label }: { months: [string, number][]; label: string }) {
  const max = Math.max(1, ...months.map(([, n]) => n));
  const w = 34;
  return (
    <svg class="chart" width={months.length * w} height={130} role="img" aria-label={label}>
      {months.map(([m, n], i) => {
        const h = (n / max) * 90;
        return (
          <g key={m} transform={`translate(${i * w} 0)`}>
            <title>{`${m}: ${n}`}</title>
            <rect x={4} y={100 - h} width={w - 8} height={Math.max(h, n ? 2 : 0)} class="bar" />
            <text x={w / 2} y={96 - h} text-anchor="middle">
              {n || ''}
            </text>
            <text x={w / 2} y={118} text-anchor="middle" class="axis">
              {m.slice(5)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface StatsProps {
  clippings: readonly Clipping[];
  termName(id: string): string;
  t: Translate;
}

/** The library at a glance, following the current search and filters; counted only while open. */
export function Stats({ clippings, termName, t }: StatsProps) {
  const [open, setOpen] = useState(false);
  const figures = useMemo(
    () => (open ? { terms: countBy(clippings, (c) => c.terms), months: monthlyCounts(clippings.map((c) => c.createdAt)) } : undefined),
    [open, clippings],
  );
  return (
    <details class="stats" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('stats')}</summary>
      {figures && (
        <>
          <h3>{t('statsTerms')}</h3>
          <TermBars counts={figures.terms} termName={termName} label={t('statsTerms')} />
          <h3>{t('statsMonths')}</h3>
          <MonthBars months={figures.months} label={t('statsMonths')} />
        </>
      )}
    </details>
  );
}
