import type { Browser } from 'playwright-core';
import { apiAs, launchBrowser, openDemoPeriodPage, screenshot, signIn, submitReportViaApi } from './browser.js';

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
    await submitReportViaApi(unit, mine.items[0].reportId, 'Đã triển khai theo kế hoạch.');
    const submittedAt = Date.now();

    await submitted.getByText('8', { exact: true }).first().waitFor({ timeout: 10_000 });
    expect(Date.now() - submittedAt).toBeLessThan(10_000);
    expect(navigations).toBe(0);
    await screenshot(page, 'dashboard-after');
    await page.close();
  });
});
