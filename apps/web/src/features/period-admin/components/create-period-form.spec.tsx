import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoPeriod, officeUser, page } from '@/testing/fixtures';
import { mockApi, type MockRoutes } from '@/testing/mock-api';
import { leaderUser } from '@/testing/review-fixtures';
import { renderApp } from '@/testing/test-app';

/** Opens an antd Select by its label and picks an option by its text. */
async function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  fireEvent.click(options[options.length - 1]);
}

/** Types a dd/MM/yyyy date into an antd DatePicker, confirms it and leaves the field. */
async function typeDate(label: string, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  // Enter commits the typed date (jsdom does not submit a form on a key event)
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.blur(input);
  await waitFor(() => expect(input).toHaveValue(value));
}

function typeYear(value: string) {
  fireEvent.change(screen.getByRole('spinbutton', { name: 'Năm' }), { target: { value } });
}

const submitButton = () =>
  screen.getByText('Tạo kỳ báo cáo', { selector: 'button > span' }).closest('button') as HTMLButtonElement;

function renderNewPeriod(routes: MockRoutes = {}) {
  const api = mockApi({
    'GET /api/auth/me': { status: 200, body: officeUser },
    'GET /api/periods': { status: 200, body: page([demoPeriod]) },
    ...routes,
  });
  const view = renderApp('/periods/new');
  return { api, ...view };
}

describe('CreatePeriodForm (Tạo kỳ báo cáo)', () => {
  it('is offered to the office on the periods list, and not to a leader', async () => {
    mockApi({
      'GET /api/auth/me': { status: 200, body: officeUser },
      'GET /api/periods': { status: 200, body: page([demoPeriod]) },
    });
    const { router, unmount } = renderApp('/periods');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Tạo kỳ báo cáo' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/periods/new'));
    unmount();

    mockApi({
      'GET /api/auth/me': { status: 200, body: leaderUser },
      'GET /api/periods': { status: 200, body: page([demoPeriod]) },
    });
    renderApp('/periods');
    expect(await screen.findByRole('link', { name: demoPeriod.title })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tạo kỳ báo cáo' })).not.toBeInTheDocument();
  });

  it('fills the Decree 09 cut-off and the title in from kind, year and number, and shows the earliest due date', async () => {
    renderNewPeriod();
    expect(await screen.findByLabelText('Tên kỳ báo cáo')).toBeInTheDocument();

    await choose('Loại kỳ', 'Quý');
    typeYear('2022');
    await choose('Kỳ số', 'Quý I');

    // first quarter of 2022: 15/12/2021 – 14/03/2022; due no earlier than the next working day
    await waitFor(() => expect(screen.getByLabelText('Chốt số liệu từ')).toHaveValue('15/12/2021'));
    expect(screen.getByLabelText('đến')).toHaveValue('14/03/2022');
    expect(await screen.findByText('sớm nhất: 15/03/2022')).toBeInTheDocument();
    expect(screen.getByLabelText('Tên kỳ báo cáo')).toHaveValue('Báo cáo quý I năm 2022');
  });

  it('sends the period and puts a 422 on the due date under that field', async () => {
    const { api } = renderNewPeriod({
      'POST /api/periods': {
        status: 422,
        body: {
          code: 'VALIDATION_FAILED',
          message: 'The period has invalid fields.',
          details: [
            {
              field: 'dueDate',
              constraints: {
                workingDayAfterCutOff: 'The due date must leave at least one working day after the cut-off: 2022-12-15 or later.',
              },
            },
          ],
        },
      },
    });
    await screen.findByLabelText('Tên kỳ báo cáo');

    // a year has no number; its cut-off runs 15/12 of the year before to 14/12
    await choose('Loại kỳ', 'Năm');
    typeYear('2022');
    await waitFor(() => expect(screen.getByLabelText('đến')).toHaveValue('14/12/2022'));
    expect(screen.getByLabelText('Chốt số liệu từ')).toHaveValue('15/12/2021');
    await waitFor(() => expect(screen.queryByLabelText('Kỳ số')).not.toBeInTheDocument());
    await typeDate('Hạn gửi báo cáo', '14/12/2022');
    fireEvent.click(screen.getByLabelText('Yêu cầu lãnh đạo đơn vị duyệt'));
    await choose('Sao chép từ kỳ', demoPeriod.title);
    fireEvent.click(submitButton());

    expect(
      await screen.findByText(
        'Hạn gửi báo cáo phải sau thời gian chốt số liệu ít nhất một ngày làm việc (sớm nhất: 15/12/2022).',
      ),
    ).toBeInTheDocument();
    const requests = api.sent('POST', '/api/periods');
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request.body).toEqual({
      title: 'Báo cáo năm 2022',
      kind: 'year',
      year: 2022,
      sequence: null,
      cutOffFrom: '2021-12-15',
      cutOffTo: '2022-12-14',
      dueDate: '2022-12-14',
      requiresHeadApproval: true,
      shiftDueDateToWorkingDay: true,
      copyFromPeriodId: demoPeriod.id,
    });
    // the message sits under the due date field, not at the top of the form
    const dueDateField = screen.getByLabelText('Hạn gửi báo cáo').closest('.ant-form-item') as HTMLElement;
    expect(dueDateField).toHaveTextContent('sớm nhất: 15/12/2022).');
  });

  it('says so when the period already exists, and opens the new period on success', async () => {
    let attempt = 0;
    const created = { ...demoPeriod, id: 'p-new', state: 'draft' as const, taskGroupCount: 0 };
    const { router } = renderNewPeriod({
      'POST /api/periods': () =>
        attempt++ === 0
          ? { status: 409, body: { code: 'CONFLICT', message: 'A period of this kind already exists.' } }
          : { status: 201, body: created },
      'GET /api/periods/p-new': { status: 200, body: created },
      'GET /api/periods/p-new/task-groups': { status: 200, body: page([]) },
      'GET /api/periods/p-new/agencies': { status: 200, body: { agencyIds: [] } },
      'GET /api/agencies': { status: 200, body: page([]) },
    });
    await screen.findByLabelText('Tên kỳ báo cáo');
    await typeDate('Hạn gửi báo cáo', '28/12/2030');

    fireEvent.click(submitButton());
    expect(
      await screen.findByText('Kỳ báo cáo cùng loại của tháng, quý, 6 tháng hoặc năm này đã tồn tại.'),
    ).toBeInTheDocument();

    fireEvent.click(submitButton());
    await waitFor(() => expect(router.state.location.pathname).toBe('/periods/p-new'));
  });

  it('asks before creating a period whose due date has passed, saying every unit would be overdue at once', async () => {
    const created = { ...demoPeriod, id: 'p-late', state: 'draft' as const, taskGroupCount: 0 };
    const { api, router } = renderNewPeriod({
      'POST /api/periods': ({ body }) =>
        (body as { confirmPastDue?: boolean }).confirmPastDue
          ? { status: 201, body: created }
          : {
              status: 409,
              body: {
                code: 'PAST_DUE_CONFIRMATION_REQUIRED',
                message: 'The due date has passed.',
                details: { today: '2022-01-10', dueDate: '2021-12-17', unitCount: null, pastDueAgencyIds: [] },
              },
            },
      'GET /api/periods/p-late': { status: 200, body: created },
      'GET /api/periods/p-late/task-groups': { status: 200, body: page([]) },
      'GET /api/periods/p-late/agencies': { status: 200, body: { agencyIds: [] } },
      'GET /api/periods/p-late/unit-due-dates': { status: 200, body: { unitDueDates: [] } },
      'GET /api/agencies': { status: 200, body: page([]) },
    });
    await screen.findByLabelText('Tên kỳ báo cáo');
    await typeDate('Hạn gửi báo cáo', '17/12/2021');

    // cancelled: nothing more is sent
    fireEvent.click(submitButton());
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Hạn gửi báo cáo đã qua');
    expect(dialog).toHaveTextContent('Hạn gửi báo cáo 17/12/2021 đã qua: mọi đơn vị sẽ quá hạn ngay khi kỳ báo cáo được mở.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.sent('POST', '/api/periods')).toHaveLength(1);
    expect(router.state.location.pathname).toBe('/periods/new');

    // confirmed: sent again with confirmPastDue, and the new period opens
    fireEvent.click(submitButton());
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Vẫn tạo kỳ báo cáo' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/periods/p-late'));
    const sent = api.sent('POST', '/api/periods');
    expect(sent).toHaveLength(3);
    expect(sent[1]!.body).not.toHaveProperty('confirmPastDue');
    expect(sent[2]!.body).toMatchObject({ dueDate: '2021-12-17', confirmPastDue: true });
  });
});
