/** "4:05" or "1:02:03" — how call lengths read in every phone UI. */
export function formatDuration(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

// Aircall timestamps are UNIX seconds; they show in the agent's locale and time zone, with the year only when needed.
const dateThisYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const dateOtherYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

const toDate = (unixSeconds: number) => new Date(unixSeconds * 1000);

export function formatDate(unixSeconds: number, now = new Date()): string {
  const date = toDate(unixSeconds);
  return (date.getFullYear() === now.getFullYear() ? dateThisYear : dateOtherYear).format(date);
}

export function formatTime(unixSeconds: number): string {
  return time.format(toDate(unixSeconds));
}

export function formatTimestamp(unixSeconds: number, now = new Date()): string {
  return `${formatDate(unixSeconds, now)}, ${formatTime(unixSeconds)}`;
}

export function toIsoString(unixSeconds: number): string {
  return toDate(unixSeconds).toISOString();
}
