import type { Page } from '@giao-ban/shared';
import { Table, type TableProps } from 'antd';

export interface PagedTableProps<Row> extends Omit<TableProps<Row>, 'dataSource' | 'pagination'> {
  /** One page of rows as the API answers it; absent while the first page loads. */
  data: Page<Row> | undefined;
  onPageChange: (page: number) => void;
  /** The count beside the pager: "12 đơn vị". */
  totalLabel: (count: number) => string;
  /**
   * Hide the pager, count and all, while every row fits on one page (the lists). A log shows its
   * count on every page: how many events a filter matched is part of the answer.
   */
  hideOnSinglePage?: boolean;
}

/** A table of one page of the API's rows, with the pager every list uses: no page-size changer, the count beside it. */
export function PagedTable<Row extends object>({ data, onPageChange, totalLabel, hideOnSinglePage = true, ...table }: PagedTableProps<Row>) {
  return (
    <Table<Row>
      {...table}
      dataSource={data?.items ?? []}
      pagination={
        data
          ? {
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showSizeChanger: false,
              hideOnSinglePage,
              showTotal: totalLabel,
              onChange: onPageChange,
            }
          : false
      }
    />
  );
}
