/** What a chart draws: one row per category (a year, a stage, a contributor), one number per series. */
export interface ChartSeries {
  key: string;
  label: string;
}

export type ChartDatum = { label: string } & Record<string, string | number>;

export interface ChartSpec {
  /** `bars`: grouped columns; `lines`: a line per series; `shares`: one horizontal bar per row, labelled at its end. */
  kind: 'bars' | 'lines' | 'shares';
  data: ChartDatum[];
  series: ChartSeries[];
  /** Formats a drawn value for the axis (compact) and the tooltip and bar labels (full). */
  format: { axis: (value: number) => string; full: (value: number) => string };
}

/**
 * Integer cents as a number of euros, for drawing only: a chart needs numbers and a pixel cannot show a cent.
 * The exact figures stay in the data table, formatted from the cents string.
 */
export function centsForDrawing(cents: string): number {
  return Number(cents) / 100;
}

/**
 * Shares of a total in basis points (hundredths of a percent) by largest remainder, so they add up to 10000
 * exactly; all zero when the total is. Exact on decimal cents strings.
 */
export function shareBasisPoints(cents: readonly string[]): number[] {
  const amounts = cents.map((c) => BigInt(c));
  const total = amounts.reduce((sum, c) => sum + c, 0n);
  if (total <= 0n) return amounts.map(() => 0);
  const raw = amounts.map((c) => ({ floor: (c * 10000n) / total, rest: (c * 10000n) % total }));
  let left = 10000n - raw.reduce((sum, r) => sum + r.floor, 0n);
  const order = raw
    .map((_, i) => i)
    .sort((a, b) => (raw[b].rest > raw[a].rest ? 1 : raw[b].rest < raw[a].rest ? -1 : a - b));
  const result = raw.map((r) => r.floor);
  for (const i of order) {
    if (left <= 0n) break;
    result[i] += 1n;
    left -= 1n;
  }
  return result.map(Number);
}
