import type { ReactNode } from 'react';

/** One column of a {@link DataTable}. */
export interface DataTableColumn<Row> {
  /** Column header. */
  header: string;
  /** The cell's text for a row. */
  cell: (row: Row, index: number) => ReactNode;
  /** Right-align figures so digits line up. */
  numeric?: boolean;
}

/** Props of {@link DataTable}. */
export interface DataTableProps<Row> {
  /** Table caption (its accessible name). */
  caption: string;
  /** Rows, in display order. */
  rows: readonly Row[];
  /** Columns; the first is the row header. */
  columns: readonly DataTableColumn<Row>[];
  /** A stable key of each row. */
  rowKey: (row: Row, index: number) => string;
}

/** The data-table alternative of a chart: the same figures, formatted the same way. */
export function DataTable<Row>({ caption, rows, columns, rowKey }: DataTableProps<Row>) {
  return (
    <table className="rk-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" className={column.numeric ? 'rk-num' : undefined}>
              {column.header}
            </th>
          ))}
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
    </table>
  );
}
