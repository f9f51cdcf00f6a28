import type { Profile } from '@giao-ban/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoPeriod, page, reporterUser } from '@/testing/fixtures';
import { mockApi, unauthenticated, type MockRoutes } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-app';

const profile: Profile = {
  id: reporterUser.id,
  login: reporterUser.login,
  fullName: reporterUser.fullName,
  email: null,
  phone: '0203 3835 123',
  role: reporterUser.role,
  agencyName: reporterUser.agencyName,
  lastSignInAt: '2021-12-15T02:20:00.000Z',
};

const passwordForm = () => screen.getByRole('button', { name: 'Đổi mật khẩu' }).closest('form') as HTMLFormElement;
const type = (form: HTMLElement, label: string, value: string) => fireEvent.change(within(form).getByLabelText(label), { target: { value } });
const rules = () => within(screen.getByTestId('password-rules')).getAllByRole('listitem').map((item) => item.textContent);

function renderProfile(extra: MockRoutes = {}) {
  const api = mockApi({
    'GET /api/auth/me': { status: 200, body: reporterUser },
    'GET /api/profile': { status: 200, body: profile },
    // The profile page's e-mail switch.
    'GET /api/notifications/preferences': { status: 200, body: { emailEnabled: false, email: profile.email } },
    ...extra,
  });
  renderApp('/profile');
  return api;
}

describe('ChangePasswordForm (Tài khoản của tôi)', () => {
  it('shows the account, and checks the password rule of libs/shared as the new password is typed', async () => {
    renderProfile();

    expect(await screen.findByRole('heading', { level: 1, name: 'Tài khoản của tôi' })).toBeInTheDocument();
    expect(await screen.findByText('Trần Văn Minh')).toBeInTheDocument();
    expect(screen.getByText('09:20 15/12/2021')).toBeInTheDocument();
    expect(screen.getByLabelText('Số điện thoại')).toHaveValue('0203 3835 123');

    const form = passwordForm();
    expect(rules()).toEqual([
      '• có ít nhất 10 ký tự (chưa đạt)',
      '• có ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt (chưa đạt)',
      '• không chứa tên đăng nhập (chưa đạt)',
      '• không bắt đầu hoặc kết thúc bằng dấu cách (chưa đạt)',
    ]);
    type(form, 'Mật khẩu mới', 'songoaivu1');
    await waitFor(() =>
      expect(rules()).toEqual([
        '✓ có ít nhất 10 ký tự (đã đạt)',
        '• có ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt (chưa đạt)',
        '• không chứa tên đăng nhập (chưa đạt)',
        '✓ không bắt đầu hoặc kết thúc bằng dấu cách (đã đạt)',
      ]),
    );
    type(form, 'Mật khẩu mới', 'Hạ-Long-2025');
    await waitFor(() => expect(rules().every((rule) => rule?.startsWith('✓'))).toBe(true));
  });

  it('refuses a weak or mistyped new password without asking the server', async () => {
    const api = renderProfile();
    const user = userEvent.setup();
    await screen.findByText('Trần Văn Minh');
    const form = passwordForm();

    type(form, 'Mật khẩu hiện tại', 'GiaoBan@2021');
    type(form, 'Mật khẩu mới', 'matkhau');
    type(form, 'Nhập lại mật khẩu mới', 'matkhau');
    await user.click(within(form).getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await within(form).findByText('Mật khẩu mới chưa đáp ứng các yêu cầu bên dưới.')).toBeInTheDocument();

    type(form, 'Mật khẩu mới', 'Hạ-Long-2025');
    type(form, 'Nhập lại mật khẩu mới', 'Hạ-Long-2026');
    await user.click(within(form).getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await within(form).findByText('Hai lần nhập mật khẩu mới không khớp nhau.')).toBeInTheDocument();
    expect(api.sent('POST', '/api/profile/password')).toHaveLength(0);
  });

  it('says so under the field when the current password is wrong (422), and confirms a change', async () => {
    let attempts = 0;
    const api = renderProfile({
      'POST /api/profile/password': () =>
        ++attempts === 1
          ? {
              status: 422,
              body: { code: 'VALIDATION_FAILED', message: 'wrong', details: [{ field: 'currentPassword', constraints: { matches: 'wrong' } }] },
            }
          : { status: 204 },
    });
    const user = userEvent.setup();
    await screen.findByText('Trần Văn Minh');
    const form = passwordForm();

    type(form, 'Mật khẩu hiện tại', 'sai-mat-khau');
    type(form, 'Mật khẩu mới', 'Hạ-Long-2025');
    type(form, 'Nhập lại mật khẩu mới', 'Hạ-Long-2025');
    await user.click(within(form).getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await within(form).findByText('Mật khẩu hiện tại không đúng.')).toBeInTheDocument();
    expect(api.sent('POST', '/api/profile/password')[0].body).toEqual({ currentPassword: 'sai-mat-khau', newPassword: 'Hạ-Long-2025' });

    type(form, 'Mật khẩu hiện tại', 'GiaoBan@2021');
    await user.click(within(form).getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await within(form).findByText('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Mật khẩu mới')).toHaveValue('');
  });

  it('keeps a user on a temporary password on the change screen, then takes them where they were going', async () => {
    let mustChange = true;
    const api = mockApi({
      'GET /api/auth/me': () => ({ status: 200, body: { ...reporterUser, mustChangePassword: mustChange } }),
      'POST /api/profile/password': () => {
        mustChange = false;
        return { status: 204 };
      },
      'GET /api/periods': { status: 200, body: page([demoPeriod]) },
    });
    const { router } = renderApp('/periods');
    const user = userEvent.setup();

    expect(await screen.findByText(/đang dùng mật khẩu tạm thời/)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/change-password');
    expect(new URLSearchParams(router.state.location.search).get('redirectTo')).toBe('/periods');
    expect(api.sent('GET', '/api/periods')).toHaveLength(0);
    // no menu, no other screen
    expect(screen.queryByRole('button', { name: 'Mở menu điều hướng' })).not.toBeInTheDocument();

    const form = passwordForm();
    type(form, 'Mật khẩu tạm thời', 'Kp7x-Hm3q-Tz9w');
    type(form, 'Mật khẩu mới', 'Hạ-Long-2025');
    type(form, 'Nhập lại mật khẩu mới', 'Hạ-Long-2025');
    await user.click(within(form).getByRole('button', { name: 'Đổi mật khẩu' }));

    expect(await screen.findByRole('link', { name: demoPeriod.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/periods');
    expect(api.sent('POST', '/api/profile/password')[0].body).toEqual({ currentPassword: 'Kp7x-Hm3q-Tz9w', newPassword: 'Hạ-Long-2025' });
  });

  it('tells a visitor who forgot their password that the administrator resets it', async () => {
    mockApi({ 'GET /api/auth/me': unauthenticated });
    renderApp('/login');

    expect(await screen.findByText('Nếu quên mật khẩu, vui lòng liên hệ quản trị hệ thống để được đặt lại mật khẩu.')).toBeInTheDocument();
  });
});
