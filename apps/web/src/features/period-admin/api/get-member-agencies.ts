import { useQuery } from '@tanstack/react-query';
import { getAllAgenciesQueryOptions } from '@/lib/api/agencies';

/** Units that can be obliged to report: active members, not the standing office itself. */
export function useMemberAgencies() {
  return useQuery({
    ...getAllAgenciesQueryOptions(),
    select: (page) => page.items.filter((agency) => agency.active && !agency.isStandingOffice),
  });
}
