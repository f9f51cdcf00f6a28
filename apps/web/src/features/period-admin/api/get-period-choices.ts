import { useQuery } from '@tanstack/react-query';
import { getRecentPeriodsQueryOptions } from '@/lib/api/periods';

/** The latest periods, newest first: the sources a new period may copy its task groups from. */
export function usePeriodChoices() {
  return useQuery(getRecentPeriodsQueryOptions());
}
