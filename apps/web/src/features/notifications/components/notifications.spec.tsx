import type { MessageLogEntry, NotificationItem, NotificationPage, ReviewQueueItem } from '@giao-ban/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { officeUser, page, reporterUser } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { returnedReport } from '@/testing/report-fixtures';
import { renderApp } from '@/testing/test-app';
import { adminUser } from '@/testing/user-fixtures';

const PERIOD = 'Báo cáo 6 tháng đầu năm 2022';

const returned: NotificationItem = {
  id: 'n-2',
  kind: 'report_returned',
  params: { periodTitle: PERIOD, dueDate: '2022-06-24', reason: 'Bổ sung số liệu tin, bài', sectionTitles: ['2. Tuyên truyền'] },
  link: { to: 'report', reportId: 'r-1', sectionId: 's-2' },
  periodId: 'p-1',
  agencyId: 'a-snv',
  createdAt: '2022-06-02T02:00:00Z',
  readAt: null,
};
const opened: NotificationItem = {
  id: 'n-1',
  kind: 'period_opened',
  params: { periodTitle: PERIOD, dueDate: '2022-06-17' },
  link: { to: 'report', reportId: 'r-1' },
  periodId: 'p-1',
  agencyId: 'a-snv',
  createdAt: '2022-05-20T02:00:00Z',
  readAt: '2022-05-21T01:00:00Z',
};
const inbox = (items: NotificationItem[], unread: number): NotificationPage => ({ items, total: items.length, page: 1, pageSize: 20, unread });

function signedIn(user: typeof reporterUser, counts: { unread: number; awaitingReceipt: number | null }, extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/auth/me': { status: 200, body: user },
    'GET /api/notifications/unread-count': { status: 200, body: counts },
    'GET /api/notifications': { status: 200, body: inbox([returned, opened], counts.unread) },
    'GET /api/notifications/preferences': { status: 200, body: { emailEnabled: true, email: 'songoaivu@quangninh.gov.vn' } },
    'GET /api/profile': {
      status: 200,
      body: { id: user.id, login: user.login, fullName: user.fullName, email: 'songoaivu@quangninh.gov.vn', phone: null, role: user.role, agencyName: user.agencyName, lastSignInAt: null },
    },
    ...extra,
  });
}

describe('notifications (bell, list, e-mail switch, queue, outbox)', () => {
  it('the bell shows the unread count; a notification opened is marked read and leads to the returned section', async () => {
    const api = signedIn(reporterUser, { unread: 1, awaitingReceipt: null }, {
      'POST /api/notifications/n-2/read': { status: 200, body: { ...returned, readAt: '2022-06-03T01:00:00Z' } },
      // The report the notification leads to, which its page then loads.
      'GET /api/reports/r-1': { status: 200, body: { ...returnedReport(), id: 'r-1' } },
    });
    const { router } = renderApp('/profile');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Thông báo: 1 chưa đọc' }));
    const panel = await screen.findByTestId('notification-panel');
    const item = await within(panel).findByRole('button', { name: /^Chưa đọc: Báo cáo được trả lại để bổ sung / });
    expect(item).toHaveTextContent(`${PERIOD} — Bổ sung số liệu tin, bài (hạn gửi lại 24/06/2022)`);
    expect(within(panel).getByRole('button', { name: /^Kỳ báo cáo đã mở / })).toHaveTextContent(`${PERIOD} — hạn gửi 17/06/2022`);
    expect(Object.fromEntries(api.sent('GET', '/api/notifications')[0]!.search)).toEqual({ page: '1', pageSize: '6' });
    // A member unit has no "chờ tiếp nhận" line.
    expect(within(panel).queryByText(/Chờ tiếp nhận/)).toBeNull();

    await user.click(item);
    await waitFor(() => expect(api.sent('POST', '/api/notifications/n-2/read')).toHaveLength(1));
    expect(router.state.location.pathname).toBe('/reports/r-1');
    expect(router.state.location.hash).toBe('#section-s-2');
  });

  it('the office finds its "chờ tiếp nhận" count in the bell and the menu, and the queue a step from each review', async () => {
    const queued: ReviewQueueItem = {
      reportId: 'r-9',
      periodId: 'p-1',
      periodTitle: PERIOD,
      agencyId: 'a-cat',
      agencyName: 'Công an tỉnh',
      versionNumber: 2,
      resubmitted: true,
      lastSubmittedAt: '2022-06-03T03:30:00Z',
    };
    signedIn(officeUser, { unread: 0, awaitingReceipt: 3 }, { 'GET /api/review-queue': { status: 200, body: page([queued]) } });
    const { router } = renderApp('/profile');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Thông báo' }));
    const panel = await screen.findByTestId('notification-panel');
    expect(within(panel).getByRole('button', { name: 'Đánh dấu tất cả đã đọc' })).toBeDisabled();
    await user.click(within(panel).getByRole('link', { name: 'Chờ tiếp nhận: 3 báo cáo' }));
    expect(router.state.location.pathname).toBe('/review-queue');
    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo chờ tiếp nhận' })).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: 'Công an tỉnh' })).closest('tr') as HTMLElement;
    expect(screen.getByRole('link', { name: 'Công an tỉnh' })).toHaveAttribute('href', '/reports/r-9/review');
    expect(within(row).getByText('Gửi lại')).toBeInTheDocument();
    expect(within(row).getByText('10:30 03/06/2022')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mở menu điều hướng' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByRole('link', { name: 'Chờ tiếp nhận (3)' })).toHaveAttribute('href', '/review-queue');
  });

  it('the notifications page lists everything and marks all read', async () => {
    const api = signedIn(reporterUser, { unread: 1, awaitingReceipt: null }, { 'POST /api/notifications/read-all': { status: 200, body: { unread: 0, awaitingReceipt: null } } });
    renderApp('/notifications');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Thông báo' })).toBeInTheDocument();
    expect(await screen.findByText('2 thông báo, 1 chưa đọc')).toBeInTheDocument();
    expect(screen.getAllByTestId('notification-item')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    await waitFor(() => expect(api.sent('POST', '/api/notifications/read-all')).toHaveLength(1));
    expect(await screen.findByRole('button', { name: 'Thông báo' })).toBeInTheDocument();
  });

  it('on the profile page a person switches e-mail off for themselves; in-app stays on', async () => {
    const api = signedIn(reporterUser, { unread: 0, awaitingReceipt: null }, {
      'PATCH /api/notifications/preferences': { status: 200, body: { emailEnabled: false, email: 'songoaivu@quangninh.gov.vn' } },
    });
    renderApp('/profile');
    const user = userEvent.setup();

    const toggle = await screen.findByRole('switch', { name: 'Nhận thông báo qua thư điện tử' });
    await waitFor(() => expect(toggle).toBeChecked());
    expect(screen.getByText('Thư được gửi đến songoaivu@quangninh.gov.vn. Thông báo trong ứng dụng luôn được bật.')).toBeInTheDocument();
    await user.click(toggle);
    await waitFor(() => expect(api.sent('PATCH', '/api/notifications/preferences').map((r) => r.body)).toEqual([{ emailEnabled: false }]));
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect(screen.getByText('Thông báo trong ứng dụng (biểu tượng chuông) luôn được bật.')).toBeInTheDocument();
  });

  it('the administrator reads the outbox: recipients, subjects, delivery state and errors, filtered by state; a row opens the message', async () => {
    const mail = (overrides: Partial<MessageLogEntry> & Pick<MessageLogEntry, 'id' | 'status'>): MessageLogEntry => ({
      kind: 'report_returned',
      channel: 'email',
      recipientId: 'u-snv',
      recipientName: 'Trần Văn Minh',
      recipientLogin: 'songoaivu',
      recipientRole: 'agency_reporter',
      address: 'songoaivu@quangninh.gov.vn',
      subject: `[Giao Ban] Báo cáo được trả lại để bổ sung: ${PERIOD} (hạn bổ sung 24/06/2022)`,
      body: 'Kính gửi Trần Văn Minh,\n\nLý do: Bổ sung số liệu tin, bài',
      attempts: 0,
      lastError: null,
      agencyId: 'a-snv',
      agencyName: 'Sở Ngoại vụ',
      periodId: 'p-1',
      periodTitle: PERIOD,
      createdAt: '2022-06-02T02:00:00Z',
      updatedAt: '2022-06-02T02:00:00Z',
      sentAt: null,
      ...overrides,
    });
    const api = signedIn(adminUser, { unread: 0, awaitingReceipt: null }, {
      'GET /api/outbox': (request) =>
        request.search.get('status') === 'failed'
          ? { status: 200, body: page([mail({ id: 'm-2', status: 'failed', attempts: 3, lastError: "Can't send mail - all recipients were rejected: 550 5.1.1 Mailbox unavailable" })]) }
          : { status: 200, body: page([mail({ id: 'm-1', status: 'outbox' })]) },
    });
    const { router } = renderApp('/outbox');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Hộp thư đi' })).toBeInTheDocument();
    expect(await screen.findByText('Chưa cấu hình máy chủ thư (SMTP): thư được lưu tại đây thay vì gửi đi.')).toBeInTheDocument();
    const row = screen.getByText('songoaivu@quangninh.gov.vn').closest('tr') as HTMLElement;
    expect(within(row).getByText('Lưu trong hộp thư đi')).toBeInTheDocument();
    expect(within(row).getByText(`[Giao Ban] Báo cáo được trả lại để bổ sung: ${PERIOD} (hạn bổ sung 24/06/2022)`)).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: /mở rộng|expand/i }));
    expect((await screen.findByTestId('outbox-body')).textContent).toContain('Lý do: Bổ sung số liệu tin, bài');

    await user.click(screen.getByText('Gửi không thành công'));
    expect(await screen.findByText(/550 5.1.1 Mailbox unavailable/)).toBeInTheDocument();
    expect(screen.getByText('3 lần gửi')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=failed');
    expect(api.sent('GET', '/api/outbox').at(-1)!.search.get('status')).toBe('failed');
  });

  it('the outbox is the administrator\'s alone', async () => {
    const api = signedIn(officeUser, { unread: 0, awaitingReceipt: 0 });
    renderApp('/outbox');
    expect(await screen.findByText('Không có quyền truy cập')).toBeInTheDocument();
    expect(api.sent('GET', '/api/outbox')).toEqual([]);
  });
});
