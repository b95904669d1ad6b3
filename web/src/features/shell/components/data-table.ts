/**
 * The pure parts of `DataTable`: which KERN classes a cell gets, and when a table is wider than its region.
 * Kept free of React so they can be tested in the `web` unit project (node environment).
 */

/** Numbers are right-aligned with tabular figures; actions sit at the row's end. */
export type ColumnKind = 'text' | 'numeric' | 'action';

function classes(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** Classes of a column header (`<th scope="col">`). */
export function headerClassName(kind: ColumnKind = 'text', extra?: string): string {
  return classes(
    'kern-table__header',
    kind === 'numeric' && 'kern-table__header--numeric',
    kind === 'action' && 'kern-table__header--action',
    extra,
  );
}

/**
 * Classes of a body cell. A row header (`<th scope="row">`) keeps KERN's header weight; numeric and action
 * modifiers apply to both.
 */
export function cellClassName(kind: ColumnKind = 'text', rowHeader = false, extra?: string): string {
  const base = rowHeader ? 'kern-table__header' : 'kern-table__cell';
  return classes(
    base,
    kind === 'numeric' && `${base}--numeric`,
    kind === 'action' && `${base}--action`,
    'data-table__cell',
    extra,
  );
}

/**
 * Whether the table is cut by its scroll region. Browsers round widths to whole pixels differently, so one
 * pixel of difference is not an overflow (it would show the hint on tables that fit).
 */
export function overflowsHorizontally(scrollWidth: number, clientWidth: number): boolean {
  return scrollWidth - clientWidth > 1;
}
