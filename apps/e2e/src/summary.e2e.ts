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
    // Part I in the committee's voice: a lead sentence from the figures, then the units' results as prose.
    expect(compiled).toContain('cơ quan, đơn vị triển khai thực hiện nhiệm vụ này');
    expect(compiled).toContain('III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG ĐẦU NĂM 2022');

    // Issuing needs a signer: the dialog says so until the office enters one.
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByText('Chưa có họ và tên người ký', { exact: false }).waitFor();
    await confirmDialog(page, 'Hủy');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Thông tin văn bản', exact: true }).click();
    await page.getByLabel('Họ và tên người ký', { exact: true }).fill('Vi Ngọc Bích');
    await typeDate(page, 'Ngày văn bản', '05/01/2022');
    await confirmDialog(page, 'Lưu');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // One "as of" day: the figures were compiled as of another day than the document's, and the screen says so.
    const mismatch = page.getByText('còn ngày văn bản là 05/01/2022', { exact: false });
    await mismatch.waitFor();
    await page.getByRole('alert').filter({ has: mismatch }).getByRole('button', { name: 'Tổng hợp lại' }).click();
    await mismatch.waitFor({ state: 'detached' });
    expect(await page.locator('body').innerText()).toContain('đến ngày 05/01/2022, Ban Chỉ đạo nhận được báo cáo');

    // Edit the first paragraph of the first editable section.
    await page.getByRole('button', { name: /^Sửa — / }).first().click();
    const edited = 'Đoạn do Cơ quan thường trực biên tập lại trước khi trình lãnh đạo Ban Chỉ đạo.';
    await page.getByRole('textbox', { name: 'Đoạn 1', exact: true }).first().fill(edited);
    await page.getByRole('button', { name: 'Lưu', exact: true }).first().click();
    await page.getByText('Đã chỉnh sửa').first().waitFor();

    // The report bears the day its figures are stated as of: the dialog offers it.
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByLabel('Số, ký hiệu', { exact: true }).last().fill('12-BC/BCĐ');
    expect(await page.getByRole('dialog').getByLabel('Ngày văn bản', { exact: true }).inputValue()).toBe('05/01/2022');
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
    expect(xml).toContain('Vi Ngọc Bích');
    await page.close();
  });
});
