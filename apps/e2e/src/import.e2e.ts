import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { confirmDialog } from './antd.js';
import { baseUrl, launchBrowser, screenshot, signIn } from './browser.js';

/**
 * The directory import of issue #11 in a real browser: the administrator downloads the template,
 * fills it in (here with exceljs, as Excel would save it), checks it — one row is wrong, nothing can
 * be applied — then checks the corrected file and applies it; the new account's one-time password
 * works at the sign-in page.
 */
describe('import units and users from Excel', () => {
  let browser: Browser;
  let page: Page;
  const folder = mkdtempSync(path.join(tmpdir(), 'giao-ban-e2e-import-'));

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', acceptDownloads: true });
    page = await context.newPage();
    await signIn(page, 'quantri');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  });
  afterAll(() => browser?.close());

  /**
   * The downloaded template as a provincial administrator edits it: a new unit and its officer, a
   * unit's new phone number; `withError` adds an account naming a unit that does not exist.
   */
  async function fill(template: string, name: string, withError: boolean): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const units = workbook.getWorksheet('Đơn vị')!;
    units.addRow(['SYT', 'Sở Y tế', 'Sở Y tế', 'Sở, ban, ngành', 12, 'Đặng Thu Hà', 'syt@quangninh.gov.vn', '0203 3825 111']);
    units.eachRow((row) => {
      if (row.getCell(1).value === 'BQLKKT') row.getCell(8).value = '0203 3634 567';
    });
    const users = workbook.getWorksheet('Người dùng')!;
    users.addRow(['lethimai', 'Lê Thị Mai', 'Cán bộ đầu mối', 'SYT', 'mai@syt.quangninh.gov.vn', '0912 345 678', null]);
    if (withError) users.addRow(['phamvanson', 'Phạm Văn Sơn', 'Cán bộ đầu mối', 'SOYTE', null, null, null]);
    const file = path.join(folder, name);
    await workbook.xlsx.writeFile(file);
    return file;
  }

  async function check(file: string): Promise<void> {
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText(path.basename(file)).waitFor();
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await page.getByTestId('import-review').waitFor();
  }

  /** The page from its top at an office PC's width and a phone's, once no dialog is closing over it. */
  async function bothWidths(name: string): Promise<void> {
    await page.locator('.ant-modal-wrap:visible').waitFor({ state: 'detached' });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width > 400 ? 900 : 844 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `${name}-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('downloads the template, sees the one wrong row, then applies the corrected file', async () => {
    await page.getByRole('link', { name: 'Nhập từ Excel' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nhập đơn vị và người dùng từ Excel' }).waitFor();
    await bothWidths('import-start');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Tải tệp mẫu (.xlsx)' }).click();
    const template = path.join(folder, 'mau.xlsx');
    await (await download).saveAs(template);
    const downloaded = new ExcelJS.Workbook();
    await downloaded.xlsx.readFile(template);
    expect(downloaded.worksheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Đơn vị', 'Người dùng', 'Danh mục']);
    expect(downloaded.getWorksheet('Đơn vị')!.getCell('A2').value).toBe('SNGV');

    // One row names a unit that is neither in the file nor in the system: listed, and nothing can be applied.
    await check(await fill(template, 'don-vi-co-loi.xlsx', true));
    const review = page.getByTestId('import-review');
    await review.getByText('Tệp có 1 lỗi: sửa tệp rồi kiểm tra lại. Chưa có gì được ghi.').waitFor();
    const problems = page.getByTestId('import-problems');
    expect(await problems.locator('tbody tr').count()).toBe(1);
    await problems.getByText('Không có đơn vị mã "SOYTE" trong trang "Đơn vị" hay trong hệ thống.').waitFor();
    await page.getByTestId('plan-units-create').getByText('Sở Y tế').first().waitFor();
    await page.getByTestId('plan-users-create').getByText('Lê Thị Mai').waitFor();
    await page.getByTestId('plan-units-change').getByText('0203 3634 567').waitFor();
    expect(await page.getByRole('button', { name: 'Áp dụng' }).isDisabled()).toBe(true);
    await bothWidths('import-dry-run-error');

    // The corrected file: valid; applied after the confirmation; the one-time password is shown once.
    await check(await fill(template, 'don-vi.xlsx', false));
    await review.getByText('Tệp hợp lệ. Kiểm tra các thay đổi dưới đây rồi bấm "Áp dụng".').waitFor();
    await bothWidths('import-dry-run-valid');
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await confirmDialog(page, 'Áp dụng');
    await page.getByText('Đã áp dụng tệp nhập').waitFor();
    const password = (await page.getByTestId('import-temporary-password').innerText()).trim();
    expect(password).toMatch(/^\S{4}-\S{4}-\S{4}$/);
    await page.getByText('Mật khẩu tạm thời chỉ hiện một lần này', { exact: false }).waitFor();
    await bothWidths('import-applied');

    // The unit is in the units list; the new account signs in with its temporary password and must choose its own.
    await page.goto(`${baseUrl()}/agencies`);
    await page.getByText('Sở Y tế').first().waitFor();
    const newcomer = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
    await signIn(newcomer, 'lethimai', password);
    await newcomer.waitForURL(/\/change-password/);
    await newcomer.close();
  });
});
