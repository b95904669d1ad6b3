import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { centsToDecimal } from '../shared/money';

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Number and date formatting in the current language through Intl: "245.310" and "01.03.2019" in German,
 * "245,310" and "Mar 1, 2019" in English. Instants (DateTime) are shown in the reader's time zone.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    // A LocalDate has no time zone; formatting it as a UTC midnight keeps the day from shifting.
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const dayOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const monthOnly = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const euro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    return {
      integer: (value: number): string => integer.format(value),
      /** Formats a GraphQL LocalDate ("2019-03-01"); returns the input unchanged if it is not one. */
      localDate: (value: string): string => {
        const match = localDatePattern.exec(value);
        if (!match) return value;
        const [, year, month, day] = match;
        return date.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
      },
      /** Formats a GraphQL DateTime ("2026-03-01T09:30:00.000Z"); returns the input unchanged if it is not one. */
      dateTime: (value: string): string => formatInstant(dateTime, value),
      /** The day (in the reader's time zone) of a GraphQL DateTime, e.g. "22.11.2026" for "since when". */
      day: (value: string): string => formatInstant(dayOnly, value),
      /** The name of a month, 1 = January: "März" in German, "March" in English. */
      month: (month: number): string => monthOnly.format(new Date(Date.UTC(2000, month - 1, 1))),
      /** Integer cents from the API ("150050", or a number) in euros: "1.500,50 €" in German, "€1,500.50" in English. */
      euros: (cents: string | number): string => {
        const text = String(cents);
        if (!/^-?\d+$/.test(text)) return text;
        // A decimal string keeps every digit exact (Intl formats strings without going through a float).
        return euro.format(centsToDecimal(text));
      },
    };
  }, [locale]);
}

function formatInstant(format: Intl.DateTimeFormat, value: string): string {
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : format.format(instant);
}
