import { lazy, type ReactNode, Suspense } from 'react';
import { Skeleton } from '../../components/ui/skeleton';

const charts = () => import('./charts');

/** Each chart is split from the page: recharts is far larger than a route chunk may be. */
export const VolumeByDayChart = lazy(() => charts().then((module) => ({ default: module.VolumeByDayChart })));
export const VolumeByHourChart = lazy(() => charts().then((module) => ({ default: module.VolumeByHourChart })));
export const OutcomesByDayChart = lazy(() => charts().then((module) => ({ default: module.OutcomesByDayChart })));
export const MissedReasonsChart = lazy(() => charts().then((module) => ({ default: module.MissedReasonsChart })));
export const TalkTimeChart = lazy(() => charts().then((module) => ({ default: module.TalkTimeChart })));

/**
 * A chart with its title, and a sentence that says what it shows for screen readers (the drawing itself is hidden
 * from them; the tables below give the exact figures).
 */
export function ChartFigure({ title, summary, children }: { title: string; summary: string; children: ReactNode }) {
  return (
    <figure className="flex flex-col gap-2 rounded-lg border border-border bg-card p-4">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <p className="sr-only">{summary}</p>
      <div aria-hidden className="min-h-60">
        <Suspense fallback={<Skeleton className="h-60 w-full" />}>{children}</Suspense>
      </div>
    </figure>
  );
}
