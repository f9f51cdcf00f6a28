import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { getReportQueryOptions } from '@/lib/api/reports';
import { mockApi } from '@/testing/mock-api';
import { submittedReport } from '@/testing/review-fixtures';
import { useReportTransition } from './report-transitions';

describe('useReportTransition', () => {
  it("keeps the move's answer over a fetch of the report that started before it", async () => {
    const reportId = submittedReport.id;
    const draft = { ...submittedReport, state: 'draft' as const };
    mockApi({ [`POST /api/reports/${reportId}/submit`]: { status: 200, body: submittedReport } });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const key = getReportQueryOptions(reportId).queryKey;
    queryClient.setQueryData(key, draft);
    // A refresh of the report under way as the unit sends it; its answer comes last, as it was before.
    let answerRefresh: (report: typeof draft) => void = () => undefined;
    const refresh = queryClient.fetchQuery({ queryKey: key, queryFn: () => new Promise<typeof draft>((resolve) => (answerRefresh = resolve)), staleTime: 0 });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useReportTransition(reportId), { wrapper });

    await act(() => result.current.mutateAsync('submit'));
    answerRefresh(draft);
    await refresh.catch(() => undefined);

    expect(queryClient.getQueryData(key)).toMatchObject({ state: 'submitted' });
  });
});
