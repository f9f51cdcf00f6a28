import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { confirmDialog, typeDate } from './antd.js';
import { baseUrl, launchBrowser, openDemoPeriodPage, screenshot, signIn } from './browser.js';

/** Issue 4's path by hand: compile the demo period, edit a paragraph, finalize, download the .docx. */
describe('the six-month summary in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the office compiles, edits a paragraph, finalizes and downloads the .docx', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    await signIn(page, 'vanphong');
    await openDemoPeriodPage(page, 'summary');

    const compile = page.getByRole('button', { name: 'Tổng hợp báo cáo' });
    const recompile = page.getByRole('button', { name: 'Tổng hợp lại', exact: true });
    await compile.or(recompile).first().waitFor();
    if (await compile.isVisible()) {
      await page.getByRole('checkbox', { name: 'Gồm cả báo cáo đã gửi nhưng chưa tiếp nhận' }).check();
      await compile.click();
    }
    await page.getByText('I. KẾT QUẢ THỰC HIỆN', { exact: false }).first().waitFor();
    const compiled = await page.locator('body').innerText();
    for (const unit of ['Sở Ngoại vụ:', 'Công an tỉnh (chưa tiếp nhận):']) expect(compiled).toContain(unit);

    // Edit the first paragraph of the first editable section.
    await page.getByRole('button', { name: /^Sửa — / }).first().click();
    const edited = 'Đoạn do Cơ quan thường trực biên tập lại trước khi trình lãnh đạo Ban Chỉ đạo.';
    await page.getByRole('textbox', { name: 'Đoạn 1', exact: true }).first().fill(edited);
    await page.getByRole('button', { name: 'Lưu', exact: true }).first().click();
    await page.getByText('Đã chỉnh sửa').first().waitFor();

    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByLabel('Số, ký hiệu', { exact: true }).last().fill('12-BC/BCĐ');
    await typeDate(page, 'Ngày văn bản', '05/01/2022');
    await confirmDialog(page, 'Ban hành');
    await page.getByText(/Báo cáo đã ban hành: số 12-BC\/BCĐ/).waitFor();
    await screenshot(page, 'summary-final');

    const href = await page.getByRole('link', { name: 'Tải .docx' }).getAttribute('href');
    const response = await page.request.get(new URL(href!, baseUrl()).toString());
    expect(response.status()).toBe(200);
    const zip = await JSZip.loadAsync(await response.body());
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(edited);
    expect(xml).toContain('12-BC/BCĐ');
    expect(xml).toContain('Quảng Ninh, ngày 05 tháng 01 năm 2022');
    await page.close();
  });
});
