import type { Page } from '@giao-ban/shared';
import { Pagination } from 'antd';

/** The pager under a list shown as cards on a phone; nothing while every row fits on one page. */
export function PhonePager({ data, onPageChange }: { data: Pick<Page<unknown>, 'page' | 'pageSize' | 'total'>; onPageChange: (page: number) => void }) {
  if (data.total <= data.pageSize) return null;
  return <Pagination simple align="center" current={data.page} pageSize={data.pageSize} total={data.total} onChange={onPageChange} />;
}
