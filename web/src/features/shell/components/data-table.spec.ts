import { cellClassName, headerClassName, overflowsHorizontally } from './data-table';

describe('DataTable classes', () => {
  it('gives every header and cell its KERN class', () => {
    expect(headerClassName()).toBe('kern-table__header');
    expect(cellClassName()).toBe('kern-table__cell data-table__cell');
  });

  it('right-aligns numeric columns in the header and in every cell', () => {
    expect(headerClassName('numeric')).toBe('kern-table__header kern-table__header--numeric');
    expect(cellClassName('numeric')).toBe('kern-table__cell kern-table__cell--numeric data-table__cell');
  });

  it('keeps the header style for row headers, with the column modifier', () => {
    expect(cellClassName('text', true)).toBe('kern-table__header data-table__cell');
    expect(cellClassName('numeric', true)).toBe('kern-table__header kern-table__header--numeric data-table__cell');
  });

  it('marks action columns and appends extra classes', () => {
    expect(headerClassName('action', 'wide')).toBe('kern-table__header kern-table__header--action wide');
    expect(cellClassName('action', false, 'wide')).toBe(
      'kern-table__cell kern-table__cell--action data-table__cell wide',
    );
  });
});

describe('overflowsHorizontally', () => {
  it('reports a table wider than its region', () => {
    expect(overflowsHorizontally(700, 358)).toBe(true);
    expect(overflowsHorizontally(360, 358)).toBe(true);
  });

  it('does not report a table that fits, even with a rounding pixel', () => {
    expect(overflowsHorizontally(358, 358)).toBe(false);
    expect(overflowsHorizontally(359, 358)).toBe(false);
    expect(overflowsHorizontally(300, 358)).toBe(false);
  });
});
