import type { AuditEvent, ReportDetail } from '@giao-ban/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoPeriod, demoTaskGroups, officeUser, page } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { demoBoardRows, leaderUser, noPermissions, submittedReport } from '@/testing/review-fixtures';
import { renderApp } from '@/testing/test-app';

const reviewUrl = `/reports/${submittedReport.id}/review`;
const buttonText = (text: string) => screen.queryByText(text, { selector: 'button > span' });

describe('ReportReview (office and leaders)', () => {
  it('shows a leader the report and the board but no office button', async () => {
    const leaderView: ReportDetail = { ...submittedReport, permissions: noPermissions };
    const api = mockApi({
      'GET /api/auth/me': { status: 200, body: leaderUser },
      [`GET /api/periods/${demoPeriod.id}`]: { status: 200, body: demoPeriod },
      [`GET /api/periods/${demoPeriod.id}/task-groups`]: { status: 200, body: page(demoTaskGroups) },
      [`GET /api/periods/${demoPeriod.id}/agencies`]: { status: 200, body: { agencyIds: ['a', 'b', 'c', 'd', 'e'] } },
      [`GET /api/periods/${demoPeriod.id}/reports`]: { status: 200, body: page(demoBoardRows) },
      // The period page asks for the reminder ladder (the office, leaders and the administrator read it).
      [`GET /api/periods/${demoPeriod.id}/reminder-ladder`]: { status: 200, body: { ladder: { daysBefore: [7, 3, 1], onDueDay: true, repeatEveryDays: 3 } } },
      [`GET /api/reports/${submittedReport.id}`]: { status: 200, body: leaderView },
    });
    const { router } = renderApp(`/periods/${demoPeriod.id}`);
    const user = userEvent.setup();

    // the period page: the board and the obligated units count, no period management
    expect(await screen.findByText('Tình hình nộp báo cáo')).toBeInTheDocument();
    expect(await screen.findByText('5 đơn vị')).toBeInTheDocument();
    expect(buttonText('Đóng kỳ báo cáo')).not.toBeInTheDocument();
    expect(buttonText('Thêm nhóm nhiệm vụ')).not.toBeInTheDocument();

    await user.click(await screen.findByRole('link', { name: 'Công an tỉnh' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(reviewUrl));

    expect(await screen.findByText('Kết quả nhóm nhiệm vụ 7 của Công an tỉnh.')).toBeInTheDocument();
    expect(screen.getByText('Đơn vị sẽ bổ sung.')).toBeInTheDocument();
    for (const office of ['Tiếp nhận', 'Yêu cầu bổ sung', 'Mở lại báo cáo', 'Gia hạn', 'Thêm ghi chú', 'Trả lời']) {
      expect(buttonText(office)).not.toBeInTheDocument();
    }
    expect(screen.queryByText('Áp dụng')).not.toBeInTheDocument();
    expect(screen.queryByText('Nhật ký')).not.toBeInTheDocument();
    expect(api.sent('GET', `/api/reports/${submittedReport.id}/audit`)).toHaveLength(0);
    // A leader reads every report, and may download it as the unit's .docx.
    expect(screen.getByRole('link', { name: 'Tải báo cáo (.docx)' })).toHaveAttribute('href', `/api/reports/${submittedReport.id}/document.docx`);
  });

  it('gives the office the period actions the leader does not get', async () => {
    mockApi({
      'GET /api/auth/me': { status: 200, body: officeUser },
      [`GET /api/periods/${demoPeriod.id}`]: { status: 200, body: demoPeriod },
      [`GET /api/periods/${demoPeriod.id}/task-groups`]: { status: 200, body: page(demoTaskGroups) },
      [`GET /api/periods/${demoPeriod.id}/agencies`]: { status: 200, body: { agencyIds: ['a'] } },
      [`GET /api/periods/${demoPeriod.id}/reports`]: { status: 200, body: page(demoBoardRows) },
      // The period page asks for the reminder ladder (the office, leaders and the administrator read it).
      [`GET /api/periods/${demoPeriod.id}/reminder-ladder`]: { status: 200, body: { ladder: { daysBefore: [7, 3, 1], onDueDay: true, repeatEveryDays: 3 } } },
    });
    renderApp(`/periods/${demoPeriod.id}`);
    expect(await screen.findByText('Đóng kỳ báo cáo', { selector: 'button > span' })).toBeInTheDocument();
  });

  it('lets the office reply in a section thread, mark a task group not applicable and read the audit trail', async () => {
    const editable: ReportDetail = {
      ...submittedReport,
      state: 'draft',
      firstSubmittedAt: null,
      lastSubmittedAt: null,
      submissionStatus: 'missing_overdue',
      daysLate: 4,
      deadline: { kind: 'overdue', dueDate: '2021-12-17', daysLate: 4 },
      versionNumber: 0,
      permissions: { ...noPermissions, canExtend: true, canSetApplicability: true, canComment: true, canReadAudit: true },
    };
    const audit: AuditEvent[] = [
      {
        id: '1',
        occurredAt: '2021-12-18T07:00:00.000Z',
        actorName: 'Phòng Thông tin - Tổng hợp',
        actorRole: 'office',
        action: 'report.extension_granted',
        objectType: 'report',
        objectId: editable.id,
        summary: { before: '2021-12-17', after: '2021-12-24', reason: 'Đơn vị đề nghị gia hạn do tổ chức hội nghị.' },
      },
    ];
    const api = mockApi({
      'GET /api/auth/me': { status: 200, body: officeUser },
      [`GET /api/reports/${editable.id}`]: { status: 200, body: editable },
      [`GET /api/reports/${editable.id}/audit`]: { status: 200, body: audit },
      [`POST /api/reports/${editable.id}/notes`]: ({ body }) => ({
        status: 201,
        body: {
          id: 'n-3',
          sectionId: 's-7',
          parentId: 'n-1',
          authorName: officeUser.fullName,
          authorRole: 'office',
          body: (body as { body: string }).body,
          createdAt: '2021-12-21T01:00:00.000Z',
        },
      }),
      [`PUT /api/reports/${editable.id}/sections/s-6/applicability`]: {
        status: 200,
        body: { ...editable.sections[0], applicable: false, status: 'not_applicable' },
      },
    });
    renderApp(reviewUrl);
    const user = userEvent.setup();

    expect(await screen.findByText('Quá hạn từ 17/12/2021')).toBeInTheDocument();
    expect(buttonText('Gia hạn')).toBeInTheDocument();
    expect(buttonText('Tiếp nhận')).not.toBeInTheDocument();

    // reply to the office's note on task group 7 (each note of the thread, the unit's reply too, may be answered)
    const seventh = screen.getByText(/^\(7\) /, { selector: 'h3' }).closest('.ant-card') as HTMLElement;
    const replyButtons = within(seventh).getAllByText('Trả lời', { selector: 'button > span' });
    expect(replyButtons).toHaveLength(2);
    await user.click(replyButtons[0]!); // the office's note, first in its thread
    fireEvent.change(within(seventh).getByLabelText('Nội dung trả lời'), { target: { value: 'Đã nhận, cảm ơn đơn vị.' } });
    await user.click(within(seventh).getByText('Gửi trả lời', { selector: 'button > span' }));
    expect(await within(seventh).findByText('Đã nhận, cảm ơn đơn vị.')).toBeInTheDocument();
    expect(api.sent('POST', `/api/reports/${editable.id}/notes`)[0].body).toEqual({
      body: 'Đã nhận, cảm ơn đơn vị.',
      sectionId: 's-7',
      parentId: 'n-1',
    });

    // task group 6 is not this unit's business
    const sixth = screen.getByText(/^\(6\) /, { selector: 'h3' }).closest('.ant-card') as HTMLElement;
    await user.click(within(sixth).getByLabelText('Áp dụng'));
    await waitFor(() => expect(api.sent('PUT', `/api/reports/${editable.id}/sections/s-6/applicability`)).toHaveLength(1));
    expect(api.sent('PUT', `/api/reports/${editable.id}/sections/s-6/applicability`)[0].body).toEqual({ applicable: false });

    await user.click(screen.getByText('Nhật ký'));
    expect(await screen.findByText('Gia hạn', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('14:00 18/12/2021')).toBeInTheDocument();
    expect(screen.getByText('Phòng Thông tin - Tổng hợp · Cơ quan thường trực')).toBeInTheDocument();
    expect(
      screen.getByText('hạn mới 24/12/2021 (trước đó 17/12/2021) · Lý do: Đơn vị đề nghị gia hạn do tổ chức hội nghị.'),
    ).toBeInTheDocument();
  });

  it('grants an extension, and says when the date chosen was a day off and moved to the next working day', async () => {
    const missing: ReportDetail = {
      ...submittedReport,
      state: 'draft',
      firstSubmittedAt: null,
      lastSubmittedAt: null,
      submissionStatus: 'missing_not_due',
      daysLate: null,
      deadline: { kind: 'due_in', dueDate: '2021-12-17', daysLeft: 2 },
      versionNumber: 0,
      permissions: { ...noPermissions, canExtend: true },
    };
    const api = mockApi({
      'GET /api/auth/me': { status: 200, body: officeUser },
      [`GET /api/reports/${missing.id}`]: { status: 200, body: missing },
      // Saturday 21/12/2030 is stored as Monday 23/12/2030 (a date the picker allows: not in the past)
      [`POST /api/reports/${missing.id}/extension`]: {
        status: 200,
        body: { ...missing, extendedDueDate: '2030-12-23', effectiveDueDate: '2030-12-23', extensionReason: 'Hội nghị' },
      },
    });
    renderApp(reviewUrl);
    const user = userEvent.setup();

    expect(await screen.findByText('Còn 2 ngày')).toBeInTheDocument();
    await user.click(buttonText('Gia hạn')!);
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Hạn mới rơi vào thứ Bảy, Chủ nhật hoặc ngày lễ được lùi sang ngày làm việc kế tiếp');
    const date = within(dialog).getByLabelText('Hạn mới');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '21/12/2030' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Hội nghị' } });
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));

    expect(await screen.findByText('21/12/2030 là ngày nghỉ: hạn gia hạn được lùi sang ngày làm việc kế tiếp, 23/12/2030.')).toBeInTheDocument();
    expect(api.sent('POST', `/api/reports/${missing.id}/extension`)[0].body).toEqual({ dueDate: '2030-12-21', reason: 'Hội nghị' });
  });
});
