import type { Browser, Page } from 'playwright-core';
import { baseUrl, DESKTOP, launchBrowser, openOwnPeriod, screenshot, screenshotAtWidths, signIn } from './browser.js';

/**
 * Notifications in the browser (issue #12): the unit's bell after the office returns its report,
 * the way from the notification to the returned section, the list, the e-mail switch; the office's
 * "chờ tiếp nhận" count and queue; the administrator's outbox (the app runs without SMTP). This
 * file makes its own period, so the demo period's figures other files count stay as they are.
 */
const PERIOD = 'Báo cáo chuyên đề thông tin đối ngoại quý IV năm 2026';

type Api = (method: string, path: string, body?: unknown) => Promise<any>;

/** A person's own API calls, for what the test sets up around the screens it drives. */
async function callsAs(login: string): Promise<Api> {
  const signedIn = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl() },
    body: JSON.stringify({ login, password: 'GiaoBan@2021' }),
  });
  if (!signedIn.ok) throw new Error(`sign-in of ${login}: ${signedIn.status}`);
  const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json', origin: baseUrl() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };
}

/** The page at both widths; `open` opens the bell's panel again at each (it is placed as it opens). */
function shoot(page: Page, name: string, open?: () => Promise<void>): Promise<void> {
  const reopen = open
    ? async () => {
        // a click beside it closes the panel (the footer's corner)
        await page.mouse.click(4, page.viewportSize()!.height - 4);
        await page.getByTestId('notification-panel').waitFor({ state: 'hidden' });
        await open();
      }
    : undefined;
  return screenshotAtWidths(page, `notifications-${name}`, reopen);
}

describe('notifications in the browser', () => {
  let browser: Browser;
  let reportId: string;
  let returnedSectionId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const office = await callsAs('vanphong');
    const periodId = await openOwnPeriod(
      office,
      { title: PERIOD, year: 2026, cutOffFrom: '2026-10-01', cutOffTo: '2026-11-30', dueDate: '2027-01-15' },
      ['Sở Ngoại vụ', 'Công an tỉnh'],
    );
    const board = (await office('GET', `/api/periods/${periodId}/reports`)).items as { reportId: string; agencyName: string }[];
    reportId = board.find((r) => r.agencyName === 'Sở Ngoại vụ')!.reportId;

    // The unit gives its e-mail address (so the outbox has its letters), fills and submits its report.
    const unit = await callsAs('songoaivu');
    await unit('PATCH', '/api/profile', { email: 'songoaivu@quangninh.gov.vn' });
    const report = await unit('GET', `/api/reports/${reportId}`);
    for (const section of report.sections.filter((s: { taskGroup: unknown; applicable: boolean }) => s.taskGroup && s.applicable)) {
      await unit('PUT', `/api/reports/${reportId}/sections/${section.id}`, { version: section.version, text: 'Đã triển khai đầy đủ.', status: 'done' });
    }
    await unit('POST', `/api/reports/${reportId}/submit`);
    // The office sends one task group back, with the reason.
    returnedSectionId = report.sections.find((s: { taskGroup: { ordinal: number } | null }) => s.taskGroup?.ordinal === 6).id;
    await office('POST', `/api/reports/${reportId}/return`, {
      sectionIds: [returnedSectionId],
      reason: 'Đề nghị bổ sung số liệu trao đổi thông tin với Ban Chỉ đạo.',
      revisionDueDate: '2027-01-20',
    });
  });
  afterAll(() => browser?.close());

  it('the unit\'s bell counts the unread; the returned report\'s notification leads to its returned section', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'vi-VN' });
    await signIn(page, 'songoaivu');
    await page.waitForURL(/\/my-reports/);
    const bell = page.getByRole('button', { name: /^Thông báo: \d+ chưa đọc$/ });
    const openBell = async () => {
      await bell.click();
      await page.getByTestId('notification-panel').waitFor();
    };
    await openBell();
    const panel = page.getByTestId('notification-panel');
    const returned = panel.getByRole('button', { name: 'Chưa đọc: Báo cáo được trả lại để bổ sung' }).first();
    await returned.waitFor();
    expect(await returned.innerText()).toContain('(hạn gửi lại 20/01/2027)');
    await panel.getByRole('button', { name: 'Chưa đọc: Kỳ báo cáo đã mở' }).first().waitFor();
    await shoot(page, 'bell-unit', openBell);

    await returned.click();
    await page.waitForURL((url) => url.pathname === `/reports/${reportId}` && url.hash === `#section-${returnedSectionId}`);
    const section = page.locator(`#section-${returnedSectionId}`);
    await section.waitFor();
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight / 2;
    }, `section-${returnedSectionId}`);
    await screenshot(page, 'notifications-returned-section-1280');

    await page.goto(`${baseUrl()}/notifications`);
    await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
    await page.getByText(PERIOD, { exact: false }).first().waitFor();
    await shoot(page, 'list');

    await page.goto(`${baseUrl()}/profile`);
    const toggle = page.getByRole('switch', { name: 'Nhận thông báo qua thư điện tử' });
    await toggle.waitFor();
    await page.getByText('Thư được gửi đến songoaivu@quangninh.gov.vn', { exact: false }).waitFor();
    await shoot(page, 'profile');
    await page.close();
  });

  it('the office sees the "chờ tiếp nhận" count in its menu and bell, and the queue', async () => {
    const unit = await callsAs('songoaivu');
    const report = await unit('GET', `/api/reports/${reportId}`);
    const section = report.sections.find((s: { id: string }) => s.id === returnedSectionId);
    await unit('PUT', `/api/reports/${reportId}/sections/${section.id}`, { version: section.version, text: 'Đã bổ sung: 12 lượt trao đổi thông tin.', status: 'done' });
    await unit('POST', `/api/reports/${reportId}/submit`);

    const page = await browser.newPage({ viewport: DESKTOP, locale: 'vi-VN' });
    await signIn(page, 'vanphong');
    await page.waitForURL(/\/periods/);
    const menuEntry = page.getByRole('navigation').first().getByRole('link', { name: /^Chờ tiếp nhận \(\d+\)$/ });
    await menuEntry.waitFor();
    const openBell = async () => {
      await page.getByRole('button', { name: /^Thông báo/ }).click();
      await page.getByTestId('notification-panel').waitFor();
    };
    await openBell();
    const panel = page.getByTestId('notification-panel');
    await panel.getByRole('link', { name: /^Chờ tiếp nhận: \d+ báo cáo$/ }).waitFor();
    await panel.getByRole('button', { name: 'Chưa đọc: Sở Ngoại vụ đã gửi lại báo cáo' }).first().waitFor();
    await shoot(page, 'bell-office', openBell);

    await panel.getByRole('link', { name: /^Chờ tiếp nhận: \d+ báo cáo$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo chờ tiếp nhận' }).waitFor();
    const row = page.locator('tr', { hasText: PERIOD });
    await row.waitFor();
    expect(await row.innerText()).toContain('Gửi lại');
    await shoot(page, 'review-queue');
    await page.close();
  });

  it('the administrator reads the outbox, where the letters of a server without SMTP wait', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'vi-VN' });
    await signIn(page, 'quantri');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('navigation').getByRole('link', { name: 'Hộp thư đi' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Hộp thư đi' }).waitFor();
    const row = page.locator('tr', { hasText: 'Báo cáo được trả lại để bổ sung' }).first();
    await row.waitFor();
    expect(await row.innerText()).toContain('Lưu trong hộp thư đi');
    await row.getByRole('button').first().click();
    await page.getByTestId('outbox-body').first().waitFor();
    expect(await page.getByTestId('outbox-body').first().innerText()).toContain('Lý do: Đề nghị bổ sung số liệu trao đổi thông tin với Ban Chỉ đạo.');
    await shoot(page, 'outbox');
    await page.close();
  });
});
