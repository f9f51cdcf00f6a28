import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { confirmDialog, typeDate } from './antd.js';
import { apiAs, baseUrl, launchBrowser, openOwnPeriod, screenshot, signIn, submitReportViaApi } from './browser.js';

/**
 * Issue 4's path by hand: compile a half-year's reports, edit a paragraph, finalize, download the
 * .docx. The half-year is this file's own (the second half of 2020, which no other file takes), so
 * what other files do to the demo period's summary changes nothing here, nor this file theirs.
 */
const PERIOD = 'Báo cáo 6 tháng cuối năm 2020';

describe('the six-month summary in the browser', () => {
  let browser: Browser;
  let periodId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    // Two units report: Sở Ngoại vụ's report is received (accepted), Công an tỉnh's is sent but
    // not yet received, so the compile includes it only when the office ticks the box.
    const office = await apiAs('vanphong');
    periodId = await openOwnPeriod(
      office,
      { title: PERIOD, kind: 'half_year', year: 2020, sequence: 2, cutOffFrom: '2020-06-15', cutOffTo: '2020-12-14', dueDate: '2020-12-18', confirmPastDue: true },
      ['Sở Ngoại vụ', 'Công an tỉnh'],
    );
    const board = (await office('GET', `/api/periods/${periodId}/reports`)).items as { reportId: string; agencyName: string }[];
    const reportOf = (name: string) => board.find((row) => row.agencyName === name)!.reportId;
    await submitReportViaApi(await apiAs('songoaivu'), reportOf('Sở Ngoại vụ'), 'Sở Ngoại vụ đã phối hợp đón tiếp các đoàn khách quốc tế đến thăm và làm việc tại tỉnh.');
    await office('POST', `/api/reports/${reportOf('Sở Ngoại vụ')}/accept`);
    await submitReportViaApi(await apiAs('congan'), reportOf('Công an tỉnh'), 'Công an tỉnh đã cung cấp thông tin về công tác bảo đảm an ninh, trật tự cho báo chí.');
  });
  afterAll(() => browser?.close());

  it('the office compiles, edits a paragraph, finalizes and downloads the .docx', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    await signIn(page, 'vanphong');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${baseUrl()}/periods/${periodId}/summary`);

    await page.getByRole('checkbox', { name: 'Gồm cả báo cáo đã gửi nhưng chưa tiếp nhận' }).check();
    await page.getByRole('button', { name: 'Tổng hợp báo cáo' }).click();
    await page.getByText('I. KẾT QUẢ THỰC HIỆN', { exact: false }).first().waitFor();
    const compiled = await page.locator('body').innerText();
    // Part I in the committee's voice: a lead sentence from the figures, then the units' results as prose.
    expect(compiled).toContain('cơ quan, đơn vị triển khai thực hiện nhiệm vụ này');
    // the report sent but not yet received is in, since the box was ticked
    expect(compiled).toContain('cung cấp thông tin về công tác bảo đảm an ninh, trật tự cho báo chí');
    expect(compiled).toContain('III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG ĐẦU NĂM 2021');

    // Issuing needs a signer: the dialog says so until the office enters one.
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByText('Chưa có họ và tên người ký', { exact: false }).waitFor();
    await confirmDialog(page, 'Hủy');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Thông tin văn bản', exact: true }).click();
    await page.getByLabel('Họ và tên người ký', { exact: true }).fill('Vi Ngọc Bích');
    await typeDate(page, 'Ngày văn bản', '05/01/2021');
    await confirmDialog(page, 'Lưu');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // One "as of" day: the figures were compiled as of another day than the document's, and the screen says so.
    const mismatch = page.getByText('còn ngày văn bản là 05/01/2021', { exact: false });
    await mismatch.waitFor();
    await page.getByRole('alert').filter({ has: mismatch }).getByRole('button', { name: 'Tổng hợp lại' }).click();
    await mismatch.waitFor({ state: 'detached' });
    expect(await page.locator('body').innerText()).toContain('đến ngày 05/01/2021, Ban Chỉ đạo nhận được báo cáo');

    // Edit the first paragraph of the first editable section.
    await page.getByRole('button', { name: /^Sửa — / }).first().click();
    const edited = 'Đoạn do Cơ quan thường trực biên tập lại trước khi trình lãnh đạo Ban Chỉ đạo.';
    await page.getByRole('textbox', { name: 'Đoạn 1', exact: true }).first().fill(edited);
    await page.getByRole('button', { name: 'Lưu', exact: true }).first().click();
    await page.getByText('Đã chỉnh sửa').first().waitFor();

    // The report bears the day its figures are stated as of: the dialog offers it.
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByLabel('Số, ký hiệu', { exact: true }).last().fill('12-BC/BCĐ');
    expect(await page.getByRole('dialog').getByLabel('Ngày văn bản', { exact: true }).inputValue()).toBe('05/01/2021');
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
    expect(xml).toContain('Quảng Ninh, ngày 05 tháng 01 năm 2021');
    expect(xml).toContain('Vi Ngọc Bích');
    await page.close();
  });
});
