import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoAgencies, demoPeriod, officeUser, page, reporterUser } from '@/testing/fixtures';
import { mockApi, unauthenticated } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-app';

async function openMenu() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Mở menu điều hướng' }));
  return screen.findByRole('dialog');
}

describe('AppRoot (signed-in shell)', () => {
  it('sends a visitor without a session to the login page, remembering the destination', async () => {
    mockApi({ 'GET /api/auth/me': unauthenticated });
    const { router } = renderApp('/periods?page=2');

    expect(await screen.findByLabelText('Tên đăng nhập')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('redirectTo')).toBe('/periods?page=2');
  });

  it('returns to the login page when a data call finds the session expired', async () => {
    mockApi({
      'GET /api/auth/me': { status: 200, body: officeUser },
      'GET /api/periods': unauthenticated,
    });
    const { router } = renderApp('/periods');

    expect(await screen.findByLabelText('Tên đăng nhập')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('redirectTo')).toBe('/periods');
  });

  it('lists the periods as cards on a phone, asking for the first page', async () => {
    const api = mockApi({
      'GET /api/auth/me': { status: 200, body: officeUser },
      'GET /api/periods': { status: 200, body: page([demoPeriod]) },
    });
    renderApp('/');

    expect(await screen.findByRole('link', { name: demoPeriod.title })).toHaveAttribute('href', '/periods/p-2021-h2');
    expect(screen.getByRole('heading', { level: 1, name: 'Kỳ báo cáo' })).toBeInTheDocument();
    expect(screen.getByText('15/06/2021 – 14/12/2021')).toBeInTheDocument();
    expect(screen.getByText('6 tháng')).toBeInTheDocument();
    expect(screen.getByText('Đang mở')).toBeInTheDocument();
    const [request] = api.sent('GET', '/api/periods');
    expect(Object.fromEntries(request.search)).toEqual({ page: '1', pageSize: '20' });
  });

  it('gives the standing office its menu entries and the admin-free header', async () => {
    mockApi({
      'GET /api/auth/me': { status: 200, body: officeUser },
      'GET /api/periods': { status: 200, body: page([]) },
    });
    renderApp('/periods');

    const drawer = await openMenu();
    expect(within(drawer).getByText(officeUser.fullName)).toBeInTheDocument();
    expect(within(drawer).getByText('Cơ quan thường trực')).toBeInTheDocument();
    const links = within(drawer).getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual(['Kỳ báo cáo', 'Chờ tiếp nhận', 'Bảng điều khiển', 'Bản tin', 'Đơn vị', 'Nhật ký hệ thống', 'Tài khoản của tôi']);
    expect(within(drawer).getByRole('button', { name: 'Đăng xuất' })).toBeInTheDocument();
  });

  it('writes a long name and unit out in full in the phone menu, on as many lines as they need', async () => {
    const longName = { ...reporterUser, fullName: 'Phòng Thông tin - Tổng hợp (Cơ quan thường trực)', agencyName: 'Ban Quản lý Khu kinh tế tỉnh' };
    mockApi({
      'GET /api/auth/me': { status: 200, body: longName },
      'GET /api/periods': { status: 200, body: page([]) },
    });
    renderApp('/periods');

    const drawer = await openMenu();
    for (const line of [longName.fullName, 'Cán bộ đầu mối · Ban Quản lý Khu kinh tế tỉnh']) {
      const element = within(drawer).getByText(line);
      expect(getComputedStyle(element).whiteSpace).not.toBe('nowrap');
      expect(getComputedStyle(element).textOverflow).not.toBe('ellipsis');
    }
  });

  it('shows an agency reporter their unit, their reports first, then the periods', async () => {
    mockApi({
      'GET /api/auth/me': { status: 200, body: reporterUser },
      'GET /api/periods': { status: 200, body: page([]) },
    });
    renderApp('/periods');

    const drawer = await openMenu();
    expect(within(drawer).getByText('Cán bộ đầu mối · Sở Ngoại vụ')).toBeInTheDocument();
    expect(within(drawer).getAllByRole('link').map((link) => link.textContent)).toEqual(['Báo cáo của tôi', 'Kỳ báo cáo', 'Bản tin', 'Tài khoản của tôi']);
  });

  it('lands a member unit on its own reports and everyone else on the periods', async () => {
    mockApi({
      'GET /api/auth/me': { status: 200, body: reporterUser },
      'GET /api/reports/mine': { status: 200, body: page([]) },
    });
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo của tôi' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/my-reports');
  });

  it('lists the member units for the office', async () => {
    const api = mockApi({
      'GET /api/auth/me': { status: 200, body: officeUser },
      'GET /api/agencies': { status: 200, body: page(demoAgencies, { pageSize: 50 }) },
    });
    renderApp('/agencies');

    // Each unit links to its record; the list shows the active units unless asked otherwise.
    expect(await screen.findByRole('link', { name: 'Huyện Bình Liêu' })).toHaveAttribute('href', '/agencies/a-bl');
    expect(screen.getByRole('link', { name: 'Sở Ngoại vụ' })).toHaveAttribute('href', '/agencies/a-snv');
    expect(screen.getByText('Sở, ban, ngành')).toBeInTheDocument();
    expect(screen.getByText('Địa phương')).toBeInTheDocument();
    expect(screen.getAllByText('Đang hoạt động', { selector: '.ant-tag' })).toHaveLength(2);
    expect(api.sent('GET', '/api/agencies').map((request) => Object.fromEntries(request.search))).toContainEqual({ page: '1', pageSize: '50', active: 'true' });
  });

  it('keeps the units list from an agency user without asking the API', async () => {
    const api = mockApi({ 'GET /api/auth/me': { status: 200, body: reporterUser } });
    renderApp('/agencies');

    expect(await screen.findByText('Không có quyền truy cập')).toBeInTheDocument();
    expect(api.sent('GET', '/api/agencies')).toHaveLength(0);
  });

  it('signs out and goes back to the login page', async () => {
    const api = mockApi({
      'GET /api/auth/me': { status: 200, body: officeUser },
      'GET /api/periods': { status: 200, body: page([]) },
      'POST /api/auth/logout': { status: 204 },
    });
    const { router } = renderApp('/periods');
    const user = userEvent.setup();

    const drawer = await openMenu();
    await user.click(within(drawer).getByRole('button', { name: 'Đăng xuất' }));

    expect(await screen.findByLabelText('Tên đăng nhập')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    // a deliberate sign-out does not bounce the next user back to this user's page
    expect(router.state.location.search).toBe('');
    expect(api.sent('POST', '/api/auth/logout')).toHaveLength(1);
  });

  it('has a not-found page', async () => {
    mockApi({ 'GET /api/auth/me': { status: 200, body: officeUser } });
    renderApp('/khong-ton-tai');

    expect(await screen.findByText('Không tìm thấy trang')).toBeInTheDocument();
  });
});
