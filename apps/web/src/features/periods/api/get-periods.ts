import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getPeriodsQueryOptions } from '@/lib/api/periods';

export const PERIODS_PAGE_SIZE = 20;

export function usePeriods({ page, pageSize = PERIODS_PAGE_SIZE }: { page: number; pageSize?: number }) {
  return useQuery({ ...getPeriodsQueryOptions({ page, pageSize }), placeholderData: keepPreviousData });
}
