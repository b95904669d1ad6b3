/** Dates as the portal's date inputs want them: in the reader's time zone, not UTC. */

const pad = (value: number) => String(value).padStart(2, '0');

/** A value for <input type="datetime-local">, in the reader's time zone. */
export function localDateTime(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Today in the reader's time zone as YYYY-MM-DD, the default date of a booking. */
export function localToday(): string {
  return localDateTime(new Date()).slice(0, 'YYYY-MM-DD'.length);
}

/** A datetime-local value some days ahead at a given hour, e.g. the default start of a new session. */
export function daysAhead(days: number, hour?: number): string {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  if (hour !== undefined) date.setHours(hour, 0, 0, 0);
  else date.setSeconds(0, 0);
  return localDateTime(date);
}
