import type { ReportDetail, ReportSectionDetail } from '@giao-ban/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, type MockRoutes } from '@/testing/mock-api';
import {
  draftReport,
  readOnlyPermissions,
  REPORT_ID,
  returnedReport,
  unitHead,
  unitReporter,
} from '@/testing/report-fixtures';
import { renderApp } from '@/testing/test-app';
import { draftKey, writeDraft } from '../utils/draft-storage';

const reportUrl = `/reports/${REPORT_ID}`;
const sectionUrl = (sectionId: string) => `/api/reports/${REPORT_ID}/sections/${sectionId}`;

function routes(report: ReportDetail, extra: MockRoutes = {}, user = unitReporter): MockRoutes {
  return {
    'GET /api/auth/me': { status: 200, body: user },
    [`GET /api${reportUrl}`]: { status: 200, body: report },
    ...extra,
  };
}

/** The server's answer to an autosave: the section as sent, one version up. */
function savesSection(report: ReportDetail) {
  return (request: { path: string; body: unknown }) => {
    const section = report.sections.find((candidate) => sectionUrl(candidate.id) === request.path) as ReportSectionDetail;
    const body = request.body as { version: number; text: string };
    return { status: 200, body: { ...section, ...body, version: body.version + 1 } };
  };
}

async function openEditor() {
  return screen.findByText('Báo cáo 6 tháng cuối năm 2021 — Liên đoàn Lao động tỉnh', { selector: 'h1' });
}

/*
 * The editor is a large antd tree, and jsdom's getComputedStyle is slow on it: queries below look
 * textareas up by label and pass `hidden: true` to role queries, which skips the visibility walk.
 */
function textbox(name: string, container: HTMLElement = document.body) {
  return within(container).getByLabelText(name, { selector: 'textarea' });
}

function button(name: string | RegExp, container: HTMLElement = document.body) {
  return within(container).getByRole('button', { name, hidden: true });
}

function queryButton(name: string | RegExp) {
  return screen.queryByRole('button', { name, hidden: true });
}

/** A section's card, by the section id. */
function card(sectionId: string): HTMLElement {
  const element = document.getElementById(`section-${sectionId}`);
  if (!element) throw new Error(`No section ${sectionId}`);
  return element;
}

describe('ReportEditor (the unit writes its report)', () => {
  it('lays out the task groups in order, the not-applicable one greyed out, then the general sections', async () => {
    mockApi(routes(draftReport()));
    renderApp(reportUrl);
    await openEditor();

    expect([...document.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual([
      '(1) Thực hiện tốt công tác thông tin đối ngoại gắn với các chỉ thị, nghị quyết',
      '(4) Định hướng thông tin cho báo chí nước ngoài',
      '(6) Tăng cường trao đổi thông tin giữa các thành viên với Ban Chỉ đạo',
      '(7) Tập huấn về công tác thông tin đối ngoại cho đội ngũ cán bộ tham mưu',
      'Ưu điểm',
      'Hạn chế',
      'Nguyên nhân',
      'Khó khăn, vướng mắc',
      'Đề xuất, kiến nghị',
      'Phương hướng, nhiệm vụ kỳ tới',
    ]);
    expect(screen.getByText('Đánh giá chung và kiến nghị', { selector: 'h2' })).toBeInTheDocument();

    const sixth = card('s-tg6');
    expect(textbox('Kết quả thực hiện nhóm 6', sixth)).toHaveValue('Gửi tin, bài cho Bản tin.');
    expect(within(sixth).getByText(/02 số\/tháng/)).toBeInTheDocument();
    expect(within(sixth).getByRole('spinbutton', { name: 'Tin, bài gửi Bản tin thông tin đối ngoại (tin/bài)', hidden: true })).toHaveValue('4');
    expect(within(sixth).getByText('Mục tiêu: 96 tin/bài')).toBeInTheDocument();
    expect(within(sixth).getByRole('combobox', { name: 'Tình trạng thực hiện nhóm 6', hidden: true })).toBeInTheDocument();
    expect(within(sixth).getByText('Đang thực hiện')).toBeInTheDocument();

    const fourth = card('s-tg4');
    expect(within(fourth).getByText('Không áp dụng')).toBeInTheDocument();
    expect(fourth.querySelector('textarea, input')).toBeNull();

    expect(textbox('Ưu điểm')).toHaveValue('Tuyên truyền rộng khắp trong đoàn viên.');
    expect(button('Gửi báo cáo')).toBeInTheDocument();
    expect(queryButton('Trình lãnh đạo duyệt')).not.toBeInTheDocument();
  });

  it('autosaves a section on blur with its version and says when it was saved', async () => {
    const report = draftReport();
    const api = mockApi(routes(report, { [`PUT ${sectionUrl('s-difficulties')}`]: savesSection(report) }));
    renderApp(reportUrl);
    await openEditor();
    const user = userEvent.setup();

    const box = textbox('Khó khăn, vướng mắc');
    await user.click(box);
    await user.paste('Thiếu cán bộ chuyên trách.');
    expect(screen.getByTestId('autosave-status')).toHaveTextContent('Đang lưu…');
    expect(localStorage.getItem(draftKey(REPORT_ID, 's-difficulties'))).toContain('Thiếu cán bộ chuyên trách.');
    act(() => (document.activeElement as HTMLElement).blur());

    await waitFor(() => expect(screen.getByTestId('autosave-status')).toHaveTextContent(/^Đã lưu lúc \d\d:\d\d$/));
    expect(api.sent('PUT', sectionUrl('s-difficulties')).map((request) => request.body)).toEqual([
      { version: 0, text: 'Thiếu cán bộ chuyên trách.', status: null, indicatorValues: [] },
    ]);
    expect(localStorage.getItem(draftKey(REPORT_ID, 's-difficulties'))).toBeNull();
  });

  it('restores unsaved text from the browser and saves it', async () => {
    writeDraft(REPORT_ID, 's-tg1', { text: 'Gõ trước khi mất kết nối.', status: 'done', indicatorValues: [] }, 1, localStorage);
    const report = draftReport();
    const api = mockApi(routes(report, { [`PUT ${sectionUrl('s-tg1')}`]: savesSection(report) }));
    renderApp(reportUrl);
    await openEditor();

    expect(screen.getByText('Đã khôi phục nội dung chưa lưu từ trình duyệt')).toBeInTheDocument();
    expect(textbox('Kết quả thực hiện nhóm 1')).toHaveValue('Gõ trước khi mất kết nối.');
    await waitFor(() => expect(api.sent('PUT', sectionUrl('s-tg1'))).toHaveLength(1));
    expect(api.sent('PUT', sectionUrl('s-tg1'))[0].body).toMatchObject({ version: 1, text: 'Gõ trước khi mất kết nối.' });
  });

  it('shows a stale save as a conflict, both copies side by side, until the user chooses', async () => {
    const report = draftReport();
    const server = { ...report.sections[0], text: 'Bản đồng nghiệp vừa lưu.', version: 4 };
    const api = mockApi(
      routes(report, {
        [`PUT ${sectionUrl('s-tg1')}`]: { status: 409, body: { code: 'STALE_VERSION', message: 'Stale', details: { server } } },
      }),
    );
    renderApp(reportUrl);
    await openEditor();
    const user = userEvent.setup();

    const box = textbox('Kết quả thực hiện nhóm 1');
    await user.clear(box);
    await user.paste('Bản của tôi.');
    act(() => (document.activeElement as HTMLElement).blur());

    const alert = await screen.findByRole('alert', { hidden: true });
    expect(within(alert).getByRole('region', { name: 'Bản trên máy chủ', hidden: true })).toHaveTextContent('Bản đồng nghiệp vừa lưu.');
    expect(within(alert).getByRole('region', { name: 'Bản của bạn', hidden: true })).toHaveTextContent('Bản của tôi.');
    expect(screen.getByTestId('autosave-status')).toHaveTextContent('Chưa lưu — có xung đột phiên bản');
    expect(box).toHaveValue('Bản của tôi.');
    expect(localStorage.getItem(draftKey(REPORT_ID, 's-tg1'))).toContain('Bản của tôi.');

    await user.click(button('Dùng bản trên máy chủ', alert));
    expect(box).toHaveValue('Bản đồng nghiệp vừa lưu.');
    expect(screen.queryByText('Bản trên máy chủ')).not.toBeInTheDocument();
    expect(localStorage.getItem(draftKey(REPORT_ID, 's-tg1'))).toBeNull();
    expect(api.sent('PUT', sectionUrl('s-tg1'))).toHaveLength(1);
  });

  it('opens only the returned sections of a returned report, with the office notes beside them', async () => {
    const api = mockApi(
      routes(returnedReport(), {
        [`POST /api/reports/${REPORT_ID}/notes`]: (request) => ({
          status: 201,
          body: {
            id: 'n-2',
            sectionId: 's-tg7',
            parentId: 'n-1',
            authorName: unitReporter.fullName,
            authorRole: 'agency_reporter',
            body: (request.body as { body: string }).body,
            createdAt: '2021-12-19T02:00:00.000Z',
          },
        }),
      }),
    );
    renderApp(reportUrl);
    await openEditor();

    // the return: reason and revision due date
    expect(screen.getByText('Cơ quan thường trực yêu cầu bổ sung, hạn bổ sung 22/12/2021')).toBeInTheDocument();
    expect(screen.getByText('Đề nghị bổ sung số lớp tập huấn và số lượt cán bộ được tập huấn.')).toBeInTheDocument();

    const seventh = card('s-tg7');
    expect(within(seventh).getByText('Cần bổ sung')).toBeInTheDocument();
    expect(textbox('Kết quả thực hiện nhóm 7', seventh)).toBeEnabled();
    expect(within(seventh).getByRole('complementary', { name: 'Ý kiến của Cơ quan thường trực', hidden: true })).toHaveTextContent(
      'Đề nghị bổ sung số lớp tập huấn.',
    );

    // everything else is read-only
    expect(document.querySelectorAll('main textarea')).toHaveLength(1);
    const first = card('s-tg1');
    expect(within(first).getByText('Quán triệt các chỉ thị, nghị quyết tới cán bộ công đoàn.')).toBeInTheDocument();
    expect(within(first).getByText('Đã hoàn thành')).toBeInTheDocument();
    expect(within(first).queryByText('Cần bổ sung')).not.toBeInTheDocument();
    expect(within(first).queryByRole('combobox', { hidden: true })).not.toBeInTheDocument();

    // the unit answers the office in the thread
    const user = userEvent.setup();
    const notes = screen.getByText('Ý kiến trao đổi', { selector: 'h2' }).closest('section') as HTMLElement;
    await user.click(button(/^Trả lời/, notes));
    await user.click(textbox('Nội dung trả lời', notes));
    await user.paste('Đã bổ sung 4 lớp.');
    await user.click(button('Gửi trả lời', notes));

    expect(await within(notes).findByText('Đã bổ sung 4 lớp.')).toBeInTheDocument();
    expect(api.sent('POST', `/api/reports/${REPORT_ID}/notes`)[0].body).toEqual({
      body: 'Đã bổ sung 4 lớp.',
      parentId: 'n-1',
      sectionId: 's-tg7',
    });
  });

  it('shows a submitted report read-only, without the buttons the user may not use', async () => {
    mockApi(
      routes(
        draftReport({
          state: 'submitted',
          permissions: readOnlyPermissions,
          firstSubmittedAt: '2021-12-20T02:15:00.000Z',
          lastSubmittedAt: '2021-12-20T02:15:00.000Z',
          submissionStatus: 'late',
          daysLate: 3,
          deadline: { kind: 'submitted_late', dueDate: '2021-12-17', daysLate: 3 },
          versionNumber: 1,
        }),
      ),
    );
    renderApp(reportUrl);
    await openEditor();

    expect(screen.getByText('Đã gửi lúc 09:15 20/12/2021 (phiên bản 1)')).toBeInTheDocument();
    expect(screen.getByText('Gửi trễ 3 ngày')).toBeInTheDocument();
    expect(document.querySelector('main textarea')).toBeNull();
    expect(queryButton('Gửi báo cáo')).not.toBeInTheDocument();
    expect(queryButton('Duyệt và gửi')).not.toBeInTheDocument();
    expect(button('Lịch sử phiên bản')).toBeInTheDocument();
    // The unit prints and files its own report: a plain download of the API's .docx.
    expect(screen.getByRole('link', { name: 'Tải báo cáo (.docx)' })).toHaveAttribute('href', `/api/reports/${draftReport().id}/document.docx`);
  });

  it('gives the head "Duyệt và gửi" and "Trả lại để sửa" when the period needs approval', async () => {
    const base = draftReport();
    mockApi(
      routes(
        draftReport({
          state: 'awaiting_approval',
          period: { ...base.period, requiresHeadApproval: true },
          permissions: { ...readOnlyPermissions, canSubmit: true, canSendBack: true },
        }),
        {},
        unitHead,
      ),
    );
    renderApp(reportUrl);
    await openEditor();

    expect(button('Duyệt và gửi')).toBeInTheDocument();
    expect(button('Trả lại để sửa')).toBeInTheDocument();
    expect(queryButton('Gửi báo cáo')).not.toBeInTheDocument();
    expect(screen.getByText('Báo cáo đang chờ lãnh đạo đơn vị duyệt.')).toBeInTheDocument();
  });

  it('offers the reporter "Trình lãnh đạo duyệt" instead of submitting when the head approves', async () => {
    const base = draftReport();
    mockApi(
      routes(
        draftReport({
          period: { ...base.period, requiresHeadApproval: true },
          permissions: { ...base.permissions, canSubmit: false, canRequestApproval: true },
        }),
      ),
    );
    renderApp(reportUrl);
    await openEditor();

    expect(button('Trình lãnh đạo duyệt')).toBeInTheDocument();
    expect(queryButton('Gửi báo cáo')).not.toBeInTheDocument();
  });

  it('flushes pending edits before submitting, and marks the task groups a refused submission lacks a status for', async () => {
    const report = draftReport();
    const submitted = draftReport({
      state: 'submitted',
      permissions: readOnlyPermissions,
      firstSubmittedAt: '2021-12-16T03:00:00.000Z',
      lastSubmittedAt: '2021-12-16T03:00:00.000Z',
      submissionStatus: 'on_time',
      versionNumber: 1,
    });
    let submits = 0;
    const api = mockApi(
      routes(report, {
        [`PUT ${sectionUrl('s-proposals')}`]: savesSection(report),
        [`POST /api/reports/${REPORT_ID}/submit`]: () => {
          submits += 1;
          return submits === 1
            ? {
                status: 422,
                body: {
                  code: 'VALIDATION_FAILED',
                  message: 'Missing status',
                  details: [{ field: 'sections.s-tg7.status', constraints: { required: 'Choose the task status.' } }],
                },
              }
            : { status: 200, body: submitted };
        },
      }),
    );
    renderApp(reportUrl);
    await openEditor();
    const user = userEvent.setup();

    // typed, not yet saved: submitting sends it first
    await user.click(textbox('Đề xuất, kiến nghị'));
    await user.paste('Tổ chức thêm lớp tập huấn.');
    await user.click(button('Gửi báo cáo'));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText('Gửi báo cáo cho Cơ quan thường trực?')).toBeInTheDocument();
    await user.click(button('Đồng ý', dialog));

    const seventh = card('s-tg7');
    expect(await within(seventh).findByText('Chọn tình trạng thực hiện trước khi gửi báo cáo.')).toBeInTheDocument();
    expect(await screen.findByText('Còn 1 nhóm nhiệm vụ chưa chọn tình trạng thực hiện.')).toBeInTheDocument();
    const [save] = api.sent('PUT', sectionUrl('s-proposals'));
    expect(save.body).toMatchObject({ version: 0, text: 'Tổ chức thêm lớp tập huấn.' });
    expect(api.requests.indexOf(save)).toBeLessThan(api.requests.indexOf(api.sent('POST', `/api/reports/${REPORT_ID}/submit`)[0]));

    await user.click(button('Gửi báo cáo'));
    await user.click(button('Đồng ý', await screen.findByRole('dialog', { hidden: true })));

    expect(await screen.findByText('Đã gửi lúc 10:00 16/12/2021 (phiên bản 1)')).toBeInTheDocument();
    // the autosave's "Đã lưu lúc…" does not stand beside "Đã gửi"
    expect(screen.getByTestId('autosave-status')).toHaveTextContent('');
    expect(document.querySelector('main textarea')).toBeNull();
    expect(queryButton('Gửi báo cáo')).not.toBeInTheDocument();
  });

  it('writes an indicator figure with Vietnamese grouping while it is edited, as it is shown read-only', async () => {
    const report = draftReport({
      sections: draftReport().sections.map((section) =>
        section.id === 's-tg6' ? { ...section, indicatorValues: section.indicatorValues.map((entry) => ({ ...entry, value: 1811 })) } : section,
      ),
    });
    mockApi(routes(report));
    renderApp(reportUrl);
    await openEditor();

    expect(within(card('s-tg6')).getByRole('spinbutton', { hidden: true })).toHaveValue('1.811');
  });

  it('checks every task group has a status before asking to confirm, and says how far the unit is', async () => {
    const report = draftReport({
      sections: draftReport().sections.map((section) => (section.id === 's-tg7' ? { ...section, status: null } : section)),
    });
    const api = mockApi(routes(report, { [`POST /api/reports/${REPORT_ID}/submit`]: { status: 200, body: report } }));
    renderApp(reportUrl);
    await openEditor();
    const user = userEvent.setup();

    // three applicable task groups, two with a status (the not-applicable one is not counted)
    expect(screen.getByText('2/3 nhóm đã hoàn tất')).toBeInTheDocument();
    await user.click(button('Gửi báo cáo'));

    expect(
      await screen.findByText('2/3 nhóm đã hoàn tất. Còn 1 nhóm nhiệm vụ chưa chọn tình trạng thực hiện.'),
    ).toBeInTheDocument();
    expect(await within(card('s-tg7')).findByText('Chọn tình trạng thực hiện trước khi gửi báo cáo.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument();
    expect(api.sent('POST', `/api/reports/${REPORT_ID}/submit`)).toHaveLength(0);
  });

  it('lists the versions in a drawer, each linked to a comparison with the one before', async () => {
    mockApi(
      routes(returnedReport(), {
        [`GET /api/reports/${REPORT_ID}/versions`]: {
          status: 200,
          body: [
            { number: 2, submittedAt: '2021-12-21T03:00:00.000Z', submittedByName: 'Cán bộ đầu mối', onTime: true },
            { number: 1, submittedAt: '2021-12-17T09:45:00.000Z', submittedByName: 'Cán bộ đầu mối', onTime: false },
          ],
        },
      }),
    );
    renderApp(reportUrl);
    await openEditor();
    const user = userEvent.setup();

    await user.click(button('Lịch sử phiên bản'));
    const drawer = await screen.findByRole('dialog', { hidden: true });
    expect(await within(drawer).findByText('Phiên bản 2')).toBeInTheDocument();
    expect(within(drawer).getByText('Gửi lúc 10:00 21/12/2021')).toBeInTheDocument();
    // the first submission is late like the report; the revision was on time for its own due date, and says so
    expect(within(drawer).getByText('Trễ hạn')).toBeInTheDocument();
    expect(within(drawer).getByText('Bổ sung đúng hạn')).toBeInTheDocument();
    expect(within(drawer).queryByText('Đúng hạn')).not.toBeInTheDocument();
    expect(within(drawer).getByText('So sánh với phiên bản 1').closest('a')).toHaveAttribute(
      'href',
      `/reports/${REPORT_ID}/compare?from=1&to=2`,
    );
  });

  it('says the report was not found', async () => {
    mockApi({
      'GET /api/auth/me': { status: 200, body: unitReporter },
      'GET /api/reports/khong-co': { status: 404, body: { code: 'NOT_FOUND', message: 'Not found' } },
    });
    renderApp('/reports/khong-co');

    expect(await screen.findByText('Không tìm thấy báo cáo')).toBeInTheDocument();
    expect(button('Về danh sách báo cáo')).toBeInTheDocument();
  });
});
