import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { draftItem, openIssue, openIssueDetail, plannedIssue, submittedItem, submittedItemSummary, taskGroupChoices } from '@/testing/bulletin-fixtures';
import { demoAgencies, reporterUser } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-app';

const me = { status: 200, body: reporterUser };
const ownIssue = {
  ...openIssueDetail,
  counts: openIssueDetail.counts,
  items: [{ ...submittedItemSummary, state: 'returned' as const, returnReason: 'Đề nghị bổ sung ảnh.' }],
};
/** What the editor of a writable item asks besides the item: its issue (for the task groups' half-year) and the task groups. */
const editorRoutes = {
  'GET /api/bulletin-issues/i-13': { status: 200, body: ownIssue },
  'GET /api/bulletin-task-groups': { status: 200, body: taskGroupChoices },
};

describe('Bản tin, a unit', () => {
  it('lists the issues taking items first, with their windows and the unit’s own counts', async () => {
    const api = mockApi({
      'GET /api/auth/me': me,
      'GET /api/bulletin-issues': {
        status: 200,
        body: [
          { ...openIssue, ownCounts: { draft: 1, submitted: 1, accepted: 0, returned: 1, notUsed: 0 } },
          { ...plannedIssue, ownCounts: { draft: 0, submitted: 0, accepted: 0, returned: 0, notUsed: 0 } },
        ],
      },
    });
    renderApp('/bulletin?year=2021');
    const open = await screen.findByRole('region', { name: 'Đang nhận tin, bài' });
    expect(within(open).getByRole('link', { name: 'Số 13/2021' })).toHaveAttribute('href', '/bulletin/issues/i-13');
    expect(within(open).getByText('Nhận tin, bài từ 01/07/2021, hạn gửi 12/07/2021')).toBeInTheDocument();
    // only what the unit has: no row of zeros
    expect(within(open).getByText('Đơn vị: 1 bản nháp, 1 chờ xử lý, 1 trả lại')).toBeInTheDocument();
    const rest = screen.getByRole('region', { name: 'Các số năm 2021' });
    expect(within(rest).getByRole('link', { name: 'Số 14/2021' })).toBeInTheDocument();
    expect(within(rest).getByText('Chưa mở')).toBeInTheDocument();
    expect(within(rest).queryByText(/^Đơn vị:/)).not.toBeInTheDocument();
    expect(api.sent('GET', '/api/bulletin-issues')[0].search.get('year')).toBe('2021');
    // units do not plan years nor read other units' contributions
    expect(screen.queryByRole('button', { name: 'Lập kế hoạch năm' })).not.toBeInTheDocument();
    expect(screen.queryByText('Đóng góp của đơn vị')).not.toBeInTheDocument();
  });

  it('shows its own items in an issue with the reason one was returned, and starts a new draft in the editor', async () => {
    const api = mockApi({
      'GET /api/auth/me': me,
      'GET /api/bulletin-issues/i-13': { status: 200, body: ownIssue },
      'POST /api/bulletin-issues/i-13/items': { status: 201, body: draftItem },
      'GET /api/bulletin-items/it-9': { status: 200, body: draftItem },
      'GET /api/bulletin-task-groups': { status: 200, body: taskGroupChoices },
    });
    const user = userEvent.setup();
    renderApp('/bulletin/issues/i-13');
    const mine = await screen.findByRole('region', { name: 'Tin, bài của đơn vị' });
    expect(within(mine).getByText('Lý do trả lại: Đề nghị bổ sung ảnh.')).toBeInTheDocument();
    expect(screen.getByText('Đang nhận tin, bài đến hết ngày 12/07/2021.')).toBeInTheDocument();
    // the office's figures are the office's
    expect(screen.queryByText(/chờ xử lý · /)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Viết tin, bài mới' }));
    await waitFor(() => expect(api.sent('POST', '/api/bulletin-issues/i-13/items')).toHaveLength(1));
    expect(api.sent('POST', '/api/bulletin-issues/i-13/items')[0].body).toEqual({ kind: 'news' });
    expect(await screen.findByLabelText('Tiêu đề')).toHaveValue(draftItem.title);
  });

  it('autosaves what it types with the revision, then sends the item to the office', async () => {
    const saved = { ...draftItem, body: 'Sáng 6/7, Sở Ngoại vụ tiếp Tổng Lãnh sự.', revision: 4 };
    const api = mockApi({
      'GET /api/auth/me': me,
      'GET /api/bulletin-items/it-9': { status: 200, body: draftItem },
      'PUT /api/bulletin-items/it-9': ({ body }) => ({ status: 200, body: { ...saved, ...(body as object), revision: 4 } }),
      'POST /api/bulletin-items/it-9/submit': { status: 200, body: { ...saved, state: 'submitted', submittedAt: '2021-07-06T03:00:00.000Z' } },
      'GET /api/bulletin-issues': { status: 200, body: [] },
      ...editorRoutes,
    });
    const user = userEvent.setup();
    renderApp('/bulletin/items/it-9');
    const body = await screen.findByLabelText('Nội dung');
    await user.type(body, 'Sáng 6/7, Sở Ngoại vụ tiếp Tổng Lãnh sự.');
    await user.tab();
    await waitFor(() => expect(api.sent('PUT', '/api/bulletin-items/it-9').length).toBeGreaterThan(0));
    expect(api.sent('PUT', '/api/bulletin-items/it-9').at(-1)?.body).toEqual({
      kind: 'news',
      title: draftItem.title,
      sapo: '',
      body: 'Sáng 6/7, Sở Ngoại vụ tiếp Tổng Lãnh sự.',
      eventDate: null,
      eventPlace: '',
      taskGroupId: null,
      links: [],
      expectedRevision: 3,
    });
    expect(await screen.findByText(/^Đã lưu lúc/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gửi Cơ quan thường trực' }));
    await waitFor(() => expect(api.sent('POST', '/api/bulletin-items/it-9/submit')).toHaveLength(1));
    expect(await screen.findByText('Đã gửi lúc 10:00 06/07/2021, chờ Cơ quan thường trực xử lý.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Nội dung')).not.toBeInTheDocument();
  });

  it('reads what became of its items: returned with the reason, and published in which issue', async () => {
    mockApi({
      'GET /api/auth/me': me,
      'GET /api/bulletin-items/it-1': {
        status: 200,
        body: { ...submittedItem, state: 'returned', returnReason: 'Đề nghị bổ sung tên đồng chí lãnh đạo.' },
      },
      ...editorRoutes,
      'GET /api/bulletin-items/it-3': {
        status: 200,
        body: { ...submittedItem, id: 'it-3', state: 'accepted', issueState: 'published', section: 'Tin trong tỉnh', publishedIn: { issueId: 'i-13', label: 'Số 13/2021' } },
      },
    });
    const { router } = renderApp('/bulletin/items/it-1');
    expect(await screen.findByText('Đề nghị bổ sung tên đồng chí lãnh đạo.')).toBeInTheDocument();
    expect(screen.getByText('Cơ quan thường trực trả lại tin, bài này. Lý do:')).toBeInTheDocument();
    // a returned item is written again and sent again
    expect(screen.getByLabelText('Nội dung')).toHaveValue(submittedItem.body);
    expect(screen.getByRole('button', { name: 'Gửi lại' })).toBeInTheDocument();

    await act(() => router.navigate('/bulletin/items/it-3'));
    const fate = await screen.findByRole('alert');
    expect(fate).toHaveTextContent('Đã đăng trong Số 13/2021');
    expect(within(fate).getByRole('link', { name: 'Số 13/2021' })).toHaveAttribute('href', '/bulletin/issues/i-13');
    expect(screen.queryByLabelText('Nội dung')).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Hai đoàn hội đàm' })).toHaveAttribute('src', '/api/bulletin-items/it-3/photos/ph-1');
  });

  it('adds a photo with its caption and credit as multipart form data', async () => {
    const api = mockApi({
      'GET /api/auth/me': me,
      'GET /api/bulletin-items/it-9': { status: 200, body: draftItem },
      'POST /api/bulletin-items/it-9/photos': { status: 201, body: submittedItem.photos[0] },
      ...editorRoutes,
    });
    const user = userEvent.setup();
    renderApp('/bulletin/items/it-9');
    await screen.findByLabelText('Tiêu đề');
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'hoi-dam.jpg', { type: 'image/jpeg' });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input).not.toBeNull();
    await user.upload(input!, file);
    expect(await screen.findByText('hoi-dam.jpg')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Chú thích ảnh'), 'Hai đoàn hội đàm');
    await user.type(screen.getByLabelText('Tác giả ảnh'), 'Sở Ngoại vụ');
    await user.click(screen.getByRole('button', { name: 'Tải ảnh lên' }));
    await waitFor(() => expect(api.sent('POST', '/api/bulletin-items/it-9/photos')).toHaveLength(1));
    const form = api.sent('POST', '/api/bulletin-items/it-9/photos')[0].body as FormData;
    expect(form.get('caption')).toBe('Hai đoàn hội đàm');
    expect(form.get('credit')).toBe('Sở Ngoại vụ');
    expect((form.get('file') as File).name).toBe('hoi-dam.jpg');
  });

  it('refuses a photo that is not JPG or PNG before sending anything', async () => {
    const api = mockApi({
      'GET /api/auth/me': me,
      'GET /api/bulletin-items/it-9': { status: 200, body: draftItem },
      ...editorRoutes,
    });
    const user = userEvent.setup({ applyAccept: false });
    renderApp('/bulletin/items/it-9');
    await screen.findByLabelText('Tiêu đề');
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, new File(['%PDF'], 'cong-van.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('Chỉ nhận ảnh JPG hoặc PNG.')).toBeInTheDocument();
    expect(api.sent('POST', '/api/bulletin-items/it-9/photos')).toHaveLength(0);
  });

  it('searches the published items by words, unit and dates, and opens the issue of a hit', async () => {
    const hit = {
      itemId: 'it-3',
      issueId: 'i-13',
      issueLabel: 'Số 13/2021',
      publishedAt: '2021-07-14T03:00:00.000Z',
      agencyId: 'a-bl',
      agencyName: 'Huyện Bình Liêu',
      kind: 'photo',
      title: 'Bình Liêu mùa lau trắng',
      sapo: 'Đường biên giới rực màu hoa lau.',
      eventDate: '2021-07-08',
      section: 'Quảng bá hình ảnh',
    };
    const api = mockApi({
      'GET /api/auth/me': me,
      'GET /api/agencies': { status: 200, body: { items: demoAgencies, total: 2, page: 1, pageSize: 100 } },
      'GET /api/bulletin-task-groups': { status: 200, body: taskGroupChoices },
      'GET /api/bulletin-search': { status: 200, body: { items: [hit], total: 1, page: 1, pageSize: 20 } },
    });
    const user = userEvent.setup();
    renderApp('/bulletin/search');
    await user.type(await screen.findByLabelText('Từ khóa (có dấu hoặc không dấu)'), 'lau trang');
    await user.click(screen.getByRole('combobox', { name: 'Đơn vị' }));
    await user.click(await screen.findByTitle('Huyện Bình Liêu'));
    await user.click(screen.getByRole('button', { name: 'Tìm' }));
    const results = await screen.findByRole('region', { name: 'Kết quả tra cứu' });
    expect(within(results).getByText('Tìm thấy 1 tin, bài')).toBeInTheDocument();
    expect(within(results).getByRole('link', { name: 'Bình Liêu mùa lau trắng' })).toHaveAttribute('href', '/bulletin/issues/i-13');
    expect(within(results).getByText('Số 13/2021 · Quảng bá hình ảnh · Ảnh · Huyện Bình Liêu · 08/07/2021')).toBeInTheDocument();
    const sent = api.sent('GET', '/api/bulletin-search')[0].search;
    expect(Object.fromEntries(sent)).toEqual({ q: 'lau trang', agencyId: 'a-bl', page: '1' });
  });
});
