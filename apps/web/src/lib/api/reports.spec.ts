import type { ReportVersionSummary } from '@giao-ban/shared';
import { QueryClient } from '@tanstack/react-query';
import { mockApi } from '@/testing/mock-api';
import { getReportQueryOptions, getReportVersionsQueryOptions } from './reports';
import { reportKeys } from './query-keys';

const version = (number: number): ReportVersionSummary => ({
  number,
  submittedAt: `2021-12-1${number}T02:00:00.000Z`,
  submittedByName: 'Nguyễn Văn A',
  onTime: number === 1,
});

describe('the shared report resource', () => {
  it('keys a report and its versions under one prefix, so a change to the report can refresh both', () => {
    expect(getReportQueryOptions('r-1').queryKey).toEqual(reportKeys.detail('r-1'));
    expect(getReportVersionsQueryOptions('r-1').queryKey.slice(0, reportKeys.detail('r-1').length)).toEqual(reportKeys.detail('r-1'));
  });

  // The unit's drawer and the office's panel read the versions through these options, so both list them by number.
  it('lists the versions by number whatever order the API answers in', async () => {
    mockApi({ 'GET /api/reports/r-1/versions': { status: 200, body: [version(3), version(1), version(2)] } });
    const options = getReportVersionsQueryOptions('r-1');
    const answered = await new QueryClient().fetchQuery(options);
    expect(options.select?.(answered).map((listed) => listed.number)).toEqual([1, 2, 3]);
  });
});
