import type { ReportingPeriod } from '@giao-ban/shared';
import { useQuery } from '@tanstack/react-query';
import { getRecentPeriodsQueryOptions } from '@/lib/api/periods';

/** The choices of the dashboard's period switcher, newest first. */
export function useDashboardPeriods() {
  return useQuery(getRecentPeriodsQueryOptions());
}

/** The dashboard to open when none was asked for: the newest period that is no longer a draft. */
export function newestReportingPeriod(periods: readonly ReportingPeriod[]): ReportingPeriod | undefined {
  return periods.find((period) => period.state !== 'draft');
}
