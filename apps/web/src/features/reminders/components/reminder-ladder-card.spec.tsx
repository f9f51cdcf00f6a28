import type { ReminderLadder, ReportingPeriod } from '@giao-ban/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setLanguage } from '@/lib/i18n';
import { demoPeriod, demoTaskGroups, officeUser, page } from '@/testing/fixtures';
import { mockApi, type MockRoutes } from '@/testing/mock-api';
import { demoBoardRows, leaderUser } from '@/testing/review-fixtures';
import { renderApp } from '@/testing/test-app';

const base = `/api/periods/${demoPeriod.id}`;
const defaultLadder: ReminderLadder = { daysBefore: [7, 3, 1], onDueDay: true, repeatEveryDays: 3 };

function renderPeriod(user = officeUser, extra: MockRoutes = {}, period: ReportingPeriod = demoPeriod) {
  const api = mockApi({
    'GET /api/auth/me': { status: 200, body: user },
    [`GET ${base}`]: { status: 200, body: period },
    [`GET ${base}/task-groups`]: { status: 200, body: page(demoTaskGroups) },
    [`GET ${base}/agencies`]: { status: 200, body: { agencyIds: demoBoardRows.map((row) => row.agencyId) } },
    [`GET ${base}/reports`]: { status: 200, body: page(demoBoardRows) },
    [`GET ${base}/reminder-ladder`]: { status: 200, body: { ladder: defaultLadder } },
    ...extra,
  });
  renderApp(`/periods/${demoPeriod.id}`);
  return api;
}

async function ladderCard() {
  const card = await screen.findByRole('region', { name: 'Lịch nhắc hạn' });
  await within(card).findAllByText(/^Nhắc /);
  return card;
}

/** Types a number of days into the tags list and presses Enter. */
function addDay(card: HTMLElement, days: string) {
  const input = within(card).getByLabelText('Nhắc trước hạn (số ngày)');
  fireEvent.change(input, { target: { value: days } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.blur(input);
}

const saveButton = (card: HTMLElement) => within(card).getByRole('button', { name: 'Lưu lịch nhắc hạn' });

describe('ReminderLadderCard (Lịch nhắc hạn)', () => {
  afterEach(() => act(() => setLanguage('vi')));

  it('describes the schedule and sends the office\'s changes as the ladder', async () => {
    const api = renderPeriod(officeUser, {
      [`PUT ${base}/reminder-ladder`]: ({ body }) => ({ status: 200, body }),
    });
    const card = await ladderCard();
    expect(within(card).getByText('Nhắc trước hạn 7, 3 và 1 ngày; vào ngày đến hạn; sau hạn nhắc lại mỗi 3 ngày.')).toBeInTheDocument();
    expect(saveButton(card)).toBeDisabled();

    addDay(card, '14');
    fireEvent.click(within(card).getByRole('switch', { name: 'Nhắc vào ngày đến hạn' }));
    fireEvent.change(within(card).getByLabelText('Nhắc lại mỗi (ngày)'), { target: { value: '5' } });

    // the sentence follows the form, days from the furthest
    expect(await within(card).findByText('Nhắc trước hạn 14, 7, 3 và 1 ngày; sau hạn nhắc lại mỗi 5 ngày.')).toBeInTheDocument();
    expect(within(card).getByText('Có thay đổi chưa lưu.')).toBeInTheDocument();
    fireEvent.click(saveButton(card));

    await waitFor(() => expect(api.sent('PUT', `${base}/reminder-ladder`)).toHaveLength(1));
    expect(api.sent('PUT', `${base}/reminder-ladder`)[0]!.body).toEqual({ ladder: { daysBefore: [14, 7, 3, 1], onDueDay: false, repeatEveryDays: 5 } });
    expect(await screen.findByText('Đã lưu lịch nhắc hạn.')).toBeInTheDocument();
    await waitFor(() => expect(within(card).queryByText('Có thay đổi chưa lưu.')).not.toBeInTheDocument());

    // repeats switched off: null, and the sentence says none is left
    fireEvent.click(within(card).getByRole('switch', { name: 'Sau hạn, nhắc lại' }));
    expect(within(card).getByLabelText('Nhắc lại mỗi (ngày)')).toBeDisabled();
    expect(within(card).getByText('Nhắc trước hạn 14, 7, 3 và 1 ngày.')).toBeInTheDocument();
    fireEvent.click(saveButton(card));
    await waitFor(() => expect(api.sent('PUT', `${base}/reminder-ladder`)).toHaveLength(2));
    expect(api.sent('PUT', `${base}/reminder-ladder`)[1]!.body).toEqual({ ladder: { daysBefore: [14, 7, 3, 1], onDueDay: false, repeatEveryDays: null } });
  });

  it('checks the days as the API does before sending anything', async () => {
    const api = renderPeriod();
    const card = await ladderCard();

    addDay(card, '61');
    expect(await within(card).findByText('“61” không hợp lệ: số ngày là số nguyên từ 1 đến 60.')).toBeInTheDocument();
    expect(saveButton(card)).toBeDisabled();
    addDay(card, 'ba');
    expect(await within(card).findByText('“ba” không hợp lệ: số ngày là số nguyên từ 1 đến 60.')).toBeInTheDocument();

    // the sentence keeps the saved schedule while the form is wrong
    expect(within(card).getByText('Nhắc trước hạn 7, 3 và 1 ngày; vào ngày đến hạn; sau hạn nhắc lại mỗi 3 ngày.')).toBeInTheDocument();
    fireEvent.click(within(card).getByRole('button', { name: 'Hoàn tác' }));
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();

    fireEvent.change(within(card).getByLabelText('Nhắc lại mỗi (ngày)'), { target: { value: '' } });
    expect(await within(card).findByText('Số ngày nhắc lại là số nguyên từ 1 đến 30.')).toBeInTheDocument();
    expect(saveButton(card)).toBeDisabled();
    expect(api.sent('PUT', `${base}/reminder-ladder`)).toHaveLength(0);
  });

  it('shows the API\'s field errors on their fields, and says when the period has closed', async () => {
    let answer = {
      status: 422,
      body: {
        code: 'VALIDATION_FAILED',
        message: 'Invalid',
        details: [
          { field: 'ladder.daysBefore.0', constraints: { range: 'A whole number of days from 1 to 60.' } },
          { field: 'ladder.repeatEveryDays', constraints: { range: 'From 1 to 30.' } },
        ],
      },
    };
    renderPeriod(officeUser, { [`PUT ${base}/reminder-ladder`]: () => answer });
    const card = await ladderCard();
    addDay(card, '10');
    fireEvent.click(saveButton(card));

    // index 0 of the ladder as sent (from the furthest): 10 days
    expect(await within(card).findByText('“10” không hợp lệ: số ngày là số nguyên từ 1 đến 60.')).toBeInTheDocument();
    expect(within(card).getByText('Số ngày nhắc lại là số nguyên từ 1 đến 30.')).toBeInTheDocument();

    answer = { status: 409, body: { code: 'ILLEGAL_TRANSITION', message: 'Closed', details: [] } };
    fireEvent.click(within(card).getByRole('switch', { name: 'Nhắc vào ngày đến hạn' }));
    fireEvent.click(saveButton(card));
    expect(await screen.findByText('Kỳ báo cáo đã đóng: không thay đổi được lịch nhắc hạn nữa.')).toBeInTheDocument();
  });

  it('is read-only for leaders, and for the office once the period is closed; in English too', async () => {
    const api = renderPeriod(leaderUser);
    const card = await ladderCard();
    expect(within(card).getByText('Nhắc trước hạn 7, 3 và 1 ngày; vào ngày đến hạn; sau hạn nhắc lại mỗi 3 ngày.')).toBeInTheDocument();
    expect(within(card).queryByRole('switch')).not.toBeInTheDocument();
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();

    await act(() => setLanguage('en'));
    const english = await screen.findByRole('region', { name: 'Reminder schedule' });
    expect(within(english).getByText('Remind 7, 3 and 1 days before the due date; on the due date; once overdue, again every 3 days.')).toBeInTheDocument();
    expect(api.sent('PUT', `${base}/reminder-ladder`)).toHaveLength(0);
  });

  it('reads the office\'s closed period without a form', async () => {
    renderPeriod(officeUser, { [`GET ${base}/reminder-ladder`]: { status: 200, body: { ladder: { daysBefore: [1], onDueDay: false, repeatEveryDays: 1 } } } }, { ...demoPeriod, state: 'closed' });
    const card = await ladderCard();
    expect(within(card).getByText('Nhắc trước hạn 1 ngày; sau hạn nhắc lại mỗi 1 ngày.')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Lưu lịch nhắc hạn' })).not.toBeInTheDocument();
    await act(() => setLanguage('en'));
    expect(await screen.findByText('Remind 1 day before the due date; once overdue, again every day.')).toBeInTheDocument();
  });
});
