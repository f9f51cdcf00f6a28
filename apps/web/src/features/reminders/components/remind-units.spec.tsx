import type { ReportingPeriod, ReviewBoardRow } from '@giao-ban/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setLanguage } from '@/lib/i18n';
import { dashboardUnits, dashboardUnitsHandler, demoDashboard } from '@/testing/dashboard-fixtures';
import { demoPeriod, demoReminderLadder, demoTaskGroups, officeUser, page } from '@/testing/fixtures';
import { mockApi, type MockHandler, type MockRoutes } from '@/testing/mock-api';
import { demoBoardRows, leaderUser } from '@/testing/review-fixtures';
import { renderApp } from '@/testing/test-app';

const base = `/api/periods/${demoPeriod.id}`;
const remindedAt = '2021-12-22T02:05:00.000Z'; // 09:05 in Hà Nội

function renderBoard(user = officeUser, extra: MockRoutes = {}, period: ReportingPeriod = demoPeriod) {
  let rows: ReviewBoardRow[] = demoBoardRows;
  const api = mockApi({
    'GET /api/auth/me': { status: 200, body: user },
    [`GET ${base}`]: { status: 200, body: period },
    [`GET ${base}/task-groups`]: { status: 200, body: page(demoTaskGroups) },
    [`GET ${base}/agencies`]: { status: 200, body: { agencyIds: demoBoardRows.map((row) => row.agencyId) } },
    [`GET ${base}/reports`]: () => ({ status: 200, body: page(rows) }),
    [`GET ${base}/reminder-ladder`]: { status: 200, body: { ladder: { daysBefore: [7, 3, 1], onDueDay: true, repeatEveryDays: 3 } } },
    [`POST ${base}/reminders`]: ({ body }) => {
      const { agencyIds } = body as { agencyIds: string[] };
      rows = rows.map((row) => (agencyIds.includes(row.agencyId) ? { ...row, lastReminderAt: remindedAt } : row));
      return { status: 201, body: { units: agencyIds.length, recipients: agencyIds.length * 2 } };
    },
    ...extra,
  });
  renderApp(`/periods/${demoPeriod.id}`);
  return api;
}

async function board() {
  const region = await screen.findByRole('region', { name: 'Tình hình nộp báo cáo' });
  await within(region).findByText('Sở Ngoại vụ');
  return region;
}

const card = (region: HTMLElement, unit: string) =>
  within(region).getAllByRole('listitem').find((item) => within(item).queryByText(unit)) as HTMLElement;
const remindButton = (scope: HTMLElement) => within(scope).getByRole('button', { name: 'Đôn đốc' });

describe('Đôn đốc from the review board', () => {
  afterEach(() => act(() => setLanguage('vi')));

  it('the office chooses the overdue units, words the message and sends it; the board shows the reminder', async () => {
    const api = renderBoard();
    const region = await board();

    // only units whose report is still to be sent can be chosen (a returned one can)
    expect(within(region).getByRole('checkbox', { name: 'Chọn Ban Quản lý Khu kinh tế tỉnh' })).toBeInTheDocument();
    expect(within(region).getByRole('checkbox', { name: 'Chọn Huyện Bình Liêu' })).toBeInTheDocument();
    expect(within(region).getByRole('checkbox', { name: 'Chọn Liên đoàn Lao động tỉnh' })).toBeInTheDocument();
    expect(within(region).queryByRole('checkbox', { name: 'Chọn Sở Ngoại vụ' })).not.toBeInTheDocument();
    expect(within(region).queryByRole('checkbox', { name: 'Chọn Công an tỉnh' })).not.toBeInTheDocument();
    expect(remindButton(region)).toBeDisabled();
    expect(within(card(region, 'Ban Quản lý Khu kinh tế tỉnh')).getByText('Nhắc gần nhất:').nextSibling).toHaveTextContent('—');

    fireEvent.click(within(region).getByRole('button', { name: 'Chọn các đơn vị quá hạn' }));
    expect(within(region).getByText('Đã chọn 1 đơn vị')).toBeInTheDocument();
    expect(within(region).getByRole('checkbox', { name: 'Chọn Ban Quản lý Khu kinh tế tỉnh' })).toBeChecked();
    fireEvent.click(within(region).getByRole('checkbox', { name: 'Chọn Huyện Bình Liêu' }));
    expect(within(region).getByText('Đã chọn 2 đơn vị')).toBeInTheDocument();

    fireEvent.click(remindButton(region));
    const dialog = await screen.findByRole('dialog', { name: 'Đôn đốc đơn vị chưa gửi báo cáo' });
    expect(within(dialog).getByText('Đơn vị được đôn đốc (2)')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Ban Quản lý Khu kinh tế tỉnh', 'Huyện Bình Liêu']);
    const text = within(dialog).getByLabelText('Nội dung đôn đốc');
    expect(text).toHaveValue('Đề nghị đơn vị khẩn trương hoàn thành và gửi báo cáo 6 tháng cuối năm 2021 theo quy định.');

    // an empty message is not sent
    fireEvent.change(text, { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi đôn đốc' }));
    expect(await within(dialog).findByText('Nhập nội dung đôn đốc.')).toBeInTheDocument();
    expect(api.sent('POST', `${base}/reminders`)).toHaveLength(0);

    fireEvent.change(text, { target: { value: '  Đề nghị gửi báo cáo trước 17 giờ hôm nay.  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi đôn đốc' }));
    await waitFor(() => expect(api.sent('POST', `${base}/reminders`)).toHaveLength(1));
    expect(api.sent('POST', `${base}/reminders`)[0]!.body).toEqual({
      agencyIds: ['a-r-kkt', 'a-r-bl'],
      message: 'Đề nghị gửi báo cáo trước 17 giờ hôm nay.',
    });
    expect(await screen.findByText('Đã đôn đốc 2 đơn vị')).toBeInTheDocument();

    // the board is asked again: the last reminder shows on the Vietnamese clock, the choice is cleared
    await waitFor(() =>
      expect(within(card(region, 'Ban Quản lý Khu kinh tế tỉnh')).getByText('Nhắc gần nhất:').nextSibling).toHaveTextContent('09:05 22/12/2021'),
    );
    expect(within(card(region, 'Huyện Bình Liêu')).getByText('09:05 22/12/2021')).toBeInTheDocument();
    expect(within(card(region, 'Sở Ngoại vụ')).getByText('Nhắc gần nhất:').nextSibling).toHaveTextContent('—');
    expect(within(region).getByText('Đã chọn 0 đơn vị')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('names the units the API refuses, and keeps the dialog open', async () => {
    const api = renderBoard(officeUser, {
      [`POST ${base}/reminders`]: {
        status: 422,
        body: {
          code: 'VALIDATION_FAILED',
          message: 'Invalid',
          details: [
            { field: 'agencyIds.1', constraints: { alreadySubmitted: 'The unit has submitted its report.' } },
            { field: 'agencyIds.2', constraints: { notObliged: 'The unit does not report in this period.' } },
          ],
        },
      },
    });
    const region = await board();
    for (const unit of ['Liên đoàn Lao động tỉnh', 'Huyện Bình Liêu', 'Ban Quản lý Khu kinh tế tỉnh']) {
      fireEvent.click(within(region).getByRole('checkbox', { name: `Chọn ${unit}` }));
    }
    fireEvent.click(remindButton(region));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi đôn đốc' }));

    expect(await within(dialog).findByText('Huyện Bình Liêu: đã gửi báo cáo.')).toBeInTheDocument();
    expect(within(dialog).getByText('Ban Quản lý Khu kinh tế tỉnh: không phải báo cáo trong kỳ này.')).toBeInTheDocument();
    expect(within(dialog).queryByText(/Liên đoàn Lao động tỉnh:/)).not.toBeInTheDocument();
    expect(api.sent('POST', `${base}/reminders`)[0]!.body).toMatchObject({ agencyIds: ['a-r-ldld', 'a-r-bl', 'a-r-kkt'] });
    expect(screen.queryByText(/Đã đôn đốc/)).not.toBeInTheDocument();
  });

  it('speaks English when the UI does', async () => {
    await act(() => setLanguage('en'));
    const api = renderBoard();
    const region = await screen.findByRole('region', { name: 'Submissions' });
    await within(region).findByText('Sở Ngoại vụ');
    fireEvent.click(within(region).getByRole('button', { name: 'Choose the overdue units' }));
    expect(within(region).getByText('1 unit chosen')).toBeInTheDocument();
    fireEvent.click(within(region).getByRole('button', { name: 'Chase up' }));
    const dialog = await screen.findByRole('dialog', { name: 'Chase up units that have not reported' });
    expect(within(dialog).getByLabelText('Message')).toHaveValue('Please complete and send your report “Báo cáo 6 tháng cuối năm 2021” without delay, as required.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Chased up 1 unit')).toBeInTheDocument();
    expect(api.sent('POST', `${base}/reminders`)).toHaveLength(1);
    expect(within(card(region, 'Ban Quản lý Khu kinh tế tỉnh')).getByText('Last reminder:')).toBeInTheDocument();
  });

  it('is the office\'s alone, and only while the period is open; everyone who sees the board sees the last reminder', async () => {
    const reminded = demoBoardRows.map((row) => (row.reportId === 'r-kkt' ? { ...row, lastReminderAt: remindedAt } : row));
    const leaderApi = renderBoard(leaderUser, { [`GET ${base}/reports`]: { status: 200, body: page(reminded) } });
    const region = await board();
    expect(within(card(region, 'Ban Quản lý Khu kinh tế tỉnh')).getByText('09:05 22/12/2021')).toBeInTheDocument();
    expect(within(region).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: 'Đôn đốc' })).not.toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: 'Chọn các đơn vị quá hạn' })).not.toBeInTheDocument();
    expect(leaderApi.sent('POST', `${base}/reminders`)).toHaveLength(0);
  });

  it('offers no đôn đốc on a closed period', async () => {
    renderBoard(officeUser, {}, { ...demoPeriod, state: 'closed' });
    const region = await board();
    expect(within(region).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: 'Đôn đốc' })).not.toBeInTheDocument();
  });
});

describe('Đôn đốc from the dashboard\'s overdue list', () => {
  const dashboardUrl = `/periods/${demoPeriod.id}/dashboard`;

  function renderDashboard(user = officeUser, units: MockHandler = dashboardUnitsHandler(dashboardUnits)) {
    const api = mockApi({
      'GET /api/auth/me': { status: 200, body: user },
      [`GET /api${dashboardUrl}`]: { status: 200, body: demoDashboard },
      [`GET /api${dashboardUrl}/units`]: units,
      'GET /api/periods': { status: 200, body: page([demoPeriod], { pageSize: 100 }) },
      [`GET ${base}/reminder-ladder`]: { status: 200, body: demoReminderLadder },
      [`POST ${base}/reminders`]: { status: 201, body: { units: 1, recipients: 2 } },
    });
    renderApp(dashboardUrl);
    return api;
  }

  async function overdueList() {
    const region = await screen.findByRole('region', { name: 'Đơn vị chưa gửi báo cáo' });
    await within(region).findByText('Ban Quản lý Khu kinh tế tỉnh');
    return region;
  }

  it('the office chooses an overdue unit in the list and sends it a đôn đốc; the list is asked again', async () => {
    const api = renderDashboard();
    const region = await overdueList();
    const asked = () => api.sent('GET', `/api${dashboardUrl}/units`).length;
    const before = asked();

    fireEvent.click(within(region).getByRole('checkbox', { name: 'Chọn Ban Quản lý Khu kinh tế tỉnh' }));
    expect(within(region).getByText('Đã chọn 1 đơn vị')).toBeInTheDocument();
    fireEvent.click(remindButton(region));
    const dialog = await screen.findByRole('dialog', { name: 'Đôn đốc đơn vị chưa gửi báo cáo' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi đôn đốc' }));

    await waitFor(() => expect(api.sent('POST', `${base}/reminders`)).toHaveLength(1));
    expect(api.sent('POST', `${base}/reminders`)[0]!.body).toEqual({
      agencyIds: ['a-r-kkt'],
      message: 'Đề nghị đơn vị khẩn trương hoàn thành và gửi báo cáo 6 tháng cuối năm 2021 theo quy định.',
    });
    expect(await screen.findByText('Đã đôn đốc 1 đơn vị')).toBeInTheDocument();
    await waitFor(() => expect(asked()).toBeGreaterThan(before));
  });

  it('shows the last reminder to leaders without a choice', async () => {
    const reminded = dashboardUnits.map((row) => (row.reportId === 'r-kkt' ? { ...row, lastReminderAt: remindedAt } : row));
    renderDashboard(leaderUser, dashboardUnitsHandler(reminded));
    const region = await overdueList();
    expect(within(region).getByText('09:05 22/12/2021')).toBeInTheDocument();
    expect(within(region).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: 'Đôn đốc' })).not.toBeInTheDocument();
  });
});
