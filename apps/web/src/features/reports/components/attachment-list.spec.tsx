import type { Attachment, ReportDetail } from '@giao-ban/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, type MockRoutes } from '@/testing/mock-api';
import { draftReport, readOnlyPermissions, REPORT_ID, returnedReport, unitReporter } from '@/testing/report-fixtures';
import { renderApp } from '@/testing/test-app';

const reportUrl = `/reports/${REPORT_ID}`;
const attachmentsUrl = `/api/reports/${REPORT_ID}/attachments`;

function attachment(overrides: Partial<Attachment> = {}): Attachment {
  return {
    id: 'att-1',
    sectionId: 's-tg1',
    fileName: 'Ke-hoach-tuyen-truyen.pdf',
    fileType: 'pdf',
    sizeBytes: 1572864, // 1.5 MB
    sha256: 'a'.repeat(64),
    uploadedByName: 'Cán bộ đầu mối Liên đoàn Lao động tỉnh',
    uploadedAt: '2021-12-10T09:45:00.000Z', // 16:45 in Hà Nội
    ...overrides,
  };
}

const withFiles = (overrides: Partial<ReportDetail> = {}) =>
  draftReport({
    attachments: [
      attachment(),
      attachment({ id: 'att-2', sectionId: null, fileName: 'Danh-sach.xlsx', fileType: 'xlsx', sizeBytes: 12_800 }),
    ],
    ...overrides,
  });

function routes(report: ReportDetail, extra: MockRoutes = {}): MockRoutes {
  return {
    'GET /api/auth/me': { status: 200, body: unitReporter },
    [`GET /api${reportUrl}`]: { status: 200, body: report },
    ...extra,
  };
}

async function openEditor() {
  await screen.findByText('Báo cáo 6 tháng cuối năm 2021 — Liên đoàn Lao động tỉnh', { selector: 'h1' });
}

function card(sectionId: string): HTMLElement {
  const element = document.getElementById(`section-${sectionId}`);
  if (!element) throw new Error(`No section ${sectionId}`);
  return element;
}

function reportFiles(): HTMLElement {
  return screen.getByText('Tài liệu minh chứng', { selector: 'h2' }).closest('section') as HTMLElement;
}

function uploadButtons(container: HTMLElement = document.body) {
  return within(container).queryAllByRole('button', { name: 'Đính kèm tệp', hidden: true });
}

function fileInput(container: HTMLElement): HTMLInputElement {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('No file input');
  return input;
}

const pdf = (name = 'Bao-cao.pdf', size?: number) => {
  const file = new File(['%PDF-1.4\n%%EOF\n'], name, { type: 'application/pdf' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
};

describe('Evidence files in the report editor', () => {
  it('lists the files of a section and of the whole report, each a download link with its details', async () => {
    mockApi(routes(withFiles()));
    renderApp(reportUrl);
    await openEditor();

    const first = card('s-tg1');
    const link = within(first).getByRole('link', { name: 'Ke-hoach-tuyen-truyen.pdf', hidden: true });
    expect(link).toHaveAttribute('href', `/api/reports/${REPORT_ID}/attachments/att-1`);
    expect(link).toHaveAttribute('download', 'Ke-hoach-tuyen-truyen.pdf');
    expect(within(first).getByText('PDF · 1,5 MB · Cán bộ đầu mối Liên đoàn Lao động tỉnh · 16:45 10/12/2021')).toBeInTheDocument();

    const whole = reportFiles();
    expect(within(whole).getByRole('link', { name: 'Danh-sach.xlsx', hidden: true })).toHaveAttribute(
      'href',
      `/api/reports/${REPORT_ID}/attachments/att-2`,
    );
    expect(within(whole).getByText(/^Excel · 13 KB · /)).toBeInTheDocument();
    // the report's own file is not repeated in a section, nor the section's at the end
    expect(within(whole).queryByText('Ke-hoach-tuyen-truyen.pdf')).not.toBeInTheDocument();
    expect(within(card('s-tg6')).queryByText('Danh-sach.xlsx')).not.toBeInTheDocument();

    // editable: every applicable task group and the report offer the upload; no control on a general section
    expect(uploadButtons(first)).toHaveLength(1);
    expect(uploadButtons(whole)).toHaveLength(1);
    expect(uploadButtons(card('s-tg4'))).toHaveLength(0);
    expect(uploadButtons(card('s-strengths'))).toHaveLength(0);
    expect(fileInput(whole)).toHaveAttribute('accept', '.pdf,.docx,.xlsx,.jpg,.jpeg,.png');
  });

  it('shows only the lists and downloads on a submitted report', async () => {
    const api = mockApi(routes(withFiles({ state: 'submitted', permissions: readOnlyPermissions })));
    renderApp(reportUrl);
    await openEditor();

    expect(within(card('s-tg1')).getByRole('link', { name: 'Ke-hoach-tuyen-truyen.pdf', hidden: true })).toBeInTheDocument();
    expect(within(reportFiles()).getByRole('link', { name: 'Danh-sach.xlsx', hidden: true })).toBeInTheDocument();
    expect(uploadButtons()).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: 'Xóa', hidden: true })).toHaveLength(0);
    expect(document.querySelector('input[type="file"]')).toBeNull();
    expect(api.requests.filter((request) => request.method !== 'GET')).toEqual([]);
  });

  it('offers the upload on a returned report only in the returned section and for the whole report', async () => {
    mockApi(routes(returnedReport()));
    renderApp(reportUrl);
    await openEditor();

    expect(uploadButtons(card('s-tg7'))).toHaveLength(1);
    expect(uploadButtons(card('s-tg1'))).toHaveLength(0);
    expect(uploadButtons(reportFiles())).toHaveLength(1);
    expect(uploadButtons()).toHaveLength(2);
  });

  it('refuses a file over 20 MB without sending it', async () => {
    const api = mockApi(routes(draftReport(), { [`POST ${attachmentsUrl}`]: { status: 201, body: attachment() } }));
    renderApp(reportUrl);
    await openEditor();
    const user = userEvent.setup();

    await user.upload(fileInput(card('s-tg1')), pdf('Ho-so-lon.pdf', 20 * 1024 * 1024 + 1));

    expect(await within(card('s-tg1')).findByRole('alert')).toHaveTextContent('Tệp vượt quá 20 MB.');
    expect(api.sent('POST', attachmentsUrl)).toHaveLength(0);
  });

  it('sends the file as multipart form data with its section, then reloads the report', async () => {
    const api = mockApi(routes(draftReport(), { [`POST ${attachmentsUrl}`]: { status: 201, body: attachment() } }));
    renderApp(reportUrl);
    await openEditor();
    const user = userEvent.setup();
    const file = pdf();

    await user.upload(fileInput(card('s-tg1')), file);

    await waitFor(() => expect(api.sent('POST', attachmentsUrl)).toHaveLength(1));
    const [request] = api.sent('POST', attachmentsUrl);
    expect(request.body).toBeInstanceOf(FormData);
    const form = request.body as FormData;
    expect((form.get('file') as File).name).toBe('Bao-cao.pdf');
    expect(form.get('sectionId')).toBe('s-tg1');
    expect(request.credentials).toBe('same-origin');
    const headers = api.fetch.mock.calls.find(([url]) => url === attachmentsUrl)?.[1]?.headers as Record<string, string>;
    expect(headers['Content-Type']).toBeUndefined(); // the browser sets the multipart boundary
    await waitFor(() => expect(api.sent('GET', `/api${reportUrl}`)).toHaveLength(2));
  });

  it('sends a report-level file without a section', async () => {
    const api = mockApi(routes(draftReport(), { [`POST ${attachmentsUrl}`]: { status: 201, body: attachment({ sectionId: null }) } }));
    renderApp(reportUrl);
    await openEditor();

    await userEvent.setup().upload(fileInput(reportFiles()), pdf());

    await waitFor(() => expect(api.sent('POST', attachmentsUrl)).toHaveLength(1));
    expect((api.sent('POST', attachmentsUrl)[0].body as FormData).has('sectionId')).toBe(false);
  });

  it('says in Vietnamese when the server refuses the content (415)', async () => {
    mockApi(
      routes(draftReport(), {
        [`POST ${attachmentsUrl}`]: {
          status: 415,
          body: { code: 'UNSUPPORTED_FILE_TYPE', message: 'The file content is not an accepted type' },
        },
      }),
    );
    renderApp(reportUrl);
    await openEditor();

    await userEvent.setup().upload(fileInput(card('s-tg1')), pdf('doi-ten.pdf'));

    expect(await within(card('s-tg1')).findByRole('alert')).toHaveTextContent(
      'Chỉ chấp nhận tệp PDF, Word (.docx), Excel (.xlsx), JPG, PNG — kiểm tra theo nội dung tệp.',
    );
  });

  it('says so when the report is no longer editable (409)', async () => {
    mockApi(
      routes(draftReport(), {
        [`POST ${attachmentsUrl}`]: { status: 409, body: { code: 'ILLEGAL_TRANSITION', message: 'Report is not editable' } },
      }),
    );
    renderApp(reportUrl);
    await openEditor();

    await userEvent.setup().upload(fileInput(reportFiles()), pdf());

    expect(await within(reportFiles()).findByRole('alert')).toHaveTextContent(
      'Báo cáo không còn ở trạng thái được sửa nên không thể đính kèm hoặc xóa tệp.',
    );
  });

  it('deletes a file after confirmation and reloads the report', async () => {
    const deleteUrl = `${attachmentsUrl}/att-2`;
    const api = mockApi(routes(withFiles(), { [`DELETE ${deleteUrl}`]: { status: 204 } }));
    renderApp(reportUrl);
    await openEditor();
    const user = userEvent.setup();

    const whole = reportFiles();
    const item = within(whole).getByRole('link', { name: 'Danh-sach.xlsx', hidden: true }).closest('li') as HTMLElement;
    const button = within(item).getByRole('button', { name: 'Xóa', hidden: true });
    expect(button).toHaveAccessibleDescription('Danh-sach.xlsx');
    await user.click(button);
    expect(api.sent('DELETE', deleteUrl)).toHaveLength(0); // not before the confirmation

    const confirm = await screen.findByText('Xóa tệp "Danh-sach.xlsx"?');
    const popup = confirm.closest('.ant-popover') as HTMLElement;
    await user.click(within(popup).getByRole('button', { name: 'Xóa', hidden: true }));

    await waitFor(() => expect(api.sent('DELETE', deleteUrl)).toHaveLength(1));
    await waitFor(() => expect(api.sent('GET', `/api${reportUrl}`)).toHaveLength(2));
  });
});
