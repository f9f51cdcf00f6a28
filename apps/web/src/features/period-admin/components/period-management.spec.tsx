import type { Agency, ReportingPeriod } from '@giao-ban/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoAgencies, demoPeriod, demoReminderLadder, demoTaskGroups, officeUser, page } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-app';

const draft: ReportingPeriod = { ...demoPeriod, id: 'p-draft', state: 'draft', taskGroupCount: 2 };
const base = `/api/periods/${draft.id}`;
const groups = demoTaskGroups.slice(0, 2).map((group) => ({ ...group, periodId: draft.id }));
const agencies: Agency[] = [
  ...demoAgencies,
  { ...demoAgencies[0], id: 'a-old', name: 'Sở cũ đã giải thể', active: false },
  { ...demoAgencies[0], id: 'a-btg', name: 'Ban Tuyên giáo Tỉnh ủy', isStandingOffice: true },
];
const button = (text: string, scope: HTMLElement = document.body) =>
  within(scope).getByText(text, { selector: 'button > span' }).closest('button') as HTMLButtonElement;

function renderDraft(extra: Parameters<typeof mockApi>[0] = {}, initiallyChosen: string[] = []) {
  let chosen = initiallyChosen;
  const api = mockApi({
    'GET /api/auth/me': { status: 200, body: officeUser },
    [`GET ${base}`]: { status: 200, body: draft },
    [`GET ${base}/task-groups`]: { status: 200, body: page(groups) },
    [`GET ${base}/reminder-ladder`]: { status: 200, body: demoReminderLadder },
    [`GET ${base}/agencies`]: () => ({ status: 200, body: { agencyIds: chosen } }),
    [`PUT ${base}/agencies`]: ({ body }) => {
      chosen = (body as { agencyIds: string[] }).agencyIds;
      return { status: 200, body: { agencyIds: chosen } };
    },
    'GET /api/agencies': { status: 200, body: page(agencies, { pageSize: 100 }) },
    [`GET ${base}/unit-due-dates`]: { status: 200, body: { unitDueDates: [] } },
    [`POST ${base}/open`]: { status: 200, body: { ...draft, state: 'open' } },
    ...extra,
  });
  renderApp(`/periods/${draft.id}`);
  return api;
}

describe('Period management (draft period, standing office)', () => {
  it('chooses the units that must report, then opens the period', async () => {
    const api = renderDraft();
    const user = userEvent.setup();

    // no unit yet: opening is refused with the reason
    await screen.findByText('Cần chọn ít nhất một đơn vị phải báo cáo để mở kỳ.');
    expect(button('Mở kỳ báo cáo')).toBeDisabled();

    // only active member units are offered
    const units = await screen.findByRole('region', { name: 'Đơn vị phải báo cáo' });
    expect(within(units).getByLabelText('Sở Ngoại vụ')).toBeInTheDocument();
    expect(within(units).queryByLabelText('Sở cũ đã giải thể')).not.toBeInTheDocument();
    expect(within(units).queryByLabelText('Ban Tuyên giáo Tỉnh ủy')).not.toBeInTheDocument();

    await user.click(within(units).getByLabelText('Chọn tất cả'));
    expect(within(units).getByText('Đã chọn 2/2 đơn vị')).toBeInTheDocument();
    await user.click(button('Lưu danh sách đơn vị', units));
    await waitFor(() => expect(api.sent('PUT', `${base}/agencies`)).toHaveLength(1));
    expect(api.sent('PUT', `${base}/agencies`)[0].body).toEqual({ agencyIds: ['a-snv', 'a-bl'] });

    await waitFor(() => expect(button('Mở kỳ báo cáo')).toBeEnabled());
    await user.click(button('Mở kỳ báo cáo'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/tạo báo cáo cho 2 đơn vị với 2 nhóm nhiệm vụ/)).toBeInTheDocument();
    await user.click(button('Mở kỳ', dialog));
    await waitFor(() => expect(api.sent('POST', `${base}/open`)).toHaveLength(1));
  });

  it('adds a task group with an indicator and moves a task group down', async () => {
    const api = renderDraft({
      [`POST ${base}/task-groups`]: ({ body }) => ({ status: 201, body: { ...groups[0], id: 'tg-new', ...(body as object) } }),
      [`PUT ${base}/task-groups/order`]: { status: 200, body: [...groups].reverse() },
    });
    const user = userEvent.setup();

    await user.click(await screen.findByText('Thêm nhóm nhiệm vụ', { selector: 'button > span' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Tên nhóm nhiệm vụ'), {
      target: { value: 'Tuyên truyền kỷ niệm ngày thành lập tỉnh' },
    });
    await user.click(button('Thêm chỉ tiêu', dialog));
    fireEvent.change(await within(dialog).findByLabelText('Tên chỉ tiêu'), { target: { value: 'Tin, bài đã đăng' } });
    fireEvent.change(within(dialog).getByLabelText('Đơn vị tính'), { target: { value: 'tin/bài' } });
    fireEvent.change(within(dialog).getByLabelText('Mục tiêu'), { target: { value: '50' } });
    await user.click(button('Lưu', dialog));

    await waitFor(() => expect(api.sent('POST', `${base}/task-groups`)).toHaveLength(1));
    expect(api.sent('POST', `${base}/task-groups`)[0].body).toEqual({
      title: 'Tuyên truyền kỷ niệm ngày thành lập tỉnh',
      shortName: 'Tuyên truyền kỷ niệm ngày thành lập tỉnh',
      guidance: null,
      indicators: [{ name: 'Tin, bài đã đăng', unit: 'tin/bài', aggregation: 'sum', integerOnly: true, target: 50 }],
    });

    await user.click(screen.getByLabelText('Xuống: chuyển nhóm nhiệm vụ (1) xuống dưới'));
    await waitFor(() => expect(api.sent('PUT', `${base}/task-groups/order`)).toHaveLength(1));
    expect(api.sent('PUT', `${base}/task-groups/order`)[0].body).toEqual({ taskGroupIds: ['tg-2', 'tg-1'] });
  });

  describe('short names', () => {
    const shortNameField = (dialog: HTMLElement) => within(dialog).getByLabelText('Tên ngắn') as HTMLInputElement;
    const typeTitle = (dialog: HTMLElement, value: string) => fireEvent.change(within(dialog).getByLabelText('Tên nhóm nhiệm vụ'), { target: { value } });

    it('a new group\'s short name follows its title until the office types one', async () => {
      const api = renderDraft({
        [`POST ${base}/task-groups`]: ({ body }) => ({ status: 201, body: { ...groups[0], id: 'tg-new', ...(body as object) } }),
      });
      const user = userEvent.setup();
      await user.click(await screen.findByText('Thêm nhóm nhiệm vụ', { selector: 'button > span' }));
      const dialog = await screen.findByRole('dialog');

      typeTitle(dialog, 'tăng cường thông tin, tuyên truyền về biển, đảo');
      expect(shortNameField(dialog)).toHaveValue('Tăng cường thông tin');
      typeTitle(dialog, 'tuyên truyền biển, đảo và chủ quyền');
      expect(shortNameField(dialog)).toHaveValue('Tuyên truyền biển');

      // typed by the office: the title no longer moves it
      fireEvent.change(shortNameField(dialog), { target: { value: '  Tuyên truyền   biển, đảo ' } });
      typeTitle(dialog, 'tăng cường tuyên truyền biển, đảo và chủ quyền');
      expect(shortNameField(dialog)).toHaveValue('  Tuyên truyền   biển, đảo ');
      await user.click(button('Lưu', dialog));

      await waitFor(() => expect(api.sent('POST', `${base}/task-groups`)).toHaveLength(1));
      expect(api.sent('POST', `${base}/task-groups`)[0].body).toMatchObject({
        title: 'tăng cường tuyên truyền biển, đảo và chủ quyền',
        shortName: 'Tuyên truyền biển, đảo',
      });
    });

    it('refuses a blank or too long short name in the form, by the shared rule, and sends nothing', async () => {
      const api = renderDraft();
      const user = userEvent.setup();
      await user.click(await screen.findByText('Thêm nhóm nhiệm vụ', { selector: 'button > span' }));
      const dialog = await screen.findByRole('dialog');
      typeTitle(dialog, 'tổ chức tập huấn cho cán bộ');

      fireEvent.change(shortNameField(dialog), { target: { value: '   ' } });
      await user.click(button('Lưu', dialog));
      expect(await within(dialog).findByText('Vui lòng nhập tên ngắn của nhóm nhiệm vụ.')).toBeInTheDocument();

      fireEvent.change(shortNameField(dialog), { target: { value: 'Đ'.repeat(61) } });
      await user.click(button('Lưu', dialog));
      expect(await within(dialog).findByText('Tên ngắn dài tối đa 60 ký tự.')).toBeInTheDocument();
      expect(api.sent('POST', `${base}/task-groups`)).toHaveLength(0);
    });

    it('an edit keeps the office\'s own short name, shows the API\'s refusal on the field, and the card heads with a capital', async () => {
      const lowerCase = [{ ...groups[0]!, title: 'tổ chức tập huấn về công tác thông tin đối ngoại', shortName: 'Tập huấn cán bộ' }, groups[1]!];
      const api = renderDraft({
        [`GET ${base}/task-groups`]: { status: 200, body: page(lowerCase) },
        [`PUT ${base}/task-groups/tg-1`]: {
          status: 422,
          body: { code: 'VALIDATION_FAILED', message: 'Invalid', details: [{ field: 'shortName', constraints: { maxLength: 'too long' } }] },
        },
      });
      const user = userEvent.setup();

      expect(await screen.findByRole('heading', { name: '(1) Tổ chức tập huấn về công tác thông tin đối ngoại' })).toBeInTheDocument();
      expect(screen.getByText('Tên ngắn: Tập huấn cán bộ')).toBeInTheDocument();

      await user.click(screen.getByLabelText('Sửa nhóm nhiệm vụ (1)'));
      const dialog = await screen.findByRole('dialog');
      expect(shortNameField(dialog)).toHaveValue('Tập huấn cán bộ');
      typeTitle(dialog, 'tổ chức tập huấn, bồi dưỡng cán bộ');
      expect(shortNameField(dialog)).toHaveValue('Tập huấn cán bộ');
      await user.click(button('Lưu', dialog));

      await waitFor(() => expect(api.sent('PUT', `${base}/task-groups/tg-1`)).toHaveLength(1));
      expect(api.sent('PUT', `${base}/task-groups/tg-1`)[0].body).toMatchObject({ title: 'tổ chức tập huấn, bồi dưỡng cán bộ', shortName: 'Tập huấn cán bộ' });
      await waitFor(() => expect(shortNameField(dialog)).toHaveAttribute('aria-invalid', 'true'));
    });
  });

  it('gives a unit its own due date and says when the date chosen was a day off', async () => {
    const api = renderDraft(
      {
        // Saturday 25/12/2021 is stored as Monday 27/12/2021
        [`PUT ${base}/unit-due-dates`]: { status: 200, body: { unitDueDates: [{ agencyId: 'a-snv', dueDate: '2021-12-27' }] } },
      },
      ['a-snv', 'a-bl'],
    );
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Hạn riêng của đơn vị' });
    const input = await within(section).findByLabelText('Sở Ngoại vụ');
    expect(section).toHaveTextContent('hạn chung (20/12/2021)');
    expect(within(section).getByLabelText('Huyện Bình Liêu')).toHaveAttribute('placeholder', 'Theo hạn chung');
    expect(button('Lưu hạn riêng', section)).toBeDisabled();

    fireEvent.mouseDown(input);
    fireEvent.change(input, { target: { value: '25/12/2021' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.blur(input);
    await waitFor(() => expect(button('Lưu hạn riêng', section)).toBeEnabled());
    await user.click(button('Lưu hạn riêng', section));

    await waitFor(() => expect(api.sent('PUT', `${base}/unit-due-dates`)).toHaveLength(1));
    expect(api.sent('PUT', `${base}/unit-due-dates`)[0].body).toEqual({ unitDueDates: [{ agencyId: 'a-snv', dueDate: '2021-12-25' }] });
    expect(
      await within(section).findByText('Sở Ngoại vụ: 25/12/2021 là ngày nghỉ, hạn được lùi sang ngày làm việc kế tiếp 27/12/2021.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(section).getByLabelText('Sở Ngoại vụ')).toHaveValue('27/12/2021'));
  });

  it('opening when the due date has passed asks again, saying every unit would be overdue at once', async () => {
    const api = renderDraft(
      {
        [`POST ${base}/open`]: ({ body }) =>
          (body as { confirmPastDue?: boolean }).confirmPastDue
            ? { status: 200, body: { ...draft, state: 'open' } }
            : {
                status: 409,
                body: {
                  code: 'PAST_DUE_CONFIRMATION_REQUIRED',
                  message: 'The due date has passed.',
                  details: { today: '2021-12-20', dueDate: '2021-12-17', unitCount: 2, pastDueAgencyIds: ['a-snv', 'a-bl'] },
                },
              },
      },
      ['a-snv', 'a-bl'],
    );
    const user = userEvent.setup();
    await waitFor(() => expect(button('Mở kỳ báo cáo')).toBeEnabled());
    await user.click(button('Mở kỳ báo cáo'));
    await user.click(button('Mở kỳ', await screen.findByRole('dialog')));

    const again = await screen.findByText('Hạn gửi báo cáo 17/12/2021 đã qua: mọi đơn vị sẽ quá hạn ngay khi kỳ báo cáo được mở.');
    const dialog = again.closest('[role="dialog"]') as HTMLElement;
    await user.click(button('Vẫn mở kỳ báo cáo', dialog));
    await waitFor(() => expect(api.sent('POST', `${base}/open`)).toHaveLength(2));
    expect(api.sent('POST', `${base}/open`).map((request) => request.body)).toEqual([{}, { confirmPastDue: true }]);
  });
});
