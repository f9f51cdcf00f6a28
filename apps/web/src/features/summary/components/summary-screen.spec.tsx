import { COMMITTEE_SETTINGS_SEED, defaultSummarySettings, type CompileSummaryResponse, type SummaryDetail, type SummarySectionView } from '@giao-ban/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoPeriod, officeUser } from '@/testing/fixtures';
import { mockApi, type MockRoutes } from '@/testing/mock-api';
import { leaderUser } from '@/testing/review-fixtures';
import { renderApp } from '@/testing/test-app';

const summaryUrl = `/api/periods/${demoPeriod.id}/summary`;

function section(overrides: Partial<SummarySectionView> & Pick<SummarySectionView, 'key' | 'part' | 'content'>): SummarySectionView {
  return {
    title: '',
    edited: false,
    version: 1,
    compiledAt: '2021-12-20T02:00:00.000Z',
    proposed: null,
    proposedAt: null,
    newInputs: [],
    ...overrides,
  };
}

const taskGroupSection = section({
  key: 'tg:1',
  part: 'I',
  title: '1. Thực hiện tốt công tác thông tin đối ngoại',
  version: 3,
  content: {
    blocks: [
      { type: 'paragraph', runs: [{ text: 'Sở Ngoại vụ', bold: true }, { text: ': Tham mưu UBND tỉnh ' }, { text: 'kịp thời', italic: true }, { text: '.' }] },
      { type: 'bullets', items: [[{ text: 'Ý thứ nhất' }], [{ text: 'Ý thứ hai' }]] },
    ],
  },
});

const closingSection = section({
  key: 'closing',
  part: 'closing',
  content: { blocks: [{ type: 'paragraph', runs: [{ text: '<script>alert(1)</script>' }] }] },
});

const strengthsSection = section({
  key: 'strengths',
  part: 'II',
  title: '1. Ưu điểm',
  edited: true,
  version: 5,
  content: { blocks: [{ type: 'paragraph', runs: [{ text: 'Bản văn phòng đã sửa.' }] }] },
  proposed: { blocks: [{ type: 'paragraph', runs: [{ text: 'Bản tổng hợp mới từ các đơn vị.' }] }] },
  proposedAt: '2021-12-21T03:00:00.000Z',
  newInputs: [{ agencyId: 'a-ca', agencyName: 'Công an tỉnh', change: 'changed', fromVersion: 1, toVersion: 2 }],
});

const demoSummary: SummaryDetail = {
  id: 's-1',
  period: { id: demoPeriod.id, title: demoPeriod.title, kind: 'half_year', year: 2021, sequence: 2, state: 'open' },
  state: 'draft',
  version: 7,
  includeSubmitted: false,
  compiledAt: '2021-12-20T02:00:00.000Z',
  settings: defaultSummarySettings(demoPeriod, COMMITTEE_SETTINGS_SEED),
  sections: [
    section({ key: 'opening', part: 'opening', content: { blocks: [{ type: 'paragraph', runs: [{ text: 'Ban Chỉ đạo nhận được báo cáo của 7/8 đơn vị.' }] }] } }),
    taskGroupSection,
    strengthsSection,
    closingSection,
  ],
  figures: {
    period: { id: demoPeriod.id, title: demoPeriod.title, cutOffFrom: '2021-06-15', cutOffTo: '2021-12-14', dueDate: '2021-12-17' },
    compiledAt: '2021-12-20T02:00:00.000Z',
    includeSubmitted: false,
    units: [],
    indicators: [],
    indicatorRows: [],
    indicatorTotals: [],
    taskGroups: [],
  },
  hasNewInputs: true,
  finalVersion: null,
  finalizedAt: null,
  versions: [],
  permissions: { canEdit: true, canCompile: true, canFinalize: true, canReopen: false },
};

/** What POST …/compile answers: what changed, not the summary. */
const compileAnswer: CompileSummaryResponse = { version: 6, compiledAt: '2021-12-20T02:00:00.000Z', replaced: [], proposed: [] };

const leaderSummary: SummaryDetail = {
  ...demoSummary,
  permissions: { canEdit: false, canCompile: false, canFinalize: false, canReopen: false },
};

function routes(user: typeof officeUser, extra: MockRoutes): MockRoutes {
  return {
    'GET /api/auth/me': { status: 200, body: user },
    [`GET /api/periods/${demoPeriod.id}`]: { status: 200, body: demoPeriod },
    ...extra,
  };
}

const open = () => renderApp(`/periods/${demoPeriod.id}/summary`);

describe('SummaryScreen (báo cáo tổng hợp)', () => {
  it('compiles the first summary from the empty state, then fetches it (the compile answers only what changed)', async () => {
    let compiled = false;
    const api = mockApi(
      routes(officeUser, {
        [`GET ${summaryUrl}`]: () => (compiled ? { status: 200, body: demoSummary } : { status: 404, body: { code: 'NOT_FOUND', message: 'No summary yet' } }),
        [`POST ${summaryUrl}/compile`]: () => {
          compiled = true;
          return { status: 200, body: compileAnswer };
        },
      }),
    );
    open();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Gồm cả báo cáo đã gửi nhưng chưa tiếp nhận' }));
    await user.click(screen.getByRole('button', { name: 'Tổng hợp báo cáo' }));

    await waitFor(() => expect(api.sent('POST', `${summaryUrl}/compile`)).toHaveLength(1));
    expect(api.sent('POST', `${summaryUrl}/compile`)[0]!.body).toEqual({ includeSubmitted: true });
    expect(await screen.findByText('Dự thảo')).toBeInTheDocument();
    expect(screen.getByText('Ban Chỉ đạo nhận được báo cáo của 7/8 đơn vị.')).toBeInTheDocument();
    const compileAt = api.requests.indexOf(api.sent('POST', `${summaryUrl}/compile`)[0]!);
    expect(api.requests.slice(compileAt + 1).some((request) => request.method === 'GET' && request.path === summaryUrl)).toBe(true);
  });

  it('renders a section from its document model: bold, italic and bullets as elements, never markup', async () => {
    mockApi(routes(officeUser, { [`GET ${summaryUrl}`]: { status: 200, body: demoSummary } }));
    open();
    const heading = await screen.findByRole('heading', { name: '1. Thực hiện tốt công tác thông tin đối ngoại' });
    const region = heading.closest('section')!;
    expect(within(region).getByText('Sở Ngoại vụ').tagName).toBe('STRONG');
    expect(within(region).getByText('kịp thời').tagName).toBe('EM');
    const items = within(region).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Ý thứ nhất', 'Ý thứ hai']);
    expect(screen.getByRole('heading', { name: 'I. KẾT QUẢ THỰC HIỆN' })).toBeInTheDocument();
    expect(within(screen.getByRole('heading', { name: '1. Ưu điểm' }).closest('section')!).getByText('Đã chỉnh sửa')).toBeInTheDocument();
    expect(screen.getByText('Có 1 đơn vị gửi mới/bổ sung kể từ lần tổng hợp trước')).toBeInTheDocument();
    // text that looks like markup stays text
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(document.querySelector('.gb-summary-paper script')).toBeNull();
  });

  it('saves an edit as the JSON document model with the section version, and shows the server copy on 409', async () => {
    let calls = 0;
    const api = mockApi(
      routes(officeUser, {
        [`GET ${summaryUrl}`]: { status: 200, body: demoSummary },
        [`PUT ${summaryUrl}/sections/tg%3A1`]: (request) => {
          calls += 1;
          if (calls === 1) {
            return {
              status: 409,
              body: {
                code: 'STALE_VERSION',
                message: 'stale',
                details: { server: { ...taskGroupSection, version: 4, edited: true, content: { blocks: [{ type: 'paragraph', runs: [{ text: 'Bản của đồng nghiệp.' }] }] } } },
              },
            };
          }
          return { status: 200, body: { ...taskGroupSection, version: 5, edited: true, content: (request.body as { content: unknown }).content } };
        },
      }),
    );
    open();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sửa — 1. Thực hiện tốt công tác thông tin đối ngoại' }));

    const first = screen.getByRole('textbox', { name: 'Đoạn 1' });
    expect(first).toHaveValue('Sở Ngoại vụ: Tham mưu UBND tỉnh kịp thời.');
    // bold "UBND tỉnh" (chars 22–31)
    (first as HTMLTextAreaElement).setSelectionRange(22, 31);
    await user.click(screen.getByRole('button', { name: 'In đậm' }));
    // a bullet typed at the end of the second item
    const second = screen.getByRole('textbox', { name: 'Ý 3 (gạch đầu dòng)' });
    await user.click(second);
    await user.type(second, ' <b>mới</b>');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(api.sent('PUT', `${summaryUrl}/sections/tg%3A1`)).toHaveLength(1));
    const body = api.sent('PUT', `${summaryUrl}/sections/tg%3A1`)[0]!.body;
    expect(body).toEqual({
      version: 3,
      content: {
        blocks: [
          {
            type: 'paragraph',
            runs: [
              { text: 'Sở Ngoại vụ', bold: true },
              { text: ': Tham mưu ' },
              { text: 'UBND tỉnh', bold: true },
              { text: ' ' },
              { text: 'kịp thời', italic: true },
              { text: '.' },
            ],
          },
          { type: 'bullets', items: [[{ text: 'Ý thứ nhất' }], [{ text: 'Ý thứ hai <b>mới</b>' }]] },
        ],
      },
    });

    // 409: the server's copy beside the edit; overwriting sends the server's version
    expect(await screen.findByText('Bản của đồng nghiệp.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Bản trên máy chủ' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ghi đè bằng bản của tôi' }));
    await waitFor(() => expect(api.sent('PUT', `${summaryUrl}/sections/tg%3A1`)).toHaveLength(2));
    expect((api.sent('PUT', `${summaryUrl}/sections/tg%3A1`)[1]!.body as { version: number }).version).toBe(4);
    // saved: the editor closes
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Đoạn 1' })).not.toBeInTheDocument());
  });

  it('finalizes with the number and, by default, the day its figures are stated as of, in Quảng Ninh whatever the computer’s time zone', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York'; // 17:10 on 29/11 there, 05:10 on 30/11 in Quảng Ninh
    jest.useFakeTimers({ now: new Date('2026-11-29T22:10:00Z'), doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'hrtime', 'performance'] });
    try {
      // A proposal left open, or no signer, would bar finalizing.
      // Compiled with no document date at 05:10 on 30/11 in Quảng Ninh (the figures record no as-of day): as of that day.
      const settled: SummaryDetail = {
        ...demoSummary,
        compiledAt: '2026-11-29T22:10:00.000Z',
        figures: { ...demoSummary.figures, compiledAt: '2026-11-29T22:10:00.000Z', asOf: undefined },
        settings: { ...demoSummary.settings, signerName: 'Vi Ngọc Bích' },
        sections: demoSummary.sections.filter((s) => !s.proposed),
      };
      const api = mockApi(
        routes(officeUser, {
          [`GET ${summaryUrl}`]: { status: 200, body: settled },
          [`POST ${summaryUrl}/finalize`]: { status: 200, body: { ...settled, state: 'final' } },
        }),
      );
      open();
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: 'Ban hành' }));
      const dialog = await screen.findByRole('dialog');
      expect(within(dialog).getByPlaceholderText('dd/mm/yyyy')).toHaveValue('30/11/2026');
      await user.type(within(dialog).getByLabelText('Số, ký hiệu'), '15-bc/bcđ');
      await user.click(within(dialog).getByRole('button', { name: 'Ban hành' }));
      await waitFor(() => expect(api.sent('POST', `${summaryUrl}/finalize`)).toHaveLength(1));
      expect(api.sent('POST', `${summaryUrl}/finalize`)[0]!.body).toEqual({ number: '15-BC/BCĐ', date: '2026-11-30' });
    } finally {
      jest.useRealTimers();
      process.env.TZ = zone;
    }
  });

  it('does not issue a summary without a signer, and says where to enter one', async () => {
    const unsigned: SummaryDetail = { ...demoSummary, settings: { ...demoSummary.settings, signerName: null }, sections: demoSummary.sections.filter((s) => !s.proposed) };
    mockApi(routes(officeUser, { [`GET ${summaryUrl}`]: { status: 200, body: unsigned } }));
    open();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ban hành' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Chưa có họ và tên người ký/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Ban hành' })).toBeDisabled();
  });

  it('sends the decision on a recompiled proposal, and recompiles one section', async () => {
    const api = mockApi(
      routes(officeUser, {
        [`GET ${summaryUrl}`]: { status: 200, body: demoSummary },
        [`POST ${summaryUrl}/sections/strengths/proposal`]: { status: 200, body: { ...strengthsSection, proposed: null, version: 6 } },
        [`POST ${summaryUrl}/compile`]: { status: 200, body: { ...compileAnswer, replaced: ['strengths'] } },
      }),
    );
    open();
    const user = userEvent.setup();
    expect(await screen.findByText('Bản tổng hợp mới từ các đơn vị.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Giữ bản đã sửa' }));
    await waitFor(() => expect(api.sent('POST', `${summaryUrl}/sections/strengths/proposal`)).toHaveLength(1));
    expect(api.sent('POST', `${summaryUrl}/sections/strengths/proposal`)[0]!.body).toEqual({ version: 5, decision: 'keep' });

    await user.click(screen.getByRole('button', { name: 'Dùng bản tổng hợp mới' }));
    await waitFor(() => expect(api.sent('POST', `${summaryUrl}/sections/strengths/proposal`)).toHaveLength(2));
    expect(api.sent('POST', `${summaryUrl}/sections/strengths/proposal`)[1]!.body).toEqual({ version: 5, decision: 'accept' });

    await user.click(screen.getByRole('button', { name: 'Tổng hợp lại — 1. Ưu điểm' }));
    await waitFor(() => expect(api.sent('POST', `${summaryUrl}/compile`)).toHaveLength(1));
    expect(api.sent('POST', `${summaryUrl}/compile`)[0]!.body).toEqual({ includeSubmitted: false, sections: ['strengths'] });
    // The compiled summary is fetched again.
    const compileAt = api.requests.indexOf(api.sent('POST', `${summaryUrl}/compile`)[0]!);
    await waitFor(() => expect(api.requests.slice(compileAt + 1).some((request) => request.method === 'GET' && request.path === summaryUrl)).toBe(true));
  });

  it('shows leaders the summary read-only, with the downloads and the print view', async () => {
    // Three accepted reports and one not yet accepted went into this compile.
    const units = (['accepted', 'accepted', 'accepted', 'submitted', null] as const).map((inclusion, i) => ({
      agencyId: `unit-${i}`,
      name: `Đơn vị ${i + 1}`,
      state: inclusion ?? ('draft' as const),
      effectiveDueDate: '2021-12-17',
      firstSubmittedAt: inclusion ? '2021-12-15T02:00:00.000Z' : null,
      submissionStatus: inclusion ? ('on_time' as const) : ('missing_overdue' as const),
      daysLate: null,
      versionNumber: inclusion ? 1 : 0,
      inclusion,
    }));
    const api = mockApi(routes(leaderUser, { [`GET ${summaryUrl}`]: { status: 200, body: { ...leaderSummary, figures: { ...leaderSummary.figures, units } } } }));
    open();
    expect(await screen.findByText('Ban Chỉ đạo nhận được báo cáo của 7/8 đơn vị.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Sửa/ })).not.toBeInTheDocument();
    // What the summary is compiled from, beside what the dashboard counts.
    expect(screen.getByText(/^3 báo cáo đã tiếp nhận · 1 báo cáo chưa tiếp nhận/)).toBeInTheDocument();
    expect(screen.getByText(/Bảng điều khiển tính mọi báo cáo các đơn vị đã gửi/)).toBeInTheDocument();
    for (const office of ['Tổng hợp lại', 'Thông tin văn bản', 'Ban hành', 'Mở lại', 'Dùng bản tổng hợp mới', 'Giữ bản đã sửa']) {
      expect(screen.queryByRole('button', { name: office })).not.toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Tải .docx' })).toHaveAttribute('href', `${summaryUrl}/export.docx`);
    expect(screen.getByRole('link', { name: 'Tải .xlsx' })).toHaveAttribute('download');
    expect(screen.getByRole('button', { name: 'Bản in' })).toBeInTheDocument();
    expect(api.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
  });
});
