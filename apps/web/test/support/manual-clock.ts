import { act } from '@testing-library/react';
import type { Clock } from '../../src/lib/clock';

interface Timer {
  at: number;
  callback: () => void;
}

/** A clock that only moves when the test says so. */
export function createManualClock(start = 1_760_000_000_000): Clock & { advance(ms: number): void } {
  let now = start;
  const timers = new Set<Timer>();
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const timer = { at: now + ms, callback };
      timers.add(timer);
      return () => timers.delete(timer);
    },
    /** Moves time forward, firing due timers one by one (each may schedule the next) inside act(). */
    advance(ms) {
      const target = now + ms;
      for (;;) {
        const due = [...timers].filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers.delete(due);
        now = due.at;
        act(() => due.callback());
      }
      now = target;
    },
  };
}
