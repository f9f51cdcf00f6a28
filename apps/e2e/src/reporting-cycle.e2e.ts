import type { Browser, Page } from 'playwright-core';
import { choose, confirmDialog, typeDate } from './antd.js';
import { baseUrl, launchBrowser, screenshot, signIn } from './browser.js';

/**
 * The reporting cycle of issue 3, by hand in a real browser on the real app. The clock is real
 * (today), so the period is one whose due date has passed (16/10/2026) — the office confirms that
 * twice, creating and opening it: Công an tỉnh files late, and Sở Ngoại vụ files on time because
 * the office granted it an extension to 31/12/2026.
 */
const PERIOD = 'Báo cáo tháng 10 năm 2026';

describe('reporting cycle in the browser', () => {
  let browser: Browser;
  const pages: Record<string, Page> = {};

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const login of ['vanphong', 'songoaivu', 'congan']) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
      pages[login] = await context.newPage();
      await signIn(pages[login]!, login);
      await pages[login]!.waitForURL((url) => !url.pathname.startsWith('/login'));
    }
  });
  afterAll(() => browser?.close());

  async function fileReport(page: Page, statusOf: (ordinal: number) => string, text: (ordinal: number) => string) {
    await page.goto(`${baseUrl()}/my-reports`);
    await page.getByRole('link', { name: PERIOD }).first().click();
    await page.getByRole('heading', { name: new RegExp(PERIOD) }).waitFor();
    for (let ordinal = 1; ordinal <= 8; ordinal += 1) {
      await page.getByLabel(`Kết quả thực hiện nhóm ${ordinal}`, { exact: true }).fill(text(ordinal));
      await choose(page, `Tình trạng thực hiện nhóm ${ordinal}`, statusOf(ordinal));
    }
    await page.getByText(/Đã lưu lúc/).first().waitFor();
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await confirmDialog(page, 'Đồng ý');
    await page.getByText(/Đã gửi lúc .* \(phiên bản \d\)/).waitFor();
  }

  async function openReview(page: Page, unit: string) {
    await page.goto(`${baseUrl()}/periods`);
    await page.getByRole('link', { name: PERIOD }).first().click();
    await page.getByRole('link', { name: unit, exact: true }).first().click();
    await page.getByRole('heading', { name: new RegExp(unit) }).first().waitFor();
  }

  it('the office creates the period and opens it for three units', async () => {
    const office = pages.vanphong!;
    await office.goto(`${baseUrl()}/periods`);
    await office.getByRole('button', { name: 'Tạo kỳ báo cáo' }).first().click();
    await choose(office, 'Loại kỳ', 'Tháng');
    await office.getByLabel('Năm', { exact: true }).fill('2026');
    await choose(office, 'Kỳ số', 'Tháng 10');
    await office.getByLabel('Tên kỳ báo cáo', { exact: true }).fill(PERIOD);
    await typeDate(office, 'Hạn gửi báo cáo', '16/10/2026');
    await choose(office, 'Sao chép từ kỳ', 'Báo cáo 6 tháng cuối năm 2021');
    await office.getByRole('button', { name: 'Tạo kỳ báo cáo' }).last().click();
    // the due date has passed: the office is told what that means before the period is made
    await office.getByText('Hạn gửi báo cáo 16/10/2026 đã qua: mọi đơn vị sẽ quá hạn ngay khi kỳ báo cáo được mở.').waitFor();
    await confirmDialog(office, 'Vẫn tạo kỳ báo cáo');
    await office.getByRole('heading', { name: PERIOD }).waitFor();
    const body = await office.locator('body').innerText();
    expect(body).toContain('15/09/2026 – 14/10/2026'); // Decree 09 cut-off of October
    // the copied period brought the demo period's units (its eight); three of them report this time
    const chosen = office.getByText(/^Đã chọn \d+\/\d+ đơn vị$/);
    await chosen.waitFor();
    expect(Number(/Đã chọn (\d+)/.exec(await chosen.innerText())![1])).toBeGreaterThanOrEqual(8);
    // Not all chosen (half-checked) when other tests added units: choose all, then none.
    const all = office.getByRole('checkbox', { name: 'Chọn tất cả' });
    await all.check();
    await all.uncheck();
    for (const unit of ['Sở Ngoại vụ', 'Công an tỉnh', 'Huyện Bình Liêu']) {
      await office.getByRole('checkbox', { name: unit, exact: true }).check();
    }
    await office.getByRole('button', { name: 'Lưu danh sách đơn vị' }).click();
    await office.getByText('Đã lưu danh sách đơn vị phải báo cáo.').waitFor();
    await office.getByRole('button', { name: 'Mở kỳ báo cáo' }).click();
    await confirmDialog(office, 'Mở kỳ');
    await confirmDialog(office, 'Vẫn mở kỳ báo cáo');
    await office.getByText('Tình trạng nộp báo cáo').or(office.getByText('Tình hình nộp báo cáo')).first().waitFor();
    await screenshot(office, 'cycle-1-opened');

    // Sở Ngoại vụ gets an extension past today; Công an tỉnh keeps 16/10/2026.
    await openReview(office, 'Sở Ngoại vụ');
    await office.getByRole('button', { name: 'Gia hạn' }).click();
    await typeDate(office, 'Hạn mới', '31/12/2026');
    await office.getByLabel('Lý do', { exact: true }).fill('Đơn vị đề nghị gia hạn để tổng hợp số liệu của các phòng.');
    await confirmDialog(office, 'Xác nhận');
    await office.getByText('31/12/2026').first().waitFor();
  });

  it('Sở Ngoại vụ files on time; Công an tỉnh files late', async () => {
    await fileReport(pages.songoaivu!, () => 'Đã hoàn thành', (n) => `Sở Ngoại vụ đã triển khai nhóm nhiệm vụ ${n}.`);
    await screenshot(pages.songoaivu!, 'cycle-2-songoaivu-submitted');
    await fileReport(pages.congan!, (n) => (n === 8 ? 'Đang thực hiện' : 'Đã hoàn thành'), (n) => `Công an tỉnh đã thực hiện nhóm ${n}.`);
    const mine = pages.congan!;
    await mine.goto(`${baseUrl()}/my-reports`);
    await mine.getByText(/Gửi trễ \d+ ngày/).first().waitFor();
  });

  it('the office returns one section of Sở Ngoại vụ’s report with a reason', async () => {
    const office = pages.vanphong!;
    await openReview(office, 'Sở Ngoại vụ');
    await office.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
    await office.getByRole('checkbox', { name: /^\(3\)/ }).check();
    await office.getByLabel('Lý do', { exact: true }).fill('Đề nghị bổ sung số tin, bài đấu tranh phản bác quan điểm sai trái.');
    await typeDate(office, 'Hạn bổ sung', '31/12/2026');
    await confirmDialog(office, 'Gửi yêu cầu');
    await office.getByText('Yêu cầu bổ sung').first().waitFor();
  });

  it('Sở Ngoại vụ fixes the returned section and resubmits', async () => {
    const page = pages.songoaivu!;
    await page.goto(`${baseUrl()}/my-reports`);
    await page.getByText('1 phần cần bổ sung').waitFor();
    await page.getByRole('link', { name: PERIOD }).first().click();
    await page.getByText('Đề nghị bổ sung số tin, bài đấu tranh phản bác quan điểm sai trái.').first().waitFor();
    // Only the returned section is editable.
    expect(await page.getByLabel('Kết quả thực hiện nhóm 1', { exact: true }).count()).toBe(0);
    await page.getByLabel('Kết quả thực hiện nhóm 3', { exact: true }).fill('Sở Ngoại vụ đã đăng 12 tin, bài đấu tranh phản bác quan điểm sai trái.');
    await page.getByText(/Đã lưu lúc/).first().waitFor();
    await screenshot(page, 'cycle-3-songoaivu-fixed');
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await confirmDialog(page, 'Đồng ý');
    await page.getByText(/Đã gửi lúc .* \(phiên bản 2\)/).waitFor();
  });

  it('the office accepts both; the board and the history show each step', async () => {
    const office = pages.vanphong!;
    for (const unit of ['Sở Ngoại vụ', 'Công an tỉnh']) {
      await openReview(office, unit);
      await office.getByRole('button', { name: 'Tiếp nhận' }).click();
      await confirmDialog(office, 'Xác nhận');
      await office.getByText('Đã tiếp nhận').first().waitFor();
    }
    await office.getByRole('tab', { name: 'Nhật ký' }).click();
    await office.getByText('Tiếp nhận báo cáo').first().waitFor();

    await openReview(office, 'Sở Ngoại vụ');
    await office.getByRole('tab', { name: 'Nhật ký' }).click();
    await office.getByText('Tiếp nhận báo cáo').first().waitFor();
    const history = await office.locator('body').innerText();
    for (const step of ['Gia hạn', 'Gửi báo cáo', 'Yêu cầu bổ sung', 'Tiếp nhận báo cáo']) expect(history).toContain(step);
    await screenshot(office, 'cycle-4-history');

    await office.goto(`${baseUrl()}/periods`);
    await office.getByRole('link', { name: PERIOD }).first().click();
    await office.getByRole('link', { name: 'Huyện Bình Liêu', exact: true }).first().waitFor();
    const board = await office.locator('body').innerText();
    expect(board).toMatch(/Sở Ngoại vụ[\s\S]*Đã tiếp nhận[\s\S]*Đúng hạn/);
    expect(board).toMatch(/Công an tỉnh[\s\S]*Đã tiếp nhận[\s\S]*Gửi trễ \d+ ngày/);
    expect(board).toMatch(/Huyện Bình Liêu[\s\S]*Quá hạn từ 16\/10\/2026/);
    await screenshot(office, 'cycle-5-board');
  });
});
