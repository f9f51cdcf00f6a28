import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DataTableColumn<Row> {
  key: string;
  title: ReactNode;
  render: (row: Row) => ReactNode;
  numeric?: boolean;
}

/**
 * The figures behind a chart as a real table, folded under "Xem bảng số liệu" (a native
 * disclosure: keyboard and screen-reader friendly). Hidden when printing: the chart is there.
 */
export function ChartDataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: DataTableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}) {
  const { t } = useTranslation();
  return (
    <details className="gb-chart-data gb-no-print">
      <summary>{t('dashboard.dataTable.show')}</summary>
      <div className="gb-scroll-x">
        <table className="gb-simple-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? 'gb-numeric' : undefined}>
                  {column.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column, index) =>
                  index === 0 ? (
                    <th key={column.key} scope="row">
                      {column.render(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.numeric ? 'gb-numeric' : undefined}>
                      {column.render(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
