/** "4:05" or "1:02:03" — how call lengths read in every phone UI. */
export function formatDuration(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Aircall timestamps are UNIX seconds; shown in the agent's locale and time zone. */
export function formatTimestamp(unixSeconds: number): string {
  return dateTimeFormat.format(unixSeconds * 1000);
}

export function toIsoString(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}
