import type { TemporaryPasswordIssued, UserAccount } from '@giao-ban/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoAgencies, officeUser, page } from '@/testing/fixtures';
import { mockApi, type MockRoutes } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-app';
import { account, adminUser, demoAccounts } from '@/testing/user-fixtures';

const agencies = [...demoAgencies, { ...demoAgencies[0], id: 'a-btg', name: 'Ban Tuyên giáo Tỉnh ủy', isStandingOffice: true }];

function renderUsers(extra: MockRoutes = {}, url = '/users') {
  const api = mockApi({
    'GET /api/auth/me': { status: 200, body: adminUser },
    'GET /api/users': { status: 200, body: page(demoAccounts) },
    'GET /api/agencies': { status: 200, body: page(agencies, { pageSize: 100 }) },
    ...extra,
  });
  const view = renderApp(url);
  return { api, ...view };
}

/** The account cards (jsdom has no media queries: the phone layout renders). */
async function cardOf(name: string): Promise<HTMLElement> {
  return (await screen.findByText(name)).closest('li') as HTMLElement;
}

/** Opens an antd Select by its label and picks an option by its text. */
async function choose(label: string | RegExp, option: string, scope: HTMLElement = document.body) {
  fireEvent.mouseDown(within(scope).getByLabelText(label));
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  fireEvent.click(options[options.length - 1]);
}

/** The dialog showing a temporary password (antd names dialogs with a fixed id under test). */
async function passwordDialog(): Promise<HTMLElement> {
  return (await screen.findByTestId('temporary-password')).closest('[role="dialog"]') as HTMLElement;
}

const button = (name: string | RegExp, scope: HTMLElement = document.body) => within(scope).getByRole('button', { name });

describe('UsersScreen (Quản lý người dùng)', () => {
  it('lists the accounts with role, unit, contact, last sign-in and state, asking for the first page', async () => {
    const { api } = renderUsers();

    expect(await screen.findByRole('heading', { level: 1, name: 'Quản lý người dùng' })).toBeInTheDocument();
    const minh = await cardOf('Trần Văn Minh');
    expect(within(minh).getByText('songoaivu')).toBeInTheDocument();
    expect(within(minh).getByText('Cán bộ đầu mối · Sở Ngoại vụ')).toBeInTheDocument();
    expect(within(minh).getByText('minh@songoaivu.gov.vn')).toBeInTheDocument();
    expect(within(minh).getByText('Đăng nhập gần nhất: 09:20 15/12/2021')).toBeInTheDocument();
    expect(within(minh).getByText('Đang hoạt động')).toBeInTheDocument();

    const fresh = await cardOf('Nguyễn Văn A');
    expect(within(fresh).getByText('Chờ đổi mật khẩu')).toBeInTheDocument();
    expect(within(fresh).getByText('Đăng nhập gần nhất: Chưa đăng nhập')).toBeInTheDocument();
    const old = await cardOf('Hoàng Đức Cường');
    expect(within(old).getByText('Đã khóa')).toBeInTheDocument();
    expect(button('Mở khóa: Hoàng Đức Cường', old)).toBeInTheDocument();

    // The administrator's own row offers no way to lock themselves out.
    const own = await cardOf('quantri');
    expect(within(own).getByText('Bạn')).toBeInTheDocument();
    expect(within(own).queryByRole('button', { name: /^Khóa/ })).not.toBeInTheDocument();

    expect(Object.fromEntries(api.sent('GET', '/api/users')[0].search)).toEqual({ page: '1', pageSize: '20' });
  });

  it('searches and filters through the URL, and asks the API with the same filters', async () => {
    const { api, router } = renderUsers();
    await cardOf('Trần Văn Minh');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm theo họ tên, tên đăng nhập hoặc thư điện tử' }), {
      target: { value: 'nguyen van' },
    });
    fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Tìm theo họ tên, tên đăng nhập hoặc thư điện tử' }), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await choose('Vai trò', 'Lãnh đạo đơn vị');
    await choose('Trạng thái', 'Đã khóa');

    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ search: 'nguyen van', role: 'agency_head', active: 'false' }),
    );
    await waitFor(() =>
      expect(Object.fromEntries(api.sent('GET', '/api/users').at(-1)!.search)).toEqual({
        page: '1',
        pageSize: '20',
        search: 'nguyen van',
        role: 'agency_head',
        active: 'false',
      }),
    );

    fireEvent.click(button('Xóa bộ lọc'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('creates an account for a unit and shows its temporary password once, with a copy button', async () => {
    const created: TemporaryPasswordIssued = {
      user: account({ id: 'u-created', login: 'lethib', fullName: 'Lê Thị B', mustChangePassword: true, lastSignInAt: null }),
      temporaryPassword: 'Kp7x-Hm3q-Tz9w',
    };
    const { api } = renderUsers({ 'POST /api/users': { status: 201, body: created } });
    const user = userEvent.setup(); // it puts a clipboard of its own on navigator
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    await cardOf('Trần Văn Minh');

    await user.click(button('Thêm người dùng'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Tên đăng nhập'), { target: { value: 'LeThiB' } });
    fireEvent.change(within(dialog).getByLabelText('Họ và tên'), { target: { value: '  Lê Thị B ' } });
    fireEvent.change(within(dialog).getByLabelText(/^Số điện thoại/), { target: { value: '0912 345 678' } });

    // a unit's staff need their unit: the form says so before asking the server
    await user.click(button('Tạo tài khoản', dialog));
    expect(await within(dialog).findByText('Vui lòng chọn đơn vị của cán bộ.')).toBeInTheDocument();
    expect(api.sent('POST', '/api/users')).toHaveLength(0);
    // the standing office is not a reporting unit and is not offered
    fireEvent.mouseDown(within(dialog).getByLabelText('Đơn vị'));
    expect(await screen.findAllByText('Sở Ngoại vụ', { selector: '.ant-select-item-option-content' })).not.toHaveLength(0);
    expect(screen.queryAllByText('Ban Tuyên giáo Tỉnh ủy', { selector: '.ant-select-item-option-content' })).toHaveLength(0);
    await choose('Đơn vị', 'Huyện Bình Liêu', dialog);

    await user.click(button('Tạo tài khoản', dialog));
    await waitFor(() => expect(api.sent('POST', '/api/users')).toHaveLength(1));
    expect(api.sent('POST', '/api/users')[0].body).toEqual({
      login: 'lethib',
      fullName: 'Lê Thị B',
      email: null,
      phone: '0912 345 678',
      role: 'agency_reporter',
      agencyId: 'a-bl',
    });

    const shown = await passwordDialog();
    expect(shown).toHaveTextContent('Đã tạo tài khoản lethib');
    expect(within(shown).getByTestId('temporary-password')).toHaveTextContent('Kp7x-Hm3q-Tz9w');
    expect(within(shown).getByText(/chỉ hiển thị một lần/)).toBeInTheDocument();
    await user.click(button('Sao chép', shown));
    expect(writeText).toHaveBeenCalledWith('Kp7x-Hm3q-Tz9w');
    expect(await within(shown).findByRole('button', { name: 'Đã sao chép' })).toBeInTheDocument();

    await user.click(button('Đã ghi lại, đóng', shown));
    await waitFor(() => expect(screen.queryByText('Kp7x-Hm3q-Tz9w')).not.toBeInTheDocument());
  });

  it('puts the server’s answer on the field: a login already taken', async () => {
    renderUsers({
      'POST /api/users': {
        status: 422,
        body: { code: 'VALIDATION_FAILED', message: 'taken', details: [{ field: 'login', constraints: { unique: 'login taken' } }] },
      },
    });
    const user = userEvent.setup();
    await cardOf('Trần Văn Minh');

    await user.click(button('Thêm người dùng'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Tên đăng nhập'), { target: { value: 'songoaivu' } });
    fireEvent.change(within(dialog).getByLabelText('Họ và tên'), { target: { value: 'Trần Văn Minh' } });
    await choose('Vai trò', 'Lãnh đạo Ban Chỉ đạo', dialog);
    await waitFor(() => expect(within(dialog).queryByLabelText('Đơn vị')).not.toBeInTheDocument());
    await user.click(button('Tạo tài khoản', dialog));

    expect(await within(dialog).findByText('Tên đăng nhập này đã được sử dụng.')).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Dữ liệu không hợp lệ.');
  });

  it('edits an account, sending only what changed', async () => {
    const minh = demoAccounts[1]!;
    const { api } = renderUsers({
      'PATCH /api/users/u-snv': ({ body }) => ({ status: 200, body: { ...minh, ...(body as Partial<UserAccount>) } }),
    });
    const user = userEvent.setup();

    await user.click(button('Sửa: Trần Văn Minh', await cardOf('Trần Văn Minh')));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Sửa thông tin người dùng');
    expect(within(dialog).getByLabelText('Tên đăng nhập')).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText(/^Thư điện tử/), { target: { value: '' } });
    await user.click(button('Lưu', dialog));

    await waitFor(() => expect(api.sent('PATCH', '/api/users/u-snv')).toHaveLength(1));
    expect(api.sent('PATCH', '/api/users/u-snv')[0].body).toEqual({ email: null });
    expect(await screen.findByText('Đã cập nhật thông tin người dùng.')).toBeInTheDocument();
  });

  it('resets a password after confirmation and shows the new temporary password', async () => {
    const { api } = renderUsers({
      'POST /api/users/u-snv/reset-password': {
        status: 200,
        body: { user: { ...demoAccounts[1], mustChangePassword: true }, temporaryPassword: 'Ab3d-Ef4g-Hj5k' },
      },
    });
    const user = userEvent.setup();

    await user.click(button('Đặt lại mật khẩu: Trần Văn Minh', await cardOf('Trần Văn Minh')));
    const confirm = await screen.findByRole('dialog');
    expect(confirm).toHaveTextContent('Đặt lại mật khẩu cho Trần Văn Minh?');
    expect(confirm).toHaveTextContent('kết thúc mọi phiên đăng nhập');
    expect(api.sent('POST', '/api/users/u-snv/reset-password')).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Đặt lại mật khẩu' }));

    const shown = await passwordDialog();
    expect(shown).toHaveTextContent('Mật khẩu tạm thời của songoaivu');
    expect(within(shown).getByTestId('temporary-password')).toHaveTextContent('Ab3d-Ef4g-Hj5k');
    expect(api.sent('POST', '/api/users/u-snv/reset-password')).toHaveLength(1);
  });

  it('locks an account after confirmation and unlocks another at once', async () => {
    const { api } = renderUsers({
      'POST /api/users/u-snv/deactivate': { status: 200, body: { ...demoAccounts[1], active: false } },
      'POST /api/users/u-old/activate': { status: 200, body: { ...demoAccounts[3], active: true } },
    });
    const user = userEvent.setup();

    await user.click(button('Khóa: Trần Văn Minh', await cardOf('Trần Văn Minh')));
    const confirm = await screen.findByRole('dialog');
    expect(confirm).toHaveTextContent('Khóa tài khoản của Trần Văn Minh?');
    await user.click(within(confirm).getByRole('button', { name: 'Khóa tài khoản' }));
    await waitFor(() => expect(api.sent('POST', '/api/users/u-snv/deactivate')).toHaveLength(1));
    expect(await screen.findByText('Đã khóa tài khoản songoaivu.')).toBeInTheDocument();

    await user.click(button('Mở khóa: Hoàng Đức Cường', await cardOf('Hoàng Đức Cường')));
    await waitFor(() => expect(api.sent('POST', '/api/users/u-old/activate')).toHaveLength(1));
    // the list is asked again after each change
    await waitFor(() => expect(api.sent('GET', '/api/users').length).toBeGreaterThanOrEqual(3));
  });

  it('is the administrator’s alone: another role sees a notice and nothing is asked', async () => {
    const api = mockApi({ 'GET /api/auth/me': { status: 200, body: officeUser } });
    renderApp('/users');

    expect(await screen.findByText('Không có quyền truy cập')).toBeInTheDocument();
    expect(api.sent('GET', '/api/users')).toHaveLength(0);
  });
});
