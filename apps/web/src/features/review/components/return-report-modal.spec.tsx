import { addDays, formatLocalDateVi, toLocalDate, type LocalDate } from '@giao-ban/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { officeUser } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { submittedReport } from '@/testing/review-fixtures';
import { renderApp } from '@/testing/test-app';

const reviewUrl = `/reports/${submittedReport.id}/review`;

function renderReview() {
  const returned = {
    ...submittedReport,
    state: 'returned' as const,
    permissions: { ...submittedReport.permissions, canReview: false, canSetApplicability: true },
  };
  const api = mockApi({
    'GET /api/auth/me': { status: 200, body: officeUser },
    [`GET /api/reports/${submittedReport.id}`]: { status: 200, body: submittedReport },
    [`POST /api/reports/${submittedReport.id}/return`]: { status: 200, body: returned },
    [`GET /api/periods/${submittedReport.period.id}/reports`]: { status: 200, body: { items: [], total: 0, page: 1, pageSize: 1 } },
  });
  renderApp(reviewUrl);
  return api;
}

async function openReturnDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByText('Yêu cầu bổ sung', { selector: 'button > span' }));
  // (antd names its dialogs through an id that is constant under jest, so find it by role and title)
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText('Yêu cầu bổ sung báo cáo')).toBeInTheDocument();
  return dialog;
}

/** Types the revision due date into antd's date picker as a person would, and waits for it to be taken. */
async function pickRevisionDueDate(dialog: HTMLElement, dueDate: LocalDate) {
  const dateInput = within(dialog).getByLabelText('Hạn bổ sung');
  fireEvent.mouseDown(dateInput);
  fireEvent.focus(dateInput);
  fireEvent.change(dateInput, { target: { value: formatLocalDateVi(dueDate) } });
  fireEvent.keyDown(dateInput, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.blur(dateInput);
  await waitFor(() => expect(dateInput).toHaveValue(formatLocalDateVi(dueDate)));
}

describe('ReturnReportModal (Yêu cầu bổ sung)', () => {
  it('sends the chosen sections, the reason and the revision due date', async () => {
    const api = renderReview();
    const user = userEvent.setup();
    const dialog = await openReturnDialog(user);

    const seventh = `(7) ${submittedReport.sections[1].taskGroup?.title}`;
    await user.click(within(dialog).getByLabelText(seventh));
    fireEvent.change(within(dialog).getByLabelText('Lý do'), {
      target: { value: 'Đề nghị bổ sung số lớp tập huấn đã tổ chức.' },
    });
    const dueDate = addDays(toLocalDate(new Date()), 5);
    await pickRevisionDueDate(dialog, dueDate);

    await user.click(within(dialog).getByRole('button', { name: 'Gửi yêu cầu' }));

    await waitFor(() => expect(api.sent('POST', `/api/reports/${submittedReport.id}/return`)).toHaveLength(1));
    expect(api.sent('POST', `/api/reports/${submittedReport.id}/return`)[0].body).toEqual({
      sectionIds: ['s-7'],
      reason: 'Đề nghị bổ sung số lớp tập huấn đã tổ chức.',
      revisionDueDate: dueDate,
    });
    // the answer replaces the report: it is now returned, and review is no longer offered
    await waitFor(() => expect(screen.queryByText('Tiếp nhận', { selector: 'button > span' })).not.toBeInTheDocument());
    expect(screen.getByText('Yêu cầu bổ sung', { selector: '.ant-tag' })).toBeInTheDocument();
  });

  it('asks for a section (or the whole report as its own choice), the reason and the date before sending anything', async () => {
    const api = renderReview();
    const user = userEvent.setup();
    const dialog = await openReturnDialog(user);

    await user.click(within(dialog).getByRole('button', { name: 'Gửi yêu cầu' }));

    // nothing ticked does not mean the whole report
    expect(
      await within(dialog).findByText('Vui lòng chọn ít nhất một mục, hoặc chọn "Trả lại toàn bộ báo cáo".'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Vui lòng nhập lý do (ít nhất 3 ký tự).')).toBeInTheDocument();
    expect(within(dialog).getByText('Vui lòng chọn hạn bổ sung.')).toBeInTheDocument();
    expect(api.sent('POST', `/api/reports/${submittedReport.id}/return`)).toHaveLength(0);
  });

  it('returns the whole report only when that is chosen, and scrolls inside a 768-pixel screen', async () => {
    const api = renderReview();
    const user = userEvent.setup();
    const dialog = await openReturnDialog(user);
    const body = dialog.querySelector<HTMLElement>('.ant-modal-body');
    expect(body?.style.overflowY).toBe('auto');
    expect(body?.style.maxHeight).toBe('calc(100vh - 240px)');

    await user.click(within(dialog).getByLabelText('Trả lại toàn bộ báo cáo'));
    expect(within(dialog).queryByText('Các mục cần bổ sung')).not.toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Đề nghị viết lại báo cáo.' } });
    const dueDate = addDays(toLocalDate(new Date()), 5);
    await pickRevisionDueDate(dialog, dueDate);

    await user.click(within(dialog).getByRole('button', { name: 'Gửi yêu cầu' }));

    await waitFor(() => expect(api.sent('POST', `/api/reports/${submittedReport.id}/return`)).toHaveLength(1));
    expect(api.sent('POST', `/api/reports/${submittedReport.id}/return`)[0].body).toEqual({
      sectionIds: [],
      reason: 'Đề nghị viết lại báo cáo.',
      revisionDueDate: dueDate,
    });
  });
});
