import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { ChartSpec } from '../chart-spec';

/** Value formats for charts in the reader's language: euros (compact on the axis), counts, basis points as percent. */
export function useChartFormat() {
  const { i18n } = useTranslation();
  const format = useFormat();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const compactEuro = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    const euro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    const percent = new Intl.NumberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const euros: ChartSpec['format'] = { axis: (v) => compactEuro.format(v), full: (v) => euro.format(v) };
    const count: ChartSpec['format'] = { axis: (v) => format.integer(v), full: (v) => format.integer(v) };
    // Drawn values of shares are basis points; the label shows them as a percentage.
    const basisPoints: ChartSpec['format'] = {
      axis: (v) => percent.format(v / 10000),
      full: (v) => percent.format(v / 10000),
    };
    return { euros, count, basisPoints, percentText: (bp: number) => percent.format(bp / 10000), cents: format.euros };
  }, [locale, format]);
}
