/** "4:05" or "1:02:03", how durations read on every phone screen. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
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

const count = new Intl.NumberFormat();
export function formatCount(value: number): string {
  return count.format(value);
}
