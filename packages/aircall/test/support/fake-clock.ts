import type { Clock } from '../../src';

interface Timer {
  at: number;
  fire(): void;
}

export interface FakeClock extends Clock {
  /** Moves time forward, firing due sleeps in order and letting the work they wake up run. */
  advance(ms: number): Promise<void>;
  /** Lets `promise` run, jumping time to each next sleep whenever nothing else can progress. */
  run<T>(promise: Promise<T>): Promise<T>;
  /** Sleeps not yet fired. */
  pendingSleeps(): number[];
}

/** Lets promise chains and in-process I/O (msw, the simulator) progress without moving time. */
async function settle(): Promise<void> {
  for (let round = 0; round < 20; round += 1) await new Promise((resolve) => setImmediate(resolve));
}

export function createFakeClock(start = Date.UTC(2025, 0, 15, 12, 0, 0)): FakeClock {
  let current = start;
  const timers: Timer[] = [];
  const earliest = () =>
    timers.reduce<Timer | undefined>((first, t) => (!first || t.at < first.at ? t : first), undefined);
  const fire = (timer: Timer) => {
    timers.splice(timers.indexOf(timer), 1);
    current = Math.max(current, timer.at);
    timer.fire();
  };

  return {
    now: () => current,
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        const timer: Timer = {
          at: current + Math.max(0, ms),
          fire: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          if (timers.includes(timer)) timers.splice(timers.indexOf(timer), 1);
          resolve();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        timers.push(timer);
      }),
    async advance(ms) {
      const target = current + ms;
      await settle();
      for (let next = earliest(); next && next.at <= target; next = earliest()) {
        fire(next);
        await settle();
      }
      current = target;
      await settle();
    },
    async run(promise) {
      let done = false;
      const tracked = promise.finally(() => {
        done = true;
      });
      tracked.catch(() => {});
      for (let idle = 0; idle < 50; ) {
        await settle();
        if (done) return tracked;
        const next = earliest();
        if (next) {
          fire(next);
          idle = 0;
        } else {
          idle += 1;
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
      }
      throw new Error('FakeClock.run: the promise neither settled nor slept');
    },
    pendingSleeps: () => timers.map((timer) => timer.at - current).sort((a, b) => a - b),
  };
}
