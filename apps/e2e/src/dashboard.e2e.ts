import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, openDemoPeriodPage, screenshot, signIn } from './browser.js';

/** A unit's own API calls, as its browser would make them (outside the leader's page). */
async function apiAs(login: string) {
  const response = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: 'GiaoBan@2021' }),
  });
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
}

describe('the leader’s live dashboard', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('shows a unit’s submission within 10 seconds, without a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    await signIn(page, 'lanhdao');
    // The leader lands on the newest period's dashboard; other tests may have opened newer ones.
    await openDemoPeriodPage(page, 'dashboard');
    await page.getByRole('heading', { name: /^Bảng điều khiển — Báo cáo 6 tháng cuối năm 2021/ }).waitFor();
    const submitted = page.getByRole('group', { name: 'Đã gửi', exact: true });
    await submitted.getByText('7', { exact: true }).first().waitFor();
    await screenshot(page, 'dashboard-before');
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });

    // Ban Quản lý Khu kinh tế tỉnh, missing until now, finishes and submits its report.
    const unit = await apiAs('khukinhte');
    const mine = await unit('GET', '/api/reports/mine');
    const reportId: string = mine.items[0].reportId;
    const report = await unit('GET', `/api/reports/${reportId}`);
    for (const section of report.sections.filter((s: { taskGroup: unknown; applicable: boolean }) => s.taskGroup && s.applicable)) {
      await unit('PUT', `/api/reports/${reportId}/sections/${section.id}`, {
        version: section.version,
        text: section.text || 'Đã triển khai theo kế hoạch.',
        status: 'done',
      });
    }
    await unit('POST', `/api/reports/${reportId}/submit`);
    const submittedAt = Date.now();

    await submitted.getByText('8', { exact: true }).first().waitFor({ timeout: 10_000 });
    expect(Date.now() - submittedAt).toBeLessThan(10_000);
    expect(navigations).toBe(0);
    await screenshot(page, 'dashboard-after');
    await page.close();
  });
});
