import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, signIn } from './browser.js';

/**
 * Nothing typed is lost: with the API unreachable, typed text survives a reload (it is kept in the
 * browser) and reaches the server once the API answers again.
 */
describe('the report editor without the API', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('keeps typed text through a reload while the API is down, then saves it', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    // Liên đoàn Lao động's report was returned for section (7): that section is editable.
    await signIn(page, 'laodong');
    await page.getByRole('link', { name: 'Báo cáo 6 tháng cuối năm 2021' }).first().click();
    const field = page.getByLabel('Kết quả thực hiện nhóm 7', { exact: true });
    await field.waitFor();

    // The API goes away (the page itself stays loaded).
    await context.route('**/api/**', (route) => route.abort('connectionrefused'));
    const typed = 'Nội dung gõ trong lúc mất kết nối: đã tổ chức 2 lớp tập huấn cho 120 lượt cán bộ công đoàn.';
    await field.fill(typed);
    await page.getByText('Chưa lưu — mất kết nối, sẽ thử lại').first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'offline-1-not-saved');

    // Reload with saving still impossible. The page must be able to fetch the report to show it
    // at all, so reads go through and saves still fail. The routes change BEFORE the reload: the
    // page asks the API while it loads, before reload() returns, and a request caught by the old
    // route made this test fail now and then. Saves are stopped before the rest is let through
    // (the newest route is tried first), so no retry of the save slips through in between.
    await context.route('**/api/reports/*/sections/**', (route) => route.abort('connectionrefused'));
    await context.unroute('**/api/**');
    await page.reload();
    await page.getByText('Đã khôi phục nội dung chưa lưu từ trình duyệt').first().waitFor();
    expect(await page.getByLabel('Kết quả thực hiện nhóm 7', { exact: true }).inputValue()).toBe(typed);
    await screenshot(page, 'offline-2-restored');

    // The API answers again: the retry saves it.
    await context.unroute('**/api/reports/*/sections/**');
    await page.getByText(/Đã lưu lúc/).first().waitFor({ timeout: 30_000 });
    const saved = await page.evaluate(async () => {
      const mine = await (await fetch('/api/reports/mine')).json();
      const report = await (await fetch(`/api/reports/${mine.items[0].reportId}`)).json();
      return report.sections.find((s: { taskGroup: { ordinal: number } | null }) => s.taskGroup?.ordinal === 7).text;
    });
    expect(saved).toBe(typed);
    await context.close();
  });
});
