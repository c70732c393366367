/** "4:05" or "1:02:03" — how call lengths read in every phone UI. */
export function formatDuration(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

const thisYearFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const otherYearFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Aircall timestamps are UNIX seconds; shown in the agent's locale and time zone, with the year only when needed. */
export function formatTimestamp(unixSeconds: number, now = new Date()): string {
  const date = new Date(unixSeconds * 1000);
  return (date.getFullYear() === now.getFullYear() ? thisYearFormat : otherYearFormat).format(date);
}

export function toIsoString(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}
