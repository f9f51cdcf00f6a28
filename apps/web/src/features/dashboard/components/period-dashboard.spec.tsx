import type { DashboardUnitRow } from '@giao-ban/shared';
import { keepPreviousData } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  agencyDashboard,
  caReporterUser,
  dashboardUnits,
  dashboardUnitsHandler,
  demoDashboard,
  manyUnits,
  overdueUnits,
} from '@/testing/dashboard-fixtures';
import { demoPeriod, demoReminderLadder, demoTaskGroups, officeUser, page } from '@/testing/fixtures';
import { mockApi, type MockHandler } from '@/testing/mock-api';
import { leaderUser } from '@/testing/review-fixtures';
import { adminUser } from '@/testing/user-fixtures';
import { renderApp } from '@/testing/test-app';
import { dashboardQueryKey, DASHBOARD_REFRESH_MS, getDashboardQueryOptions } from '../api/get-dashboard';
import { dashboardUnitsQueryKey, getDashboardUnitsQueryOptions } from '../api/get-dashboard-units';

const dashboardUrl = `/periods/${demoPeriod.id}/dashboard`;
const unitsPath = `/api${dashboardUrl}/units`;
const draftPeriod = { ...demoPeriod, id: 'p-2022-h1', title: 'Báo cáo 6 tháng đầu năm 2022', state: 'draft' as const };

function mockDashboard(
  user = officeUser,
  dashboard = demoDashboard,
  units: readonly DashboardUnitRow[] | MockHandler = dashboardUnits,
) {
  return mockApi({
    'GET /api/auth/me': { status: 200, body: user },
    [`GET /api${dashboardUrl}`]: { status: 200, body: dashboard },
    [`GET ${unitsPath}`]: Array.isArray(units) ? dashboardUnitsHandler(units) : (units as MockHandler),
    'GET /api/periods': { status: 200, body: page([draftPeriod, demoPeriod], { pageSize: 100 }) },
  });
}

const heading = 'Bảng điều khiển — Báo cáo 6 tháng cuối năm 2021';
const heatmapCaption = 'Tình hình thực hiện theo đơn vị và nhóm nhiệm vụ';
const heatmapPager = 'Phân trang bảng tình hình thực hiện theo đơn vị';
const overduePager = 'Phân trang danh sách đơn vị chưa gửi báo cáo';
const serverError = { status: 500, body: { code: 'INTERNAL_ERROR', message: 'boom' } };

async function openDashboard(
  user = officeUser,
  dashboard = demoDashboard,
  units: readonly DashboardUnitRow[] | MockHandler = dashboardUnits,
) {
  const api = mockDashboard(user, dashboard, units);
  const view = renderApp(dashboardUrl);
  await screen.findByText(heading, { selector: 'h1' });
  // The sections below the charts are loaded after the figures (a chunk of their own).
  await waitFor(() => expect(document.getElementById('dashboard-indicators')).toBeInTheDocument());
  return { api, ...view };
}

/** The unit lists load after the figures: wait until no section is still loading them. */
async function unitsLoaded() {
  // The sections below the figures mount once the figures are on screen, then ask for their units.
  await waitFor(() => expect(document.getElementById('dashboard-indicators')).not.toBeNull());
  await waitFor(() => expect(screen.queryByText('Đang tải danh sách đơn vị…')).not.toBeInTheDocument());
}

/** The unit-list requests sent so far, as their query strings' values. */
function unitRequests(api: ReturnType<typeof mockApi>) {
  return api.sent('GET', unitsPath).map((request) => ({
    page: request.search.get('page'),
    pageSize: request.search.get('pageSize'),
    status: request.search.getAll('status'),
    order: request.search.get('order'),
  }));
}

// Role queries compute accessible names over the whole (large) page and cost seconds in jsdom:
// the labels below are the same accessible names, found by their aria-label, caption or heading.

/** A KPI card (`role="group"`), found by its title. */
function kpi(title: string) {
  const card = screen.getByLabelText(title);
  expect(card).toHaveAttribute('role', 'group');
  return card;
}

/** A section (`<section aria-labelledby>`: a region) by its heading. */
function region(title: string) {
  const section = screen.getByText(title, { selector: 'h2' }).closest('section') as HTMLElement;
  expect(section).toHaveAttribute('aria-labelledby', screen.getByText(title, { selector: 'h2' }).id);
  return section;
}

/** A table by its caption. */
const tableCaptioned = (caption: string) => screen.getByText(caption, { selector: 'caption' }).closest('table') as HTMLElement;
const queryTableCaptioned = (caption: string) => screen.queryByText(caption, { selector: 'caption' });

describe('PeriodDashboard (Bảng điều khiển)', () => {
  it('shows the reporting figures and rates in the KPI cards, with the time they were computed', async () => {
    await openDashboard();

    expect(kpi('Số đơn vị phải báo cáo')).toHaveTextContent('8');
    expect(kpi('Đã gửi')).toHaveTextContent('7');
    expect(kpi('Đã gửi')).toHaveTextContent('Tỷ lệ đã gửi: 87,5 %');
    expect(kpi('Đúng hạn')).toHaveTextContent('6');
    expect(kpi('Đúng hạn')).toHaveTextContent('Tỷ lệ đúng hạn: 75 %');
    expect(kpi('Trễ hạn')).toHaveTextContent('1');
    expect(kpi('Chưa gửi (quá hạn)')).toHaveTextContent('1');
    expect(kpi('Chưa gửi (chưa đến hạn)')).toHaveTextContent('0');
    // 02:03:04 UTC is 09:03:04 in Hà Nội
    expect(screen.getByText(/Cập nhật lúc 09:03:04/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'In cho cuộc họp giao ban' })).toBeInTheDocument();
  });

  it('draws the completion per task group and the trend as labelled images with their figures in tables', async () => {
    await openDashboard();

    const bars = screen.getByLabelText(/^Biểu đồ kết quả thực hiện theo nhóm nhiệm vụ/);
    expect(bars).toHaveAttribute('role', 'img');
    expect(bars).toHaveAccessibleName(
      expect.stringContaining(
        'Nhóm (7) Tập huấn cán bộ thông tin đối ngoại: 1 hoàn thành đúng hạn, 1 hoàn thành trễ hạn, 1 đang thực hiện trong hạn, 2 quá hạn, 0 không áp dụng; tỷ lệ hoàn thành 50 %',
      ),
    );
    const trend = screen.getByLabelText(/^Biểu đồ xu hướng qua 3 kỳ báo cáo/);
    expect(trend).toHaveAttribute('role', 'img');
    expect(trend).toHaveAccessibleName(
      expect.stringContaining('Báo cáo 6 tháng đầu năm 2021: tỷ lệ đã gửi 75 %, tỷ lệ đúng hạn 62,5 %, tỷ lệ hoàn thành nhiệm vụ 60 %'),
    );
    // a period with nothing to count breaks the line instead of dropping to 0 %
    expect(trend).toHaveAccessibleName(expect.stringContaining('tỷ lệ hoàn thành nhiệm vụ —'));

    const trendTable = tableCaptioned('Xu hướng qua các kỳ');
    const row = within(trendTable).getByText(demoPeriod.title, { selector: 'th' }).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('87,5 %');
    expect(row).toHaveTextContent('76,7 %');
  });

  it('colours the heatmap by status and drills down from units and cells to the review of the report', async () => {
    const { api } = await openDashboard();
    await unitsLoaded();

    const heatmap = tableCaptioned(heatmapCaption);
    expect([...heatmap.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent?.slice(0, 3))).toEqual([
      'Đơn',
      '(1)',
      '(2)',
      '(3)',
      '(4)',
      '(5)',
      '(6)',
      '(7)',
      '(8)',
    ]);
    expect(within(heatmap).getByText('Sở Ngoại vụ', { selector: 'th a' })).toHaveAttribute('href', '/reports/r-snv/review');

    const cell = within(heatmap).getByLabelText('ĐTH – Đang thực hiện: Sở Ngoại vụ, nhóm (7) Tập huấn cán bộ thông tin đối ngoại');
    expect(cell.tagName).toBe('A');
    expect(cell).toHaveTextContent('ĐTH');
    expect(cell).toHaveAttribute('href', '/reports/r-snv/review');
    expect(within(heatmap).getByLabelText('HT – Đã hoàn thành: Sở Ngoại vụ, nhóm (1) Thực hiện chỉ thị, Nghị quyết')).toHaveTextContent('HT');
    expect(within(heatmap).getByLabelText('CTH – Chưa thực hiện (Đã gửi): Công an tỉnh, nhóm (3) Dự báo, đấu tranh phản bác')).toHaveTextContent('CTH');
    // set not applicable by the office
    expect(within(heatmap).getByLabelText('KAD – Không áp dụng (Yêu cầu bổ sung): Liên đoàn Lao động tỉnh, nhóm (4) Định hướng thông tin báo chí')).toHaveTextContent('KAD');
    // not yet sent: nothing reported
    const missing = within(heatmap).getByLabelText('— – Chưa báo cáo: Ban Quản lý Khu kinh tế tỉnh, nhóm (2) Quảng bá hình ảnh Quảng Ninh');
    expect(missing).toHaveTextContent('—');
    expect(missing).toHaveAttribute('href', '/reports/r-kkt/review');
    // The review state: an accepted report's cells are plain; a sent or returned one's are framed, its state under the unit.
    expect(cell.closest('td')).not.toHaveClass('gb-heat-unaccepted');
    const police = within(heatmap).getByText('Công an tỉnh', { selector: 'th a' }).closest('th')!;
    expect(police).toHaveTextContent('Đã gửi');
    expect(within(heatmap).getByLabelText('CTH – Chưa thực hiện (Đã gửi): Công an tỉnh, nhóm (3) Dự báo, đấu tranh phản bác').closest('td')).toHaveClass('gb-heat-unaccepted');
    expect(within(heatmap).getByText('Liên đoàn Lao động tỉnh', { selector: 'th a' }).closest('th')).toHaveTextContent('Yêu cầu bổ sung');
    expect(missing.closest('td')).not.toHaveClass('gb-heat-unaccepted');
    expect(screen.getByText('Viền đứt: báo cáo đã gửi, chưa được tiếp nhận')).toBeInTheDocument();

    // each unit's timeliness beside its name
    const caRow = within(heatmap).getByText('Công an tỉnh', { selector: 'th a' }).closest('tr') as HTMLElement;
    expect(within(caRow).getByText('Gửi trễ 3 ngày')).toBeInTheDocument();
    expect(within(heatmap).getByText('Quá hạn từ 17/12/2021')).toBeInTheDocument();

    // its rows are the first page of units in the committee's order; one page: no pager
    expect(unitRequests(api)).toContainEqual({ page: '1', pageSize: '50', status: [], order: 'agency' });
    expect(heatmap.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(screen.queryByLabelText(heatmapPager)).not.toBeInTheDocument();
    expect(screen.queryByText(/^Trang \d+\//)).not.toBeInTheDocument();
  });

  it("gives the administrator every unit's figures with no link to a report, which is not theirs to read", async () => {
    await openDashboard(adminUser);
    await unitsLoaded();
    const heatmap = screen.getByRole('table', { name: heatmapCaption });
    expect(within(heatmap).getByText('Sở Ngoại vụ', { selector: 'th' })).toBeInTheDocument();
    // the cell says the same as a link would, as text
    const cell = within(heatmap).getByText('ĐTH – Đang thực hiện: Sở Ngoại vụ, nhóm (7) Tập huấn cán bộ thông tin đối ngoại');
    expect(cell.closest('td')).toHaveTextContent('ĐTH');
    expect(within(region('Đơn vị chưa gửi báo cáo')).getByText('Ban Quản lý Khu kinh tế tỉnh')).toBeInTheDocument();
    expect(document.querySelectorAll('a[href^="/reports/"]')).toHaveLength(0);
    expect(screen.queryByText('Chọn tên đơn vị hoặc một ô để mở báo cáo của đơn vị.')).not.toBeInTheDocument();
  });

  it('names each task group by its short name, the full title (capitalised) on hover, in the keys and on paper', async () => {
    const lowerCaseTitle = 'tăng cường thông tin, tuyên truyền, quảng bá hình ảnh Quảng Ninh là điểm đến an toàn';
    const fullTitle = 'Tăng cường thông tin, tuyên truyền, quảng bá hình ảnh Quảng Ninh là điểm đến an toàn';
    const dashboard = {
      ...demoDashboard,
      taskGroups: demoDashboard.taskGroups.map((group) => (group.ordinal === 2 ? { ...group, title: lowerCaseTitle } : group)),
      indicators: [{ ...demoDashboard.indicators[0]!, taskGroupOrdinal: 2 }],
    };
    await openDashboard(officeUser, dashboard);
    await unitsLoaded();

    // the bars: short name on screen, the full title on hover and in print
    const bars = screen.getByLabelText(/^Biểu đồ kết quả thực hiện theo nhóm nhiệm vụ/);
    const barLabel = bars.querySelectorAll('.gb-bar-label')[1]!.firstElementChild as HTMLElement;
    expect(barLabel).toHaveAttribute('title', fullTitle);
    expect(barLabel.querySelector('.gb-no-print')).toHaveTextContent(/^Quảng bá hình ảnh Quảng Ninh$/);
    expect(barLabel.querySelector('.gb-print-only')).toHaveTextContent(fullTitle);
    // the figures' table gives the full title as text, reachable by keyboard and screen reader
    const groupRow = within(tableCaptioned('Kết quả thực hiện theo nhóm nhiệm vụ')).getByText(fullTitle).closest('th')!;
    expect(groupRow).toHaveTextContent(`(2) Quảng bá hình ảnh Quảng Ninh${fullTitle}`);

    // the heatmap: columns headed by short names, each a focusable name with the full title read and shown on hover
    const heatmap = tableCaptioned(heatmapCaption);
    const header = heatmap.querySelectorAll('thead th[scope="col"]')[2]!;
    expect(header.querySelector('.gb-heatmap-group-name')).toHaveTextContent('Quảng bá hình ảnh Quảng Ninh');
    const name = header.querySelector('.gb-heatmap-group') as HTMLElement;
    expect(name).toHaveAttribute('tabindex', '0');
    expect(name).toHaveTextContent(`(2) Quảng bá hình ảnh Quảng Ninh: ${fullTitle}`);
    act(() => name.focus());
    expect((await screen.findByRole('tooltip')).textContent).toBe(`(2) ${fullTitle}`);
    // the key under the heatmap, on screen and on paper
    expect(within(screen.getByLabelText('Các nhóm nhiệm vụ')).getAllByRole('listitem')[1]).toHaveTextContent(`(2) Quảng bá hình ảnh Quảng Ninh: ${fullTitle}`);

    // an indicator says its group by short name, the full title on hover
    const indicatorGroup = within(region('Chỉ tiêu so với mục tiêu')).getByText('Nhóm (2) Quảng bá hình ảnh Quảng Ninh');
    expect(indicatorGroup).toHaveAttribute('title', fullTitle);
  });

  it('pages the heatmap 50 units at a time at national scale, and says on paper which page was printed', async () => {
    const units = manyUnits(2520);
    const { api } = await openDashboard(officeUser, { ...demoDashboard, unitCount: units.length }, units);
    await unitsLoaded();

    const heatmap = tableCaptioned(heatmapCaption);
    expect(heatmap.querySelectorAll('tbody tr')).toHaveLength(50);
    expect(within(heatmap).getByText('Đơn vị số 1', { selector: 'th a' })).toBeInTheDocument();
    expect(within(heatmap).queryByText('Đơn vị số 51', { selector: 'th a' })).not.toBeInTheDocument();
    const printed = screen.getByText('Trang 1/51 — 50 trên 2.520 đơn vị');
    expect(printed).toHaveClass('gb-print-only');

    const pager = screen.getByLabelText(heatmapPager);
    expect(pager.tagName).toBe('NAV');
    expect(pager).toHaveTextContent('Tổng số 2.520 đơn vị');
    fireEvent.click(within(pager).getByTitle('Trang Kế'));

    expect(await within(heatmap).findByText('Đơn vị số 51', { selector: 'th a' })).toBeInTheDocument();
    expect(within(heatmap).queryByText('Đơn vị số 1', { selector: 'th a' })).not.toBeInTheDocument();
    expect(heatmap.querySelectorAll('tbody tr')).toHaveLength(50);
    expect(unitRequests(api)).toContainEqual({ page: '2', pageSize: '50', status: [], order: 'agency' });
    expect(screen.getByText('Trang 2/51 — 50 trên 2.520 đơn vị')).toBeInTheDocument();
  });

  it('lists only the overdue units with days overdue and whom to contact, and the late ones on request', async () => {
    const { api } = await openDashboard();
    await unitsLoaded();

    const section = region('Đơn vị chưa gửi báo cáo');
    const rows = () => [...section.querySelectorAll<HTMLElement>('tbody tr.ant-table-row')];
    expect(rows()).toHaveLength(1);
    const [overdue] = rows();
    expect(within(overdue).getByRole('link', { name: 'Ban Quản lý Khu kinh tế tỉnh' })).toHaveAttribute('href', '/reports/r-kkt/review');
    // since its due date, not a count of days that grows to four digits on an old period
    expect(overdue).toHaveTextContent('Quá hạn từ 17/12/2021');
    expect(overdue).toHaveTextContent('Phạm Thị Lan');
    expect(within(overdue).getByRole('link', { name: 'lan.pt@kkt.quangninh.gov.vn' })).toHaveAttribute(
      'href',
      'mailto:lan.pt@kkt.quangninh.gov.vn',
    );
    expect(within(section).getByRole('columnheader', { name: 'Nhắc gần nhất' })).toBeInTheDocument();
    // not yet due, on time: not chased
    expect(within(section).queryByText('Huyện Bình Liêu')).not.toBeInTheDocument();
    expect(within(section).queryByText('Công an tỉnh')).not.toBeInTheDocument();

    // the server filters and orders: missing and overdue only, most overdue first, 20 a page
    expect(unitRequests(api)).toContainEqual({ page: '1', pageSize: '20', status: ['missing_overdue'], order: 'most_overdue' });
    expect(screen.queryByLabelText(overduePager)).not.toBeInTheDocument();

    fireEvent.click(within(section).getByRole('switch', { name: 'Gồm cả đơn vị gửi trễ hạn' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[1]).toHaveTextContent('Công an tỉnh');
    expect(rows()[1]).toHaveTextContent('Gửi trễ 3 ngày');
    expect(unitRequests(api)).toContainEqual({
      page: '1',
      pageSize: '20',
      status: expect.arrayContaining(['missing_overdue', 'late']) as string[],
      order: 'most_overdue',
    });
    const withLate = api.sent('GET', unitsPath).find((request) => request.search.getAll('status').length === 2);
    expect(withLate?.url).toMatch(/status=\w+&status=\w+/);
  });

  it('pages the overdue list 20 at a time, most overdue first, back to page 1 when the filter changes', async () => {
    const units = [...dashboardUnits, ...overdueUnits(25)];
    const { api } = await openDashboard(officeUser, { ...demoDashboard, unitCount: units.length }, units);
    await unitsLoaded();

    const section = region('Đơn vị chưa gửi báo cáo');
    const rows = () => [...section.querySelectorAll<HTMLElement>('tbody tr.ant-table-row')];
    expect(rows()).toHaveLength(20);
    expect(rows()[0]).toHaveTextContent('Đơn vị quá hạn số 25');
    expect(rows()[0]).toHaveTextContent('Quá hạn từ 27/11/2021');
    expect(screen.getByText('Trang 1/2 — 20 trên 26 đơn vị')).toBeInTheDocument();

    const pager = screen.getByLabelText(overduePager);
    expect(section).toContainElement(pager);
    fireEvent.click(within(pager).getByTitle('Trang Kế'));
    await waitFor(() => expect(rows()).toHaveLength(6));
    expect(rows().map((row) => row.querySelector('a')?.textContent)).toContain('Ban Quản lý Khu kinh tế tỉnh');
    expect(unitRequests(api)).toContainEqual({ page: '2', pageSize: '20', status: ['missing_overdue'], order: 'most_overdue' });

    api.fetch.mockClear();
    fireEvent.click(within(section).getByRole('switch', { name: 'Gồm cả đơn vị gửi trễ hạn' }));
    await waitFor(() => expect(rows()).toHaveLength(20));
    expect(unitRequests(api).at(-1)).toEqual({ page: '1', pageSize: '20', status: ['late', 'missing_overdue'], order: 'most_overdue' });
    expect(screen.getByText('Trang 1/2 — 20 trên 27 đơn vị')).toBeInTheDocument();
  });

  it('shows a unit list that failed in its own section with a retry, and keeps the last page when a refresh fails', async () => {
    let answer: 'fail' | 'ok' | 'hold' = 'fail';
    let release: () => void = () => undefined;
    const handler = dashboardUnitsHandler(dashboardUnits);
    const { queryClient } = await openDashboard(officeUser, demoDashboard, (request) => {
      if (answer === 'ok') return handler(request);
      if (answer === 'fail') return serverError;
      return new Promise((resolve) => (release = () => resolve(serverError)));
    });
    await unitsLoaded();

    // the figures are there; each unit list says it failed, with a way to ask again
    expect(kpi('Đã gửi')).toHaveTextContent('7');
    const heatmapSection = region('Tình hình thực hiện theo đơn vị');
    expect(heatmapSection).toHaveTextContent('Chưa tải được danh sách đơn vị.');
    expect(region('Đơn vị chưa gửi báo cáo')).toHaveTextContent('Chưa tải được danh sách đơn vị.');
    expect(queryTableCaptioned(heatmapCaption)).not.toBeInTheDocument();

    // the poll asks again meanwhile: the error stays (no spinner flashing in its place)
    const heatmapKey = dashboardUnitsQueryKey(demoPeriod.id, { pageSize: 50 });
    answer = 'hold';
    let polled: Promise<void> = Promise.resolve();
    act(() => {
      polled = queryClient.refetchQueries({ queryKey: heatmapKey });
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(queryClient.getQueryState(heatmapKey)?.fetchStatus).toBe('fetching');
    expect(heatmapSection).toHaveTextContent('Chưa tải được danh sách đơn vị.');
    expect(within(heatmapSection).queryByText('Đang tải danh sách đơn vị…')).not.toBeInTheDocument();
    release();
    await act(() => polled);

    answer = 'ok';
    fireEvent.click(within(heatmapSection).getByRole('button', { name: 'Thử lại' }));
    expect(await within(heatmapSection).findByText('Sở Ngoại vụ', { selector: 'th a' })).toBeInTheDocument();

    // a later refresh fails: the rows stay, with a word that they are from the last update
    answer = 'fail';
    await act(() => queryClient.refetchQueries({ queryKey: heatmapKey }));
    expect(await within(heatmapSection).findByText(/^Chưa lấy được danh sách mới nhất/)).toBeInTheDocument();
    expect(within(heatmapSection).getByText('Sở Ngoại vụ', { selector: 'th a' })).toBeInTheDocument();
  });

  it('shows the indicators against their targets, saying they count every sent report unlike the summary', async () => {
    await openDashboard();

    const section = region('Chỉ tiêu so với mục tiêu');
    expect(section).toHaveTextContent('Tính trên mọi báo cáo các đơn vị đã gửi, kể cả báo cáo chưa tiếp nhận');
    expect(section).toHaveTextContent('Báo cáo tổng hợp chỉ tính các báo cáo đã tiếp nhận');
    const bulletin = within(section).getByText(/Tin, bài gửi Bản tin/).closest('tr') as HTMLElement;
    expect(bulletin).toHaveTextContent('tin/bài');
    expect(bulletin).toHaveTextContent('69');
    expect(bulletin).toHaveTextContent('96');
    expect(bulletin).toHaveTextContent('71,9 %');
    const visits = within(section).getByText(/Đoàn khách quốc tế/).closest('tr') as HTMLElement;
    expect(visits).toHaveTextContent('1.808');
    expect(visits).toHaveTextContent('Chưa đặt mục tiêu');
  });

  it('gives a member unit the reporting counts, its own line and its own task results, without the heatmap or the overdue list', async () => {
    const ownRow = dashboardUnits.filter((row) => row.reportId === 'r-ca');
    const { api } = await openDashboard(caReporterUser, agencyDashboard(), ownRow);

    expect(kpi('Đã gửi')).toHaveTextContent('7');
    const own = region('Báo cáo của đơn vị');
    // its line comes from the unit rows (the server gives an agency user its own row only)
    expect(await within(own).findByText('Công an tỉnh')).toBeInTheDocument();
    expect(unitRequests(api)).toEqual([{ page: '1', pageSize: '1', status: [], order: 'agency' }]);
    expect(own).toHaveTextContent('Công an tỉnh');
    expect(own).toHaveTextContent('Gửi trễ 3 ngày');
    expect(own).toHaveTextContent('09:15 20/12/2021');
    // its own report, in its own editor (the review page is the office's)
    expect(within(own).getByRole('link', { name: 'Mở báo cáo của đơn vị' })).toHaveAttribute('href', '/reports/r-ca');

    expect(queryTableCaptioned('Tình hình thực hiện theo đơn vị và nhóm nhiệm vụ')).not.toBeInTheDocument();
    expect(screen.queryByText('Tình hình thực hiện theo đơn vị')).not.toBeInTheDocument();
    expect(screen.queryByText('Đơn vị chưa gửi báo cáo')).not.toBeInTheDocument();
    // The task results and indicators a unit sees are its own (the API computes them so).
    expect(region('Kết quả thực hiện của đơn vị theo nhóm nhiệm vụ')).toBeInTheDocument();
    expect(region('Chỉ tiêu của đơn vị')).not.toHaveTextContent('Báo cáo tổng hợp chỉ tính');
  });

  it('tells a unit with no report in the period so, without asking for unit rows', async () => {
    const { api } = await openDashboard(caReporterUser, { ...agencyDashboard(), unitCount: 0 }, []);

    expect(region('Báo cáo của đơn vị')).toHaveTextContent('Đơn vị không thuộc diện phải báo cáo kỳ này.');
    expect(api.sent('GET', unitsPath)).toHaveLength(0);
  });

  it('follows the figures live: polled every 5 s while visible and asked again on focus', async () => {
    const options = getDashboardQueryOptions(demoPeriod.id);
    expect(DASHBOARD_REFRESH_MS).toBe(5000);
    expect(options.refetchInterval).toBe(5000);
    expect(options.refetchIntervalInBackground).toBe(false);
    expect(options.refetchOnWindowFocus).toBe(true);
    expect(options.staleTime).toBe(5000);

    // the page really observes the figures with those options (not the test client's defaults)
    const { queryClient } = await openDashboard();
    const query = queryClient.getQueryCache().find({ queryKey: dashboardQueryKey(demoPeriod.id) });
    expect(query?.observers.map((observer) => observer.options.refetchInterval)).toContain(5000);

    // the unit lists too, keeping the page on screen while the next one loads
    const units = getDashboardUnitsQueryOptions(demoPeriod.id, { page: 2, pageSize: 50 });
    expect(units.queryKey).toEqual([...dashboardQueryKey(demoPeriod.id), 'units', { page: 2, pageSize: 50, status: [], order: 'agency' }]);
    expect(units.refetchInterval).toBe(5000);
    expect(units.refetchIntervalInBackground).toBe(false);
    expect(units.refetchOnWindowFocus).toBe(true);
    expect(units.staleTime).toBe(0);
    expect(units.placeholderData).toBe(keepPreviousData);
    await unitsLoaded();
    const heatmapQuery = queryClient.getQueryCache().find({ queryKey: dashboardUnitsQueryKey(demoPeriod.id, { pageSize: 50 }) });
    expect(heatmapQuery?.observers.map((observer) => observer.options.refetchInterval)).toContain(5000);
  });

  it('shows a unit that has just submitted at the next refresh, without a reload', async () => {
    const api = mockDashboard();
    const { queryClient } = renderApp(dashboardUrl);
    await screen.findByText(heading, { selector: 'h1' });
    await unitsLoaded();
    expect(kpi('Đã gửi')).toHaveTextContent('7');
    expect(within(tableCaptioned(heatmapCaption)).getByText('Quá hạn từ 17/12/2021')).toBeInTheDocument();

    const later = {
      ...demoDashboard,
      generatedAt: '2021-12-22T02:03:09.000Z',
      reporting: { ...demoDashboard.reporting, submitted: 8, late: 2, missingOverdue: 0, reportingRate: 1 },
    };
    const laterUnits = dashboardUnits.map((row) =>
      row.reportId === 'r-kkt'
        ? {
            ...row,
            state: 'submitted' as const,
            submissionStatus: 'late' as const,
            firstSubmittedAt: later.generatedAt,
            deadline: { kind: 'submitted_late' as const, dueDate: '2021-12-17', daysLate: 5 },
          }
        : row,
    );
    api.fetch.mockClear();
    mockDashboard(officeUser, later, laterUnits);
    // what the 5 s interval does (the unit lists live under the dashboard's key)
    await act(() => queryClient.refetchQueries({ queryKey: dashboardQueryKey(demoPeriod.id) }));

    expect(await screen.findByText(/Cập nhật lúc 09:03:09/)).toBeInTheDocument();
    expect(kpi('Đã gửi')).toHaveTextContent('8');
    expect(kpi('Đã gửi')).toHaveTextContent('100 %');
    expect(kpi('Chưa gửi (quá hạn)')).toHaveTextContent('0');
    const kkt = within(tableCaptioned(heatmapCaption)).getByText('Ban Quản lý Khu kinh tế tỉnh', { selector: 'th a' }).closest('tr') as HTMLElement;
    expect(within(kkt).getByText('Gửi trễ 5 ngày')).toBeInTheDocument();
    expect(within(region('Đơn vị chưa gửi báo cáo')).getByText('Không có đơn vị nào chưa gửi báo cáo quá hạn.')).toBeInTheDocument();
  });

  it('switches to another period from the period list, newest first, leaving drafts out', async () => {
    const { router } = await openDashboard();

    fireEvent.mouseDown(screen.getByLabelText('Kỳ báo cáo'));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([demoPeriod.title]);
    expect(router.state.location.pathname).toBe(dashboardUrl);
  });
});

describe('Dashboard entry points', () => {
  it('lands a leader on the dashboard of the newest period that is not a draft, first in the menu', async () => {
    mockDashboard(leaderUser);
    const { router } = renderApp('/');

    expect(await screen.findByText(heading, { selector: 'h1' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(dashboardUrl);

    fireEvent.click(screen.getByRole('button', { name: 'Mở menu điều hướng' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getAllByRole('link').map((link) => link.textContent)).toEqual(['Bảng điều khiển', 'Kỳ báo cáo', 'Bản tin', 'Tài khoản của tôi']);
  });

  it('opens from the period page', async () => {
    mockApi({
      'GET /api/auth/me': { status: 200, body: leaderUser },
      [`GET /api/periods/${demoPeriod.id}`]: { status: 200, body: demoPeriod },
      [`GET /api/periods/${demoPeriod.id}/task-groups`]: { status: 200, body: page(demoTaskGroups) },
      [`GET /api/periods/${demoPeriod.id}/agencies`]: { status: 200, body: { agencyIds: [] } },
      [`GET /api/periods/${demoPeriod.id}/reports`]: { status: 200, body: page([]) },
      [`GET /api/periods/${demoPeriod.id}/reminder-ladder`]: { status: 200, body: demoReminderLadder },
      [`GET /api${dashboardUrl}`]: { status: 200, body: demoDashboard },
      [`GET ${unitsPath}`]: dashboardUnitsHandler(dashboardUnits),
      'GET /api/periods': { status: 200, body: page([demoPeriod], { pageSize: 100 }) },
    });
    const { router } = renderApp(`/periods/${demoPeriod.id}`);

    fireEvent.click(await screen.findByText('Bảng điều khiển', { selector: 'button > span' }));
    expect(await screen.findByText(heading, { selector: 'h1' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(dashboardUrl);
  });

  it('says so when no period has been opened yet', async () => {
    mockApi({
      'GET /api/auth/me': { status: 200, body: leaderUser },
      'GET /api/periods': { status: 200, body: page([draftPeriod], { pageSize: 100 }) },
    });
    renderApp('/dashboard');

    expect(await screen.findByRole('heading', { name: 'Chưa có kỳ báo cáo nào được mở' })).toBeInTheDocument();
  });
});
