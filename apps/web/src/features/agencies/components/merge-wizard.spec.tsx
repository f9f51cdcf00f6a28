import type { Agency, AgencyHistory, MergeAgenciesRequest, ObligationFacts, SuccessionPreview } from '@giao-ban/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { officeUser, page } from '@/testing/fixtures';
import { mockApi, type MockRoutes } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-app';

const unit = (id: string, name: string, shortName: string, displayOrder: number, extra: Partial<Agency> = {}): Agency => ({
  id,
  code: id.toUpperCase(),
  name,
  shortName,
  kind: 'department',
  displayOrder,
  active: true,
  isStandingOffice: false,
  contactPerson: null,
  email: null,
  phone: null,
  ...extra,
});

const units = [
  unit('a-snv', 'Sở Ngoại vụ', 'SNV', 1),
  unit('a-stttt', 'Sở Thông tin và Truyền thông', 'Sở TT&TT', 2, { contactPerson: 'Phòng Thông tin - Báo chí', email: 'stttt@quangninh.gov.vn' }),
  unit('a-tttt', 'Trung tâm Truyền thông tỉnh', 'TT Truyền thông', 3, { kind: 'press' }),
  unit('a-btg', 'Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo', 100, { kind: 'party_body', isStandingOffice: true }),
];

const obligation = (reportId: string, agencyId: string, periodTitle: string, state: ObligationFacts['state'], submitted: boolean): ObligationFacts => ({
  reportId,
  periodId: `p-${periodTitle}`,
  periodTitle,
  periodState: submitted ? 'closed' : 'open',
  agencyId,
  state,
  submitted,
  hasWork: state !== 'not_started',
});

function previewOf(body: MergeAgenciesRequest, conflicts: ObligationFacts[] = []): SuccessionPreview {
  return {
    plan: {
      move: [obligation('r-1', 'a-stttt', 'Báo cáo 6 tháng đầu năm 2022', 'draft', false)],
      release: [obligation('r-2', 'a-tttt', 'Báo cáo 6 tháng đầu năm 2022', 'not_started', false)],
      keep: [obligation('r-3', 'a-stttt', 'Báo cáo 6 tháng cuối năm 2021', 'accepted', true), obligation('r-4', 'a-tttt', 'Báo cáo 6 tháng cuối năm 2021', 'accepted', true)],
      conflicts,
      draftPeriods: [{ periodId: 'p-8', periodTitle: 'Báo cáo tháng 8 năm 2022', removed: ['a-stttt', 'a-tttt'], successorAdded: true }],
    },
    users: [
      { id: 'u-1', login: 'sotttt', fullName: 'Cán bộ đầu mối Sở TT&TT', agencyId: 'a-stttt' },
      { id: 'u-2', login: 'truyenthong', fullName: 'Cán bộ đầu mối TT Truyền thông', agencyId: 'a-tttt' },
    ],
    userPolicy: body.users,
    predecessors: units.filter((u) => body.predecessorIds.includes(u.id)),
    successor: body.successor.existingId ? units.find((u) => u.id === body.successor.existingId)! : null,
  };
}

const successor = unit('a-skhcn', 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 2);
const successorHistory: AgencyHistory = {
  agency: successor,
  names: [{ name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', validFrom: '2025-03-01T02:00:00Z', changedByName: 'Nguyễn Thị Thu Hà' }],
  predecessors: ['a-stttt', 'a-tttt'].map((id) => ({
    kind: 'merge' as const,
    predecessor: { id, name: units.find((u) => u.id === id)!.name },
    successor: { id: successor.id, name: successor.name },
    effectiveOn: '2025-03-01',
    decidedByName: 'Nguyễn Thị Thu Hà',
    decidedAt: '2025-03-01T02:00:00Z',
    note: null,
  })),
  successors: [],
  activeUserCount: 2,
};

function renderUnits(extra: MockRoutes = {}) {
  const api = mockApi({
    'GET /api/auth/me': { status: 200, body: officeUser },
    'GET /api/agencies': { status: 200, body: page(units, { pageSize: 100 }) },
    'POST /api/agencies/merge/preview': ({ body }) => ({ status: 200, body: previewOf(body as MergeAgenciesRequest) }),
    'POST /api/agencies/merge': ({ body }) => ({
      status: 200,
      body: { ...previewOf(body as MergeAgenciesRequest), successor, predecessors: units.slice(1, 3).map((u) => ({ ...u, active: false })) },
    }),
    'GET /api/agencies/a-skhcn/history': { status: 200, body: successorHistory },
    ...extra,
  });
  return { api, ...renderApp('/agencies') };
}

const button = (name: string | RegExp, scope: HTMLElement = document.body) => within(scope).getByRole('button', { name });

async function openWizard(): Promise<HTMLElement> {
  await screen.findAllByText('Sở Thông tin và Truyền thông');
  fireEvent.click(button('Hợp nhất đơn vị'));
  return screen.findByRole('dialog');
}

describe('MergeWizard (Hợp nhất đơn vị)', () => {
  // Each test walks the four steps of the wizard through antd selects in jsdom; on a busy two-core
  // machine one walk has taken over 30 s of CPU time, so these two get more than the default.
  jest.setTimeout(90_000);

  it('merges two units into a new one: units, successor, accounts, then a confirmation that says what will happen', async () => {
    const { api, router } = renderUnits();
    const dialog = await openWizard();

    // Step 1: at least one unit; the standing office is not offered.
    fireEvent.click(button('Tiếp tục', dialog));
    expect(await within(dialog).findByText('Chọn ít nhất một đơn vị.')).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Ban Tuyên giáo Tỉnh ủy')).not.toBeInTheDocument();
    fireEvent.click(within(dialog).getByLabelText('Sở Thông tin và Truyền thông'));
    fireEvent.click(within(dialog).getByLabelText('Trung tâm Truyền thông tỉnh'));
    fireEvent.click(button('Tiếp tục', dialog));

    // Step 2: a new unit, in the place of the first of those it continues.
    const name = await within(dialog).findByLabelText('Tên đơn vị');
    expect(within(dialog).getByLabelText(/^Thứ tự hiển thị/)).toHaveValue('2');
    fireEvent.click(button('Tiếp tục', dialog));
    expect(await within(dialog).findByText('Vui lòng nhập tên đơn vị (ít nhất 2 ký tự).')).toBeInTheDocument();
    fireEvent.change(name, { target: { value: 'Sở Khoa học và Công nghệ' } });
    fireEvent.change(within(dialog).getByLabelText('Tên viết tắt'), { target: { value: 'Sở KH&CN' } });
    fireEvent.click(button('Tiếp tục', dialog));

    // Step 3: accounts move by default; nothing was asked of the server yet.
    expect(await within(dialog).findByLabelText('Chuyển tài khoản sang đơn vị kế thừa')).toBeChecked();
    fireEvent.change(within(dialog).getByLabelText(/^Căn cứ, ghi chú/), { target: { value: 'Nghị quyết số 35/NQ-HĐND' } });
    expect(api.sent('POST', '/api/agencies/merge/preview')).toHaveLength(0);
    fireEvent.click(button('Xem trước thay đổi', dialog));

    // Step 4: the API's plan, in words.
    await waitFor(() => expect(api.sent('POST', '/api/agencies/merge/preview')).toHaveLength(1));
    const sent = api.sent('POST', '/api/agencies/merge/preview')[0]!.body as MergeAgenciesRequest;
    expect(sent).toEqual({
      predecessorIds: ['a-stttt', 'a-tttt'],
      successor: {
        create: { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: 'department', displayOrder: 2, contactPerson: null, email: null, phone: null },
      },
      users: 'move',
      effectiveOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      note: 'Nghị quyết số 35/NQ-HĐND',
    });
    expect(await within(dialog).findByTestId('merge-headline')).toHaveTextContent(
      /^Sở Thông tin và Truyền thông, Trung tâm Truyền thông tỉnh sẽ ngừng hoạt động từ ngày \d\d\/\d\d\/\d{4} và hợp nhất thành đơn vị mới Sở Khoa học và Công nghệ\.$/,
    );
    const moved = within(dialog).getByRole('region', { name: 'Báo cáo chưa gửi của kỳ đang mở chuyển sang Sở Khoa học và Công nghệ' });
    expect(moved).toHaveTextContent('Báo cáo 6 tháng đầu năm 2022 — Sở Thông tin và Truyền thông (Đang soạn)');
    expect(within(dialog).getByRole('region', { name: 'Nghĩa vụ báo cáo chấm dứt (chưa có nội dung)' })).toHaveTextContent(
      'Báo cáo 6 tháng đầu năm 2022 — Trung tâm Truyền thông tỉnh (Chưa thực hiện)',
    );
    const kept = within(dialog).getByRole('region', { name: 'Lịch sử giữ nguyên' });
    expect(kept).toHaveTextContent('2 báo cáo đã gửi hoặc của kỳ đã đóng vẫn thuộc đơn vị cũ, giữ nguyên tên đơn vị khi gửi.');
    expect(kept).toHaveTextContent('Người dùng của Sở Khoa học và Công nghệ xem được các báo cáo này (chỉ xem).');
    expect(kept).toHaveTextContent('Báo cáo tổng hợp đã ban hành và các phiên bản đã gửi không thay đổi.');
    expect(within(dialog).getByRole('region', { name: 'Kỳ báo cáo đang dự thảo' })).toHaveTextContent(
      'Báo cáo tháng 8 năm 2022: thay Sở Thông tin và Truyền thông, Trung tâm Truyền thông tỉnh bằng Sở Khoa học và Công nghệ',
    );
    expect(within(dialog).getByRole('region', { name: 'Tài khoản' })).toHaveTextContent('2 tài khoản chuyển sang Sở Khoa học và Công nghệ: sotttt, truyenthong');
    expect(api.sent('POST', '/api/agencies/merge')).toHaveLength(0);

    // Confirmed: the same request, then the successor's page.
    fireEvent.click(button('Xác nhận hợp nhất', dialog));
    await waitFor(() => expect(api.sent('POST', '/api/agencies/merge')).toHaveLength(1));
    expect(api.sent('POST', '/api/agencies/merge')[0]!.body).toEqual(sent);
    await waitFor(() => expect(router.state.location.pathname).toBe('/agencies/a-skhcn'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sở Khoa học và Công nghệ' })).toBeInTheDocument();
    const continues = screen.getByRole('region', { name: 'Kế thừa các đơn vị' });
    expect(within(continues).getByRole('link', { name: 'Sở Thông tin và Truyền thông' })).toHaveAttribute('href', '/agencies/a-stttt');
    expect(continues).toHaveTextContent('Người dùng của đơn vị này xem được (chỉ xem) các báo cáo trước đây của các đơn vị trên.');
  });

  it('into an existing unit; a plan that would lose a draft cannot be confirmed', async () => {
    const conflict = obligation('r-9', 'a-tttt', 'Báo cáo 6 tháng đầu năm 2022', 'draft', false);
    const { api } = renderUnits({
      'POST /api/agencies/merge/preview': ({ body }) => ({ status: 200, body: previewOf(body as MergeAgenciesRequest, [conflict]) }),
    });
    const dialog = await openWizard();

    fireEvent.click(within(dialog).getByLabelText('Trung tâm Truyền thông tỉnh'));
    fireEvent.click(button('Tiếp tục', dialog));
    fireEvent.click(await within(dialog).findByLabelText('Hợp nhất vào đơn vị đang hoạt động'));
    fireEvent.mouseDown(await within(dialog).findByLabelText('Đơn vị kế thừa', { selector: 'input' }));
    // The units being merged are not offered as their own successor.
    expect(screen.queryAllByText('Trung tâm Truyền thông tỉnh', { selector: '.ant-select-item-option-content' })).toHaveLength(0);
    const options = await screen.findAllByText('Sở Thông tin và Truyền thông', { selector: '.ant-select-item-option-content' });
    fireEvent.click(options[options.length - 1]!);
    fireEvent.click(button('Tiếp tục', dialog));
    fireEvent.click(await within(dialog).findByLabelText('Khóa tài khoản (kết thúc mọi phiên đăng nhập)'));
    fireEvent.click(button('Xem trước thay đổi', dialog));

    await waitFor(() => expect(api.sent('POST', '/api/agencies/merge/preview')).toHaveLength(1));
    expect(api.sent('POST', '/api/agencies/merge/preview')[0]!.body).toMatchObject({
      predecessorIds: ['a-tttt'],
      successor: { existingId: 'a-stttt' },
      users: 'deactivate',
    });
    expect(await within(dialog).findByTestId('merge-headline')).toHaveTextContent('hợp nhất vào Sở Thông tin và Truyền thông.');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Không thể thực hiện');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Báo cáo 6 tháng đầu năm 2022 — Trung tâm Truyền thông tỉnh (Đang soạn)');
    expect(within(dialog).getByRole('region', { name: 'Tài khoản' })).toHaveTextContent('2 tài khoản bị khóa và đăng xuất: sotttt, truyenthong');
    expect(button('Xác nhận hợp nhất', dialog)).toBeDisabled();

    // Back to change something: the choices are kept.
    fireEvent.click(button('Quay lại', dialog));
    expect(await within(dialog).findByLabelText('Khóa tài khoản (kết thúc mọi phiên đăng nhập)')).toBeChecked();
    expect(api.sent('POST', '/api/agencies/merge')).toHaveLength(0);
  });
});

describe('AgenciesScreen (Đơn vị thành viên)', () => {
  it('edits a unit, says what a rename does, and sends only what changed', async () => {
    const { api } = renderUnits({
      'PATCH /api/agencies/a-stttt': ({ body }) => ({ status: 200, body: { ...units[1], ...(body as Partial<Agency>) } }),
    });
    const card = (await screen.findAllByText('Sở Thông tin và Truyền thông'))[0]!.closest('li') as HTMLElement;
    expect(card).toHaveTextContent('stttt@quangninh.gov.vn');
    fireEvent.click(button('Sửa: Sở Thông tin và Truyền thông', card));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Mã đơn vị: A-STTTT (không thay đổi)');
    expect(within(dialog).queryByText(/^Đổi tên đơn vị/)).not.toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText('Tên đơn vị'), { target: { value: 'Sở Khoa học và Công nghệ' } });
    expect(await within(dialog).findByText(/^Đổi tên đơn vị: báo cáo đã gửi/)).toBeInTheDocument();
    fireEvent.click(button('Lưu', dialog));
    await waitFor(() => expect(api.sent('PATCH', '/api/agencies/a-stttt')).toHaveLength(1));
    expect(api.sent('PATCH', '/api/agencies/a-stttt')[0]!.body).toEqual({ name: 'Sở Khoa học và Công nghệ' });
    expect(await screen.findByText('Đã cập nhật đơn vị Sở Khoa học và Công nghệ.')).toBeInTheDocument();
    // The list asked for the active units; the filter lives in the URL.
    expect(Object.fromEntries(api.sent('GET', '/api/agencies')[0]!.search)).toMatchObject({ page: '1', active: 'true' });
  });
});
