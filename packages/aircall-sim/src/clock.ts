/** Wall-clock source of the simulator, in ms since the epoch. */
export interface SimClock {
  now(): number;
  /** When present, `Simulator.advance` moves this clock instead of keeping its own offset, so a clock shared
   *  with other components (a BFF under test) stays in step. */
  advance?(ms: number): void;
  /** When present, the simulator runs its due timers whenever the clock moves (see `createManualClock`). */
  subscribe?(listener: () => void): () => void;
}

export const systemClock: SimClock = { now: () => Date.now() };

export interface ManualClock extends SimClock {
  advance(ms: number): void;
  set(ms: number): void;
  subscribe(listener: () => void): () => void;
}

/** A clock that only moves when told to: what tests inject to stay deterministic. */
export function createManualClock(startMs = Date.UTC(2025, 0, 15, 12, 0, 0)): ManualClock {
  let current = startMs;
  const listeners = new Set<() => void>();
  const moveTo = (ms: number) => {
    current = ms;
    for (const listener of listeners) listener();
  };
  return {
    now: () => current,
    advance: (ms) => moveTo(current + ms),
    set: moveTo,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

interface Timer {
  id: number;
  at: number;
  run: () => void;
}

/**
 * The simulator's notion of time: the injected clock plus timers that fire when time passes. Timers run when the
 * clock moves (manual clocks), when `advance` is called, before each request (`runDue`), and — for the real system
 * clock only — on a real, unref'd timeout so a standalone server progresses on its own.
 */
export class Timeline {
  private offset = 0;
  private timers: Timer[] = [];
  private nextId = 1;
  private wakeup: NodeJS.Timeout | undefined;
  private running = false;
  /** While a timer runs, "now" is the instant it was due, so what it schedules lands where it would have. */
  private firingAt: number | undefined;
  private readonly unsubscribe: (() => void) | undefined;

  constructor(
    private readonly clock: SimClock,
    private readonly wakeWithRealTimers: boolean,
  ) {
    this.unsubscribe = clock.subscribe?.(() => this.runDue());
  }

  now(): number {
    return this.firingAt ?? this.clock.now() + this.offset;
  }

  after(delayMs: number, run: () => void): number {
    const timer = { id: this.nextId++, at: this.now() + Math.max(0, delayMs), run };
    // Keep the queue sorted by due time; timers due at the same instant fire in scheduling order.
    let index = this.timers.length;
    while (index > 0 && (this.timers[index - 1]?.at ?? 0) > timer.at) index--;
    this.timers.splice(index, 0, timer);
    this.scheduleWakeup();
    return timer.id;
  }

  cancel(id: number | undefined): void {
    if (id === undefined) return;
    this.timers = this.timers.filter((timer) => timer.id !== id);
  }

  advance(ms: number): void {
    if (this.clock.advance) this.clock.advance(ms);
    else this.offset += ms;
    this.runDue();
  }

  runDue(): void {
    if (this.running) return;
    this.running = true;
    const target = this.clock.now() + this.offset;
    try {
      for (let next = this.timers[0]; next && next.at <= target; next = this.timers[0]) {
        this.timers.shift();
        this.firingAt = next.at;
        next.run();
      }
    } finally {
      this.firingAt = undefined;
      this.running = false;
    }
    this.scheduleWakeup();
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  clear(): void {
    this.timers = [];
    clearTimeout(this.wakeup);
  }

  dispose(): void {
    this.clear();
    this.unsubscribe?.();
  }

  private scheduleWakeup(): void {
    if (!this.wakeWithRealTimers) return;
    clearTimeout(this.wakeup);
    const next = this.timers[0];
    if (!next) return;
    this.wakeup = setTimeout(() => this.runDue(), Math.max(0, next.at - this.now()));
    this.wakeup.unref();
  }
}
