import type { HolidayYear } from '@giao-ban/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { settingsKeys } from './settings-keys';

/** One year's public holidays, and the years that have a list. */
export function getHolidayYear(year: number, signal?: AbortSignal) {
  return api.get<HolidayYear>('/settings/holidays', { params: { year }, signal });
}

export function getHolidayYearQueryOptions(year: number) {
  return queryOptions({ queryKey: settingsKeys.holidayYear(year), queryFn: ({ signal }) => getHolidayYear(year, signal) });
}

export function useHolidayYear(year: number) {
  return useQuery({ ...getHolidayYearQueryOptions(year), placeholderData: keepPreviousData });
}
