import type { HolidayYear, SaveHolidaysRequest } from '@giao-ban/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { settingsKeys } from './settings-keys';

export function saveHolidays(year: number, body: SaveHolidaysRequest) {
  return api.put<HolidayYear>(`/settings/holidays/${year}`, body);
}

export function useSaveHolidays() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: SaveHolidaysRequest }) => saveHolidays(year, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(settingsKeys.holidayYear(saved.year), saved);
      // Other years' answers carry the list of years with holidays, which may have changed.
      await queryClient.invalidateQueries({ queryKey: settingsKeys.holidays(), predicate: (q) => q.queryKey[2] !== saved.year });
    },
  });
}
