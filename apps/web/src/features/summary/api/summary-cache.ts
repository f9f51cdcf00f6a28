import type { SummaryDetail, SummarySectionView } from '@giao-ban/shared';
import type { QueryClient } from '@tanstack/react-query';
import { summaryQueryKey } from './get-summary';

/** The server answered with the whole summary: show it at once. */
export function afterSummaryChanged(queryClient: QueryClient, summary: SummaryDetail): void {
  queryClient.setQueryData(summaryQueryKey(summary.period.id), summary);
}

/**
 * The server answered with one section: put it in place, then refetch the summary (its version,
 * its history and whether a proposal is still unsettled moved too).
 */
export async function afterSummarySectionChanged(queryClient: QueryClient, periodId: string, section: SummarySectionView): Promise<void> {
  queryClient.setQueryData<SummaryDetail>(summaryQueryKey(periodId), (old) =>
    old ? { ...old, sections: old.sections.map((s) => (s.key === section.key ? section : s)) } : old,
  );
  await queryClient.invalidateQueries({ queryKey: summaryQueryKey(periodId) });
}
