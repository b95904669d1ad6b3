import { stringify } from 'csv-stringify/sync';
import { germanCents } from '../../common/money';

/**
 * Export sheets as data, and their CSV form in German conventions: ';' between fields (Excel in a German
 * locale reads ',' as the decimal mark), a UTF-8 BOM so Excel detects the encoding, amounts as 1.234,56 and
 * dates as 31.12.2027. The XLSX writer takes the same sheet and writes real numbers and dates instead.
 */
export type Cell =
  | { kind: 'text'; value: string }
  | { kind: 'money'; cents: string }
  | { kind: 'date'; value: string }
  | { kind: 'int'; value: number }
  | null;

export interface Sheet {
  name: string;
  columns: { header: string; width?: number }[];
  rows: Cell[][];
}

export const text = (value: string | null | undefined): Cell =>
  value === null || value === undefined ? null : { kind: 'text', value };
export const money = (cents: string | bigint | null | undefined): Cell =>
  cents === null || cents === undefined ? null : { kind: 'money', cents: String(cents) };
export const date = (value: string | null | undefined): Cell => (value ? { kind: 'date', value } : null);
export const int = (value: number | null | undefined): Cell =>
  value === null || value === undefined ? null : { kind: 'int', value };

/** A YYYY-MM-DD date as German "31.12.2027". */
export function germanDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`date must be YYYY-MM-DD, got ${iso}`);
  return `${match[3]}.${match[2]}.${match[1]}`;
}

/** A text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  switch (cell.kind) {
    case 'text':
      return safeText(cell.value);
    case 'money':
      return germanCents(cell.cents);
    case 'date':
      return germanDate(cell.value);
    case 'int':
      return String(cell.value);
  }
}

export function csvOf(sheet: Sheet): string {
  return stringify([sheet.columns.map((c) => c.header), ...sheet.rows.map((row) => row.map(csvCell))], {
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
  });
}
