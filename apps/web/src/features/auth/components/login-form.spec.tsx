import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoPeriod, demoReminderLadder, officeUser, page } from '@/testing/fixtures';
import { mockApi, unauthenticated } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-app';

async function fillAndSubmit(login: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Tên đăng nhập'), login);
  await user.type(screen.getByLabelText('Mật khẩu'), password);
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('LoginForm (login page)', () => {
  it('renders the product, the committee and the Vietnamese form labels', async () => {
    mockApi({ 'GET /api/auth/me': unauthenticated });
    renderApp('/login');

    expect(await screen.findByLabelText('Tên đăng nhập')).toBeInTheDocument();
    expect(screen.getByLabelText('Mật khẩu')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Giao Ban' })).toBeInTheDocument();
    expect(screen.getByText('Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh Quảng Ninh')).toBeInTheDocument();
  });

  it('shows the required-field messages and sends nothing when submitted empty', async () => {
    const api = mockApi({ 'GET /api/auth/me': unauthenticated });
    renderApp('/login');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByText('Vui lòng nhập tên đăng nhập.')).toBeInTheDocument();
    expect(await screen.findByText('Vui lòng nhập mật khẩu.')).toBeInTheDocument();
    expect(api.sent('POST', '/api/auth/login')).toHaveLength(0);
  });

  it('says the credentials are wrong on a 401', async () => {
    const api = mockApi({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/login': { status: 401, body: { code: 'INVALID_CREDENTIALS', message: 'Invalid credentials' } },
    });
    const { router } = renderApp('/login');

    await fillAndSubmit('vanphong', 'sai-mat-khau');

    expect(await screen.findByRole('alert')).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(api.sent('POST', '/api/auth/login')).toHaveLength(1);
    expect(router.state.location.pathname).toBe('/login');
  });

  it('asks to wait after too many attempts (429)', async () => {
    mockApi({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/login': { status: 429, body: { code: 'TOO_MANY_REQUESTS', message: 'Too many requests' } },
    });
    renderApp('/login');

    await fillAndSubmit('vanphong', 'GiaoBan@2021');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
    );
  });

  it('posts the typed credentials and goes on to the reporting periods', async () => {
    const api = mockApi({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/login': { status: 200, body: officeUser },
      'GET /api/periods': { status: 200, body: page([demoPeriod]) },
    });
    const { router } = renderApp('/login');

    await fillAndSubmit('vanphong', 'GiaoBan@2021');

    await waitFor(() => expect(router.state.location.pathname).toBe('/periods'));
    const [loginRequest] = api.sent('POST', '/api/auth/login');
    expect(loginRequest.body).toEqual({ login: 'vanphong', password: 'GiaoBan@2021' });
    expect(loginRequest.credentials).toBe('same-origin');
    expect(await screen.findByRole('link', { name: demoPeriod.title })).toBeInTheDocument();
  });

  it('returns to the page the user was heading for', async () => {
    mockApi({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/login': { status: 200, body: officeUser },
      'GET /api/periods/p-2021-h2': { status: 200, body: demoPeriod },
      'GET /api/periods/p-2021-h2/task-groups': { status: 200, body: page([]) },
      // The rest of the period page the office lands on.
      'GET /api/periods/p-2021-h2/agencies': { status: 200, body: { agencyIds: [] } },
      'GET /api/periods/p-2021-h2/reports': { status: 200, body: page([]) },
      'GET /api/periods/p-2021-h2/reminder-ladder': { status: 200, body: demoReminderLadder },
    });
    const { router } = renderApp('/login?redirectTo=%2Fperiods%2Fp-2021-h2');

    await fillAndSubmit('vanphong', 'GiaoBan@2021');

    expect(await screen.findByRole('heading', { level: 1, name: demoPeriod.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/periods/p-2021-h2');
  });

  it('does not follow a redirect to another site', async () => {
    mockApi({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/login': { status: 200, body: officeUser },
      'GET /api/periods': { status: 200, body: page([]) },
    });
    const { router } = renderApp('/login?redirectTo=%2F%2Fevil.example%2Fx');

    await fillAndSubmit('vanphong', 'GiaoBan@2021');

    await waitFor(() => expect(router.state.location.pathname).toBe('/periods'));
  });
});
