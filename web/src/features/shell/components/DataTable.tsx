import type { ReactNode } from 'react';
import { cellClassName, headerClassName, type ColumnKind } from './data-table';
import { TableRegion } from './TableRegion';

export interface DataTableColumn<Row> {
  /** Stable key of the column. */
  id: string;
  /** The column's header; also the label of each cell in the stacked layout, so it is plain text. */
  header: string;
  /** Richer header content, when the plain header is not enough (e.g. with an abbreviation). */
  headerContent?: ReactNode;
  cell: (row: Row) => ReactNode;
  /** `numeric`: right-aligned with tabular figures; `action`: buttons at the row's end. */
  kind?: ColumnKind;
  /** The cell names its row (`<th scope="row">`). */
  rowHeader?: boolean;
  className?: string;
}

interface DataTableProps<Row> {
  caption: string;
  /** The caption is read by screen readers and names the scroll region, but is not shown. */
  captionHidden?: boolean;
  /** `false` leaves a column out, so conditional columns can be written inline. */
  columns: readonly (DataTableColumn<Row> | false)[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** A main list: on narrow screens each row becomes a card, each cell labelled with its column header. */
  stacked?: boolean;
  /** Rows of the table's foot (`<tr>` elements), e.g. totals. */
  footer?: ReactNode;
  className?: string;
}

/**
 * Every table of the portal: KERN's classes on each element, numeric columns right-aligned with tabular
 * figures, inside `TableRegion` (caption, keyboard-scrollable region, hint when cut). Main lists may be
 * `stacked`: cards on a phone, each cell labelled with its column header.
 */
export function DataTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  stacked = false,
  footer,
  className,
}: DataTableProps<Row>) {
  const shown = columns.filter((column): column is DataTableColumn<Row> => column !== false);
  return (
    <TableRegion
      caption={caption}
      captionHidden={captionHidden}
      className={[stacked && 'data-table--stacked', className].filter(Boolean).join(' ') || undefined}
    >
      <thead className="kern-table__head">
        <tr className="kern-table__row">
          {shown.map((column) => (
            <th key={column.id} scope="col" className={headerClassName(column.kind, column.className)}>
              {column.headerContent ?? column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="kern-table__row">
            {shown.map((column) => {
              const Cell = column.rowHeader ? 'th' : 'td';
              return (
                <Cell
                  key={column.id}
                  scope={column.rowHeader ? 'row' : undefined}
                  data-label={stacked ? column.header : undefined}
                  className={cellClassName(column.kind, column.rowHeader, column.className)}
                >
                  {/* One grid item beside the label in the stacked layout, however many nodes the cell has. */}
                  {stacked ? <div>{column.cell(row)}</div> : column.cell(row)}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
      {footer && <tfoot className="kern-table__footer">{footer}</tfoot>}
    </TableRegion>
  );
}
