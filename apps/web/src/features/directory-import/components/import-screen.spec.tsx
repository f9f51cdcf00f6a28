import type { DirectoryImportPlan, DirectoryImportResult, DirectoryImportReview, ImportProblem } from '@giao-ban/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, type MockRoutes } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-app';
import { adminUser } from '@/testing/user-fixtures';

const PLAN: DirectoryImportPlan = {
  units: {
    create: [
      {
        row: 11,
        code: 'SYT',
        fields: { name: 'Sở Y tế', shortName: 'Sở Y tế', kind: 'department', displayOrder: 12, contactPerson: 'Đặng Thu Hà', email: null, phone: '0203 3825 111' },
      },
    ],
    change: [{ row: 2, id: 'a-snv', code: 'SNGV', name: 'Sở Ngoại vụ', changes: { phone: { from: null, to: '0203 3835 999' } } }],
    unchanged: 8,
  },
  users: {
    create: [{ row: 13, login: 'lethimai', fields: { fullName: 'Lê Thị Mai', role: 'agency_reporter', unitCode: 'SYT', email: null, phone: null, active: true } }],
    change: [{ row: 5, id: 'u-kkt', login: 'khukinhte', fullName: 'Cán bộ Khu kinh tế', changes: { active: { from: true, to: false } } }],
    unchanged: 10,
  },
  unitNames: { SYT: 'Sở Y tế', SNGV: 'Sở Ngoại vụ' },
};

const PROBLEM: ImportProblem = {
  sheet: 'users',
  row: 14,
  column: 'unitCode',
  reason: 'unknownUnit',
  message: 'Không có đơn vị mã "SOYTE" trong trang "Đơn vị" hay trong hệ thống.',
  params: { header: 'Mã đơn vị', value: 'SOYTE' },
};

const valid: DirectoryImportReview = { valid: true, plan: PLAN, problems: [] };
const invalid: DirectoryImportReview = { valid: false, plan: PLAN, problems: [PROBLEM] };
const applied: DirectoryImportResult = {
  plan: PLAN,
  temporaryPasswords: [{ login: 'lethimai', fullName: 'Lê Thị Mai', unitName: 'Sở Y tế', temporaryPassword: 'Kp7x-Hm3q-Tz9w' }],
};

function renderImport(routes: MockRoutes) {
  const api = mockApi({ 'GET /api/auth/me': { status: 200, body: adminUser }, ...routes });
  renderApp('/import');
  return api;
}

const workbook = (name = 'don-vi.xlsx') => new File(['PK'], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;

describe('ImportScreen (Nhập từ Excel)', () => {
  it('offers the template, checks the chosen file and lists its problems; nothing can be applied', async () => {
    const api = renderImport({ 'POST /api/import/dry-run': { status: 200, body: invalid } });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Nhập đơn vị và người dùng từ Excel' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải tệp mẫu (.xlsx)' })).toHaveAttribute('href', '/api/import/template.xlsx');
    expect(screen.getByRole('button', { name: 'Kiểm tra tệp' })).toBeDisabled();

    await user.upload(fileInput(), workbook());
    await user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));

    const review = await screen.findByTestId('import-review');
    expect(within(review).getByText('Tệp có 1 lỗi: sửa tệp rồi kiểm tra lại. Chưa có gì được ghi.')).toBeInTheDocument();
    const problems = screen.getByTestId('import-problems');
    expect(within(problems).getByText('Người dùng, dòng 14')).toBeInTheDocument();
    expect(within(problems).getByText('Không có đơn vị mã "SOYTE" trong trang "Đơn vị" hay trong hệ thống.')).toBeInTheDocument();
    expect(within(screen.getByTestId('plan-units-change')).getByText('0203 3835 999')).toBeInTheDocument();
    expect(within(screen.getByTestId('plan-users-change')).getByText('Đã khóa')).toBeInTheDocument();
    expect(within(screen.getByTestId('plan-users-create')).getByText('Cán bộ đầu mối · Sở Y tế (SYT)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Áp dụng' })).toBeDisabled();
    const [sent] = api.sent('POST', '/api/import/dry-run');
    expect((sent!.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('refuses a file that is not .xlsx before sending it', async () => {
    const api = renderImport({});
    const user = userEvent.setup({ applyAccept: false });
    await screen.findByRole('heading', { level: 1 });
    await user.upload(fileInput(), new File(['a;b'], 'danh-sach.csv', { type: 'text/csv' }));
    expect(await screen.findByText('Chỉ nhận tệp Excel .xlsx.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kiểm tra tệp' })).toBeDisabled();
    expect(api.sent('POST', '/api/import/dry-run')).toHaveLength(0);
  });

  it('applies a valid file after confirmation and shows the temporary passwords once, with the warning', async () => {
    const api = renderImport({ 'POST /api/import/dry-run': { status: 200, body: valid }, 'POST /api/import/apply': { status: 200, body: applied } });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1 });
    await user.upload(fileInput(), workbook());
    await user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    expect(await screen.findByText('Tệp hợp lệ. Kiểm tra các thay đổi dưới đây rồi bấm "Áp dụng".')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Áp dụng' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Thêm 1 đơn vị, sửa 1 đơn vị, tạo 1 tài khoản và sửa 1 tài khoản/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Áp dụng' }));

    expect(await screen.findByText('Đã áp dụng tệp nhập')).toBeInTheDocument();
    expect(screen.getByTestId('import-temporary-password')).toHaveTextContent('Kp7x-Hm3q-Tz9w');
    expect(screen.getByText(/Mật khẩu tạm thời chỉ hiện một lần này/)).toBeInTheDocument();
    expect(api.sent('POST', '/api/import/apply')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Nhập tệp khác' }));
    await waitFor(() => expect(screen.queryByTestId('import-temporary-password')).not.toBeInTheDocument());
  });

  it('shows the problems the server finds when the data changed between the check and the apply', async () => {
    renderImport({
      'POST /api/import/dry-run': { status: 200, body: valid },
      'POST /api/import/apply': { status: 422, body: { code: 'IMPORT_INVALID', message: 'invalid', details: { problems: [PROBLEM] } } },
    });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1 });
    await user.upload(fileInput(), workbook());
    await user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    await user.click(await screen.findByRole('button', { name: 'Áp dụng' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Áp dụng' }));

    expect(await screen.findByText('Tệp nhập có dòng không hợp lệ; chưa có gì được ghi.')).toBeInTheDocument();
    expect(within(screen.getByTestId('import-problems')).getByText(/SOYTE/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Áp dụng' })).toBeDisabled();
  });
});
