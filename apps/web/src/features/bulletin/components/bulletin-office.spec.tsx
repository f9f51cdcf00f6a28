import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { acceptedItemSummaries, demoContributions, openIssue, openIssueDetail, plannedIssue, submittedItem } from '@/testing/bulletin-fixtures';
import { officeUser } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { leaderUser } from '@/testing/review-fixtures';
import { renderApp } from '@/testing/test-app';

const office = { status: 200, body: officeUser };

describe('Bản tin, the standing office', () => {
  it('plans a year in one step: two issues a month on the 10th and 25th, a 10-day window', async () => {
    const api = mockApi({
      'GET /api/auth/me': office,
      'GET /api/bulletin-issues': ({ search }) => ({ status: 200, body: search.get('year') === '2022' && api.sent('POST', '/api/bulletin-issues/plan').length ? [openIssue] : [] }),
      'POST /api/bulletin-issues/plan': { status: 201, body: Array.from({ length: 24 }, () => openIssue) },
    });
    const user = userEvent.setup();
    renderApp('/bulletin?year=2022');
    expect(await screen.findByText('Chưa có số Bản tin nào trong năm 2022.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lập kế hoạch năm' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Lập kế hoạch' }));
    await waitFor(() => expect(api.sent('POST', '/api/bulletin-issues/plan')).toHaveLength(1));
    expect(api.sent('POST', '/api/bulletin-issues/plan')[0].body).toEqual({ year: 2022, firstNumber: 1, deadlineDays: [10, 25], windowDays: 10 });
    expect(await screen.findByText('Đã lập 24 số Bản tin của năm 2022.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Số 13/2021' })).toBeInTheDocument();
  });

  it('says so when the year already has its issues (409)', async () => {
    mockApi({
      'GET /api/auth/me': office,
      'GET /api/bulletin-issues': { status: 200, body: [openIssue, plannedIssue] },
      'POST /api/bulletin-issues/plan': { status: 409, body: { code: 'BULLETIN_ISSUE_EXISTS', message: 'planned' } },
    });
    const user = userEvent.setup();
    renderApp('/bulletin?year=2021');
    expect(await screen.findByText('2 chờ xử lý · 1 nhận đăng · 0 trả lại · 0 không sử dụng')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lập kế hoạch năm' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Lập kế hoạch' }));
    expect(await screen.findByText('Năm 2021 đã có các số Bản tin.')).toBeInTheDocument();
  });

  it('accepts an item with its edits kept beside the original, sending only what it changed and the section', async () => {
    const api = mockApi({
      'GET /api/auth/me': office,
      'GET /api/bulletin-items/it-1': { status: 200, body: submittedItem },
      'GET /api/bulletin-issues/i-13': { status: 200, body: openIssueDetail },
      'POST /api/bulletin-items/it-1/accept': ({ body }) => ({
        status: 200,
        body: { ...submittedItem, state: 'accepted', section: (body as { section: string }).section, edited: { title: 'Quảng Tây thăm Quảng Ninh', sapo: submittedItem.sapo, body: submittedItem.body } },
      }),
    });
    const user = userEvent.setup();
    renderApp('/bulletin/items/it-1');
    const original = await screen.findByRole('heading', { name: 'Bản của đơn vị' });
    const originalCard = original.closest('.ant-card') as HTMLElement;
    expect(within(originalCard).getByRole('heading', { name: submittedItem.title })).toBeInTheDocument();
    const edited = (screen.getByRole('heading', { name: 'Bản biên tập' }).closest('.ant-card') as HTMLElement);
    const title = within(edited).getByLabelText('Tiêu đề');
    expect(title).toHaveValue(submittedItem.title);
    await user.clear(title);
    await user.type(title, 'Quảng Tây thăm Quảng Ninh');
    await user.click(within(edited).getByRole('combobox', { name: 'Đăng ở mục' }));
    await user.click(await screen.findByTitle('Hợp tác quốc tế'));
    await user.click(within(edited).getByRole('button', { name: 'Nhận đăng' }));
    await waitFor(() => expect(api.sent('POST', '/api/bulletin-items/it-1/accept')).toHaveLength(1));
    expect(api.sent('POST', '/api/bulletin-items/it-1/accept')[0].body).toEqual({ section: 'Hợp tác quốc tế', title: 'Quảng Tây thăm Quảng Ninh' });
    // the original stays on the left as the unit wrote it
    expect(within(originalCard).getByRole('heading', { name: submittedItem.title })).toBeInTheDocument();
    expect(await screen.findByText('Đã nhận đăng')).toBeInTheDocument();
  });

  it('returns an item only with a reason, which it sends', async () => {
    const api = mockApi({
      'GET /api/auth/me': office,
      'GET /api/bulletin-items/it-1': { status: 200, body: submittedItem },
      'GET /api/bulletin-issues/i-13': { status: 200, body: openIssueDetail },
      'POST /api/bulletin-items/it-1/return': { status: 200, body: { ...submittedItem, state: 'returned', returnReason: 'Đề nghị bổ sung ảnh.' } },
    });
    const user = userEvent.setup();
    renderApp('/bulletin/items/it-1');
    await user.click(await screen.findByRole('button', { name: 'Trả lại' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(await within(dialog).findByText('Nhập lý do trả lại.')).toBeInTheDocument();
    expect(api.sent('POST', '/api/bulletin-items/it-1/return')).toHaveLength(0);
    await user.type(within(dialog).getByLabelText('Lý do (đơn vị sẽ đọc)'), 'Đề nghị bổ sung ảnh.');
    await user.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    await waitFor(() => expect(api.sent('POST', '/api/bulletin-items/it-1/return')).toHaveLength(1));
    expect(api.sent('POST', '/api/bulletin-items/it-1/return')[0].body).toEqual({ reason: 'Đề nghị bổ sung ảnh.' });
    expect(await screen.findByText('Đã trả lại đơn vị. Lý do:')).toBeInTheDocument();
  });

  it('sets an item aside with no reason', async () => {
    const api = mockApi({
      'GET /api/auth/me': office,
      'GET /api/bulletin-items/it-1': { status: 200, body: submittedItem },
      'GET /api/bulletin-issues/i-13': { status: 200, body: openIssueDetail },
      'POST /api/bulletin-items/it-1/not-used': { status: 200, body: { ...submittedItem, state: 'not_used' } },
    });
    const user = userEvent.setup();
    renderApp('/bulletin/items/it-1');
    await user.click(await screen.findByRole('button', { name: 'Không sử dụng' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Không sử dụng' }));
    await waitFor(() => expect(api.sent('POST', '/api/bulletin-items/it-1/not-used')).toHaveLength(1));
    expect(api.sent('POST', '/api/bulletin-items/it-1/not-used')[0].body).toEqual({ reason: null });
  });

  it('shows the items awaiting a decision, and filters the others by state', async () => {
    mockApi({
      'GET /api/auth/me': office,
      'GET /api/bulletin-issues/i-13': { status: 200, body: openIssueDetail },
    });
    const user = userEvent.setup();
    renderApp('/bulletin/issues/i-13');
    const inbox = await screen.findByRole('region', { name: 'Tin, bài nhận được' });
    expect(within(inbox).getAllByRole('listitem').map((row) => within(row).getByRole('link').textContent)).toEqual([
      openIssueDetail.items[0].title,
      openIssueDetail.items[1].title,
    ]);
    // on a phone (the specs' width) the five filters are a list to pick from
    await user.click(within(inbox).getByRole('combobox', { name: 'Lọc theo tình trạng' }));
    await user.click(await screen.findByTitle('Đã nhận đăng (3)'));
    expect(within(inbox).getAllByRole('listitem')).toHaveLength(3);
  });

  it('lays out the accepted items with the keyboard buttons, renames a section and saves the layout in two columns', async () => {
    const api = mockApi({
      'GET /api/auth/me': office,
      'GET /api/bulletin-issues/i-13': { status: 200, body: openIssueDetail },
      'PUT /api/bulletin-issues/i-13/layout': { status: 200, body: { ...openIssueDetail, twoColumns: true } },
    });
    const user = userEvent.setup();
    renderApp('/bulletin/issues/i-13');
    await user.click(await screen.findByRole('tab', { name: 'Dàn trang' }));
    const second = acceptedItemSummaries[1].title;
    await user.click(await screen.findByRole('button', { name: `Đưa xuống: ${second}` }));
    expect(screen.getByRole('button', { name: `Kéo để sắp xếp: ${second}` })).toBeInTheDocument();
    const sectionTitle = screen.getByRole('textbox', { name: 'Tên mục 3' });
    fireEvent.change(sectionTitle, { target: { value: 'Quảng bá hình ảnh Quảng Ninh' } });
    await user.click(screen.getByRole('switch', { name: 'Dàn hai cột' }));
    expect(screen.getByText('Có thay đổi chưa lưu.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu dàn trang' }));
    await waitFor(() => expect(api.sent('PUT', '/api/bulletin-issues/i-13/layout')).toHaveLength(1));
    expect(api.sent('PUT', '/api/bulletin-issues/i-13/layout')[0].body).toEqual({
      sections: [
        { title: 'Tin trong tỉnh', itemIds: ['it-3'] },
        { title: 'Hợp tác quốc tế', itemIds: ['it-4', 'it-5'] },
        { title: 'Quảng bá hình ảnh Quảng Ninh', itemIds: [] },
      ],
      twoColumns: true,
    });
    // the editor starts again from the saved layout, and says it was saved
    expect(await screen.findByText('Đã lưu dàn trang.')).toBeInTheDocument();
  });

  it('publishes only once the window is closed', async () => {
    mockApi({
      'GET /api/auth/me': office,
      'GET /api/bulletin-issues/i-13': { status: 200, body: openIssueDetail },
    });
    renderApp('/bulletin/issues/i-13');
    expect(await screen.findByText('Kết thúc nhận tin, bài rồi mới phát hành.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Phát hành' })).toBeDisabled();
  });

  it('publishes after confirming, and then shows the read-only issue with its downloads', async () => {
    const editingIssue = { ...openIssueDetail, state: 'editing' as const };
    const published = {
      ...openIssueDetail,
      state: 'published' as const,
      publishedAt: '2021-07-14T03:00:00.000Z',
      published: {
        publishedAt: '2021-07-14T03:00:00.000Z',
        twoColumns: true,
        editorial: { ...openIssueDetail.editorial, releaseDate: '2021-07-15' },
        sections: [
          {
            title: 'Tin trong tỉnh',
            items: [{ itemId: 'it-3', agencyId: 'a-snv', agencyName: 'Sở Ngoại vụ', kind: 'news' as const, title: 'Quảng Tây thăm Quảng Ninh', sapo: 'Sapo', body: 'Thân bài.', eventDate: '2021-07-05', eventPlace: 'Hạ Long', taskGroupId: null, photos: submittedItem.photos }],
          },
        ],
      },
    };
    const api = mockApi({
      'GET /api/auth/me': office,
      'GET /api/bulletin-issues/i-13': () => ({ status: 200, body: api.sent('POST', '/api/bulletin-issues/i-13/publish').length ? published : editingIssue }),
      'POST /api/bulletin-issues/i-13/publish': { status: 200, body: published },
      'GET /api/bulletin-issues': { status: 200, body: [] },
      'GET /api/bulletin-issues/i-13/export.pdf': { status: 503, body: { code: 'LIBREOFFICE_UNAVAILABLE', message: 'soffice not installed' } },
    });
    const user = userEvent.setup();
    renderApp('/bulletin/issues/i-13');
    await user.click(await screen.findByRole('button', { name: 'Phát hành' }));
    expect(await screen.findByText('Phát hành Số 13/2021?')).toBeInTheDocument();
    await user.click(within(screen.getByRole('tooltip')).getByRole('button', { name: 'Phát hành' }));
    await waitFor(() => expect(api.sent('POST', '/api/bulletin-issues/i-13/publish')).toHaveLength(1));
    const article = await screen.findByRole('article', { name: 'Bản tin Số 13/2021' });
    expect(within(article).getByRole('navigation', { name: 'Mục lục' })).toHaveTextContent('Quảng Tây thăm Quảng Ninh');
    expect(within(article).getByText('Số 13/2021 · Ngày phát hành 15/07/2021')).toBeInTheDocument();
    expect(within(article).getByRole('img', { name: 'Hai đoàn hội đàm' })).toBeInTheDocument();
    // frozen: nothing to lay out or publish any more
    expect(screen.queryByRole('tab', { name: 'Dàn trang' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Phát hành' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải Bản tin (.docx)' })).toHaveAttribute('href', '/api/bulletin-issues/i-13/export.docx');
    await user.click(screen.getByRole('button', { name: 'Tải Bản tin (.pdf)' }));
    expect(await screen.findByText('Máy chủ chưa cài LibreOffice nên chưa tạo được bản PDF; hãy tải bản .docx.')).toBeInTheDocument();
  });

  it('reads the contributions per unit and month, with the half-years and the totals', async () => {
    mockApi({
      'GET /api/auth/me': office,
      'GET /api/bulletin-contributions': { status: 200, body: demoContributions },
    });
    renderApp('/bulletin/contributions?year=2021');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    const snv = rows.find((row) => row.textContent?.includes('Sở Ngoại vụ'))!;
    expect(within(snv).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Sở Ngoại vụ', '0', '0', '0', '0', '0', '0', '3', '1', '0', '0', '0', '0', '0', '4', '4']);
    expect(rows.at(-1)).toHaveTextContent(/Tổng cộng.*6/);
  });
});

describe('Bản tin, leaders', () => {
  it('read the inbox and an item, and change nothing', async () => {
    mockApi({
      'GET /api/auth/me': { status: 200, body: leaderUser },
      'GET /api/bulletin-issues/i-13': { status: 200, body: openIssueDetail },
      'GET /api/bulletin-items/it-1': { status: 200, body: submittedItem },
    });
    const { router } = renderApp('/bulletin/issues/i-13');
    expect(await screen.findByRole('region', { name: 'Tin, bài nhận được' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Phát hành' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Dàn trang' })).not.toBeInTheDocument();
    await act(() => router.navigate('/bulletin/items/it-1'));
    expect(await screen.findByRole('heading', { name: 'Bản của đơn vị' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nhận đăng' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Trả lại' })).not.toBeInTheDocument();
  });
});
