import type { ReactNode } from 'react';

/** How a table is sorted: a column's `id` and the direction (the values of `aria-sort`). */
export interface TableSort {
  /** The `id` of the sorted column. */
  column: string;
  /** Ascending (smallest or A first) or descending. */
  direction: 'ascending' | 'descending';
}

/** One column of a {@link DataTable}. */
export interface DataTableColumn<Row> {
  /** Column header. */
  header: string;
  /** The cell's text for a row. */
  cell: (row: Row, index: number) => ReactNode;
  /** Right-align figures so digits line up. */
  numeric?: boolean;
  /** Stable id of the column (not its translated header): what a {@link TableSort} names. */
  id?: string;
  /** The value a sortable column sorts by; missing values (`null`, `undefined`, NaN) sort last either way. */
  sortValue?: (row: Row) => number | string | null | undefined;
}

/** Props of {@link DataTable}. */
export interface DataTableProps<Row> {
  /** Table caption (its accessible name). */
  caption: string;
  /** Rows, in display order (sort them with {@link sortRows}). */
  rows: readonly Row[];
  /** Columns; the first is the row header. */
  columns: readonly DataTableColumn<Row>[];
  /** A stable key of each row. */
  rowKey: (row: Row, index: number) => string;
  /** The current sort: its column's header carries `aria-sort`. */
  sort?: TableSort | null;
  /**
   * Makes the columns with an `id` and a `sortValue` sortable: their headers
   * hold a button (keyboard: Tab, Enter or Space) that sorts by the column,
   * descending first for figures, ascending first for text, and flips the
   * direction when it is already the sorted column.
   */
  onSortChange?: (sort: TableSort) => void;
  /** A last row that sorting never moves (a total): one cell per column, the first its row header. */
  footer?: readonly ReactNode[];
}

const missing = (value: number | string | null | undefined): value is null | undefined =>
  value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));

/**
 * The rows in the order of `sort` (a stable sort; missing values last in
 * either direction, text compared in `locale`), or as given without one.
 *
 * @example
 * sortRows(owners, columns, { column: 'bookings', direction: 'descending' }, 'en-US')
 */
export function sortRows<Row>(rows: readonly Row[], columns: readonly Pick<DataTableColumn<Row>, 'id' | 'sortValue'>[], sort: TableSort | null | undefined, locale: string): readonly Row[] {
  const value = sort ? columns.find((column) => column.id === sort.column)?.sortValue : undefined;
  if (!sort || !value) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale, { numeric: true });
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      if (missing(a.key) || missing(b.key)) return missing(a.key) === missing(b.key) ? a.index - b.index : missing(a.key) ? 1 : -1;
      const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((entry) => entry.row);
}

/** The data-table alternative of a chart: the same figures, formatted the same way; sortable by column when asked. */
export function DataTable<Row>({ caption, rows, columns, rowKey, sort, onSortChange, footer }: DataTableProps<Row>) {
  return (
    <table className="rk-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => {
            // Sortable: a column with an id and a sort value, in a table that takes sort changes.
            const id = onSortChange && column.sortValue ? column.id : undefined;
            const sorted = id !== undefined && sort?.column === id ? sort.direction : undefined;
            return (
              <th key={column.header} scope="col" className={column.numeric ? 'rk-num' : undefined} aria-sort={sorted}>
                {onSortChange && id !== undefined ? (
                  <button
                    type="button"
                    className="rk-sort"
                    onClick={() =>
                      onSortChange({
                        column: id,
                        direction: sorted ? (sorted === 'ascending' ? 'descending' : 'ascending') : column.numeric ? 'descending' : 'ascending',
                      })
                    }
                  >
                    {column.header}
                    <span className="rk-sort-icon" aria-hidden="true">
                      {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)}>
            {columns.map((column, columnIndex) =>
              columnIndex === 0 ? (
                <th key={column.header} scope="row">
                  {column.cell(row, index)}
                </th>
              ) : (
                <td key={column.header} className={column.numeric ? 'rk-num' : undefined}>
                  {column.cell(row, index)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {footer ? (
        <tfoot>
          <tr>
            {columns.map((column, columnIndex) =>
              columnIndex === 0 ? (
                <th key={column.header} scope="row">
                  {footer[columnIndex]}
                </th>
              ) : (
                <td key={column.header} className={column.numeric ? 'rk-num' : undefined}>
                  {footer[columnIndex]}
                </td>
              ),
            )}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
