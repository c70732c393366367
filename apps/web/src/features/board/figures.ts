import type { LiveFigures, TileThresholds } from '@switchboard/contracts';
import { type BoardMetric, lowerIsWorse } from '@switchboard/contracts/values';
import { useEffect, useState } from 'react';
import { useClock } from '../../lib/clock';
import { formatDuration, formatShare } from '../../lib/format';

/** How a figure stands against the company's thresholds. */
export type Tone = 'normal' | 'warn' | 'alert';

export function toneOf(metric: BoardMetric, value: number | null, thresholds: TileThresholds): Tone {
  if (value === null) return 'normal';
  const { warn, alert } = thresholds[metric];
  const past = (limit: number) => (lowerIsWorse[metric] ? value < limit : value > limit);
  if (past(alert)) return 'alert';
  return past(warn) ? 'warn' : 'normal';
}

export const toneText: Record<Tone, string | undefined> = {
  normal: undefined,
  warn: 'text-warning',
  alert: 'text-danger',
};

/** Said beside a coloured figure, so the colour is never the only sign. */
export const toneLabels: Record<Tone, string | null> = { normal: null, warn: 'Warning', alert: 'Alert' };

/** A share, or a dash when there was nothing to share out. */
export const shareOrDash = (share: number | null) => (share === null ? '—' : formatShare(share));
export const secondsOrDash = (seconds: number | null) => (seconds === null ? '—' : formatDuration(seconds));

/** Seconds the longest-waiting caller has waited at `now` (UNIX seconds). */
export function longestWait(figures: Pick<LiveFigures, 'longestWaitSince'>, now: number): number {
  return figures.longestWaitSince === null ? 0 : Math.max(0, now - figures.longestWaitSince);
}

/** The current time in UNIX seconds, re-rendering every second: waits and times in status tick on screen. */
export function useNowSeconds(): number {
  const clock = useClock();
  const [now, setNow] = useState(() => Math.floor(clock.now() / 1000));
  useEffect(
    () => clock.setTimeout(() => setNow(Math.floor(clock.now() / 1000)), 1000 - (clock.now() % 1000)),
    [clock, now],
  );
  return now;
}
