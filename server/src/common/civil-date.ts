/**
 * The civil date the product uses. Partnerships are German public bodies: a booking date, a deadline day, the day a
 * membership or seat starts or ends is the calendar day in Europe/Berlin, not in UTC (between midnight and 01:00 or
 * 02:00 Berlin time the two differ). Every "today" on the server comes from here.
 */
export const CIVIL_TIME_ZONE = 'Europe/Berlin';

// en-CA formats a date as YYYY-MM-DD.
const civilDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: CIVIL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Berlin calendar day of an instant, as a LocalDate ("2026-12-03"). */
export function civilDate(instant: Date): string {
  return civilDay.format(instant);
}

/** Today's Berlin calendar day as a LocalDate, e.g. for a membership or a seat that starts or ends now. */
export function today(): string {
  return civilDate(new Date());
}
