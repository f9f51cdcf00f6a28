import { screen, within } from '@testing-library/react';
import { page } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { myReportRow, REPORT_ID, unitReporter } from '@/testing/report-fixtures';
import { renderApp } from '@/testing/test-app';

function cards() {
  return [...document.querySelectorAll('main li')] as HTMLElement[];
}

describe('MyReportsList ("Báo cáo của tôi")', () => {
  it('words each report against its deadline, one card per report on a phone', async () => {
    const api = mockApi({
      'GET /api/auth/me': { status: 200, body: unitReporter },
      'GET /api/reports/mine': {
        status: 200,
        body: page([
          myReportRow({ reportId: 'r-left', periodTitle: 'Báo cáo tháng 12/2021', daysLeft: 5 }),
          myReportRow({
            reportId: 'r-today',
            periodTitle: 'Báo cáo quý IV/2021',
            daysLeft: 0,
            deadline: { kind: 'due_today', dueDate: '2021-12-17' },
          }),
          myReportRow({
            reportId: 'r-overdue',
            periodTitle: 'Báo cáo năm 2021',
            daysLeft: -4,
            daysLate: 4,
            submissionStatus: 'missing_overdue',
            deadline: { kind: 'overdue', dueDate: '2021-12-17', daysLate: 4 },
          }),
          myReportRow({
            reportId: 'r-late',
            periodTitle: 'Báo cáo 6 tháng đầu năm 2021',
            state: 'submitted',
            daysLeft: null,
            daysLate: 3,
            submissionStatus: 'late',
            deadline: { kind: 'submitted_late', dueDate: '2021-12-17', daysLate: 3 },
            lastSubmittedAt: '2021-12-20T02:15:00.000Z',
            versionNumber: 1,
          }),
          myReportRow({
            periodTitle: 'Báo cáo 6 tháng cuối năm 2021',
            state: 'returned',
            daysLeft: null,
            submissionStatus: 'on_time',
            deadline: { kind: 'submitted_on_time', dueDate: '2021-12-17' },
            lastSubmittedAt: '2021-12-17T09:45:00.000Z',
            versionNumber: 1,
            revisionDueDate: '2021-12-22',
            returnedSectionCount: 2,
          }),
        ]),
      },
    });
    renderApp('/my-reports');

    expect(await screen.findByText('Báo cáo tháng 12/2021')).toBeInTheDocument();
    expect(screen.getByText('Báo cáo của tôi', { selector: 'h1' })).toBeInTheDocument();
    const [left, today, overdue, late, returned] = cards();

    expect(within(left).getByText('Còn 5 ngày')).toBeInTheDocument();
    expect(within(left).getByText('Đang soạn')).toBeInTheDocument();
    expect(within(left).getByText('Chưa gửi')).toBeInTheDocument();
    expect(within(left).getByText('17/12/2021')).toBeInTheDocument();
    expect(within(left).getByText('Báo cáo tháng 12/2021').closest('a')).toHaveAttribute('href', '/reports/r-left');

    expect(within(today).getByText('Hạn hôm nay')).toBeInTheDocument();
    expect(within(overdue).getByText('Quá hạn từ 17/12/2021')).toBeInTheDocument();

    expect(within(late).getByText('Gửi trễ 3 ngày')).toBeInTheDocument();
    expect(within(late).getByText('Đã gửi')).toBeInTheDocument();
    expect(within(late).getByText('09:15 20/12/2021')).toBeInTheDocument();

    expect(within(returned).getByText('Yêu cầu bổ sung')).toBeInTheDocument();
    expect(within(returned).getByText('Đúng hạn')).toBeInTheDocument();
    expect(within(returned).getByText('Hạn bổ sung: 22/12/2021')).toBeInTheDocument();
    expect(within(returned).getByText('2 phần cần bổ sung')).toBeInTheDocument();
    expect(within(returned).getByText('Báo cáo 6 tháng cuối năm 2021').closest('a')).toHaveAttribute('href', `/reports/${REPORT_ID}`);

    expect(Object.fromEntries(api.sent('GET', '/api/reports/mine')[0].search)).toEqual({ page: '1', pageSize: '20' });
  });

  it('says when the unit has nothing to report', async () => {
    mockApi({
      'GET /api/auth/me': { status: 200, body: unitReporter },
      'GET /api/reports/mine': { status: 200, body: page([]) },
    });
    renderApp('/my-reports');
    expect(await screen.findByText('Đơn vị chưa có báo cáo nào phải thực hiện.')).toBeInTheDocument();
  });
});
