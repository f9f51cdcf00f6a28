import type { Browser } from 'playwright-core';
import { apiAs, baseUrl, launchBrowser, openDemoPeriodPage, openOwnPeriod, screenshot, signIn, submitReportViaApi } from './browser.js';

describe('the leader’s live dashboard', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('tells the task groups apart by their short names, the full title on focus and on paper (1366 and 390 px)', async () => {
    const fullTitle = 'Tăng cường thông tin, tuyên truyền, quảng bá hình ảnh Quảng Ninh là điểm đến an toàn, thân thiện, hấp dẫn';
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    await signIn(page, 'lanhdao');
    await openDemoPeriodPage(page, 'dashboard');
    await page.getByRole('heading', { name: /^Bảng điều khiển — Báo cáo 6 tháng cuối năm 2021/ }).waitFor();
    const bar = page.locator('.gb-bar-label').nth(1);
    await bar.getByText('Quảng bá hình ảnh Quảng Ninh', { exact: true }).waitFor();
    expect(await bar.locator('.gb-print-only').isVisible()).toBe(false);
    expect(await bar.locator('[title]').getAttribute('title')).toMatch(/^Tăng cường thông tin, tuyên truyền/);

    // the heatmap's column names: the keyboard reaches each one and its tooltip gives the full title
    const column = page.locator('.gb-heatmap thead .gb-heatmap-group').nth(1);
    await column.locator('.gb-heatmap-group-name').getByText('Quảng bá hình ảnh Quảng Ninh').waitFor();
    await column.focus();
    await page.getByRole('tooltip').getByText(`(2) ${fullTitle}`, { exact: false }).waitFor();
    // every short name shows whole, in the bars and the columns: none is cut off
    const cutOff = () =>
      page.locator('.gb-bar-label, .gb-heatmap-group-name').evaluateAll((names) => names.filter((n) => n.scrollWidth > n.clientWidth + 1).map((n) => n.textContent));
    expect(await cutOff()).toEqual([]);
    await screenshot(page, 'dashboard-short-names-1366', { fullPage: false });
    await page.locator('.gb-heatmap').scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-short-names-heatmap-1366', { fullPage: false });

    // on paper the bars carry the full titles
    await page.emulateMedia({ media: 'print' });
    expect(await bar.locator('.gb-print-only').innerText()).toMatch(/^Tăng cường thông tin, tuyên truyền/);
    expect(await bar.getByText('Quảng bá hình ảnh Quảng Ninh', { exact: true }).isVisible()).toBe(false);
    await screenshot(page, 'dashboard-short-names-print');
    await page.emulateMedia({ media: 'screen' });

    await page.setViewportSize({ width: 390, height: 844 });
    await bar.getByText('Quảng bá hình ảnh Quảng Ninh', { exact: true }).waitFor();
    expect(await cutOff()).toEqual([]);
    await page.locator('.gb-bar-chart').scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-short-names-390', { fullPage: false });
    await page.locator('.gb-heatmap').scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-short-names-heatmap-390', { fullPage: false });
    await page.close();
  });

  it('shows a unit’s submission within 10 seconds, without a reload', async () => {
    // A period of this test's own, so what other files submit in the demo period changes nothing here.
    const office = await apiAs('vanphong');
    const periodId = await openOwnPeriod(
      office,
      { title: 'Báo cáo chuyên đề bảng điều khiển trực tiếp', year: 2026, cutOffFrom: '2026-08-01', cutOffTo: '2026-09-30', dueDate: '2027-02-15' },
      ['Ban Quản lý Khu kinh tế tỉnh', 'Sở Ngoại vụ'],
    );
    const board = (await office('GET', `/api/periods/${periodId}/reports`)).items as { reportId: string; agencyName: string }[];
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    await signIn(page, 'lanhdao');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${baseUrl()}/periods/${periodId}/dashboard`);
    await page.getByRole('heading', { name: /^Bảng điều khiển — Báo cáo chuyên đề bảng điều khiển trực tiếp/ }).waitFor();
    const submitted = page.getByRole('group', { name: 'Đã gửi', exact: true });
    await submitted.getByText('0', { exact: true }).first().waitFor();
    await screenshot(page, 'dashboard-before');
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });

    // Ban Quản lý Khu kinh tế tỉnh finishes and submits its report.
    await submitReportViaApi(await apiAs('khukinhte'), board.find((row) => row.agencyName === 'Ban Quản lý Khu kinh tế tỉnh')!.reportId, 'Đã triển khai theo kế hoạch.');
    const submittedAt = Date.now();

    await submitted.getByText('1', { exact: true }).first().waitFor({ timeout: 10_000 });
    expect(Date.now() - submittedAt).toBeLessThan(10_000);
    expect(navigations).toBe(0);
    await screenshot(page, 'dashboard-after');
    await page.close();
  });
});
