/** Calendar days and hours in an IANA time zone, for figures "by day" and "by hour" as the supervisor lives them. */
export function zonedCalendar(timeZone: string) {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });

  function wallClock(seconds: number) {
    const parts = Object.fromEntries(format.formatToParts(seconds * 1000).map((part) => [part.type, part.value]));
    return {
      date: `${parts.year}-${parts.month}-${parts.day}`,
      hour: Number(parts.hour),
      /** The wall-clock time read as if it were UTC, in seconds: its difference to `seconds` is the zone's offset. */
      asUtc:
        Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour)) / 1000 +
        Number(parts.minute) * 60 +
        Number(parts.second),
    };
  }

  return {
    /** The day (YYYY-MM-DD) and hour (0–23) of a UNIX time in the zone. */
    dateOf: (seconds: number) => wallClock(seconds).date,
    hourOf: (seconds: number) => wallClock(seconds).hour,

    /** UNIX seconds of the midnight that starts `seconds`' day in the zone. */
    startOfDay(seconds: number): number {
      const { date } = wallClock(seconds);
      const midnightAsUtc = Date.parse(`${date}T00:00:00Z`) / 1000;
      // The offset at midnight may differ from the offset now (a DST change during the day): settle it twice.
      let guess = midnightAsUtc - (wallClock(seconds).asUtc - seconds);
      guess = midnightAsUtc - (wallClock(guess).asUtc - guess);
      return guess;
    },

    /** Every day from the one holding `from` to the one holding `to`, both included. */
    daysBetween(from: number, to: number): string[] {
      const days: string[] = [];
      const last = wallClock(to).date;
      for (let day = wallClock(from).date; day <= last; day = nextDay(day)) days.push(day);
      return days;
    },
  };
}

export type ZonedCalendar = ReturnType<typeof zonedCalendar>;

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
