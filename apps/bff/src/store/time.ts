/** Time as the store sees it; tests inject it, so that expiries, windows and leases never wait for real. */
export interface StoreClock {
  /** Epoch milliseconds. */
  now(): number;
  date(): Date;
}

export function storeClock(clock: { now(): number } = { now: Date.now }): StoreClock {
  return { now: () => clock.now(), date: () => new Date(clock.now()) };
}
