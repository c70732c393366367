/** UNIX seconds, as Aircall and our contracts count time. */
export const unixSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** The injected clock's now, in UNIX seconds. */
export const nowSeconds = (clock: { now(): number }) => Math.floor(clock.now() / 1000);

/** Aircall stamps users, teams, numbers and campaigns with ISO strings; our contracts count UNIX seconds. */
export function secondsOf(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : Math.floor(ms / 1000);
}
