/*
 * How the console writes numbers, durations and times: one module, so every page says "4:05" and "Mar 3, 14:05" alike.
 * Aircall's timestamps are UNIX seconds; they show in the reader's locale and time zone.
 */

/** "4:05" or "1:02:03", how call lengths read on every phone screen. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Summed time as people say it: "26 h 5 min", "45 min", "30 s". */
export function formatHours(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return minutes > 0 ? `${minutes} min` : `${Math.round(totalSeconds)} s`;
}

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
/** A share from 0 to 1 as "12.5 %" in the reader's locale. */
export function formatShare(share: number): string {
  return percent.format(share);
}

const count = new Intl.NumberFormat();
export function formatCount(value: number): string {
  return count.format(value);
}

/** "1 number", "3 numbers": English plurals for the counts in sentences. */
export function plural(value: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(value)} ${value === 1 ? singular : pluralForm}`;
}

const dateThisYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const dateOtherYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const timeWithSeconds = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

const toDate = (unixSeconds: number) => new Date(unixSeconds * 1000);

/** "Mar 3" this year, "Mar 3, 2025" otherwise. */
export function formatDate(unixSeconds: number, now = new Date()): string {
  const date = toDate(unixSeconds);
  return (date.getFullYear() === now.getFullYear() ? dateThisYear : dateOtherYear).format(date);
}

/** "14:05" (or "2:05 PM"). */
export function formatTime(unixSeconds: number): string {
  return time.format(toDate(unixSeconds));
}

/** "14:05:09": a moment that changes by the second (availability since, a live board's last update). */
export function formatClockTime(unixSeconds: number): string {
  return timeWithSeconds.format(toDate(unixSeconds));
}

/** "Mar 3, 14:05", with the year only when it is not this year's. */
export function formatTimestamp(unixSeconds: number, now = new Date()): string {
  return `${formatDate(unixSeconds, now)}, ${formatTime(unixSeconds)}`;
}

/** For `<time dateTime>`. */
export function toIsoString(unixSeconds: number): string {
  return toDate(unixSeconds).toISOString();
}
