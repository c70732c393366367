/** "4:05" or "1:02:03", how durations read on every phone screen. */
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

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** UNIX seconds (as the BFF sends time) in the reader's locale and time zone. */
export function formatTimestamp(unixSeconds: number): string {
  return dateTime.format(new Date(unixSeconds * 1000));
}

export function formatClockTime(unixSeconds: number): string {
  return timeOnly.format(new Date(unixSeconds * 1000));
}

/** "1 number", "3 numbers": English plurals for the counts in sentences. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

const count = new Intl.NumberFormat();
export function formatCount(value: number): string {
  return count.format(value);
}
