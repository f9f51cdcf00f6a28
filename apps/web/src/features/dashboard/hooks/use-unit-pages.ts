import type { DashboardUnitQuery } from '@giao-ban/shared';
import { useEffect, useState } from 'react';
import { useDashboardUnits } from '../api/get-dashboard-units';

/**
 * A paged unit list of the dashboard: the page on screen and its query. When the list shrinks while
 * a later page is open (units sent their reports, or left the period), it moves to what is now the
 * last page.
 */
export function useUnitPages(periodId: string, query: Omit<DashboardUnitQuery, 'page' | 'pageSize'>, pageSize: number) {
  const [page, setPage] = useState(1);
  const units = useDashboardUnits(periodId, { ...query, page, pageSize });
  const lastPage = units.data && !units.isPlaceholderData ? Math.max(1, Math.ceil(units.data.total / pageSize)) : null;
  useEffect(() => {
    if (lastPage !== null && page > lastPage) setPage(lastPage);
  }, [lastPage, page]);
  return { units, page, setPage };
}
