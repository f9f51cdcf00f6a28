import type { Browser } from 'playwright-core';
import { apiAs, baseUrl, DESKTOP, launchBrowser, openOwnPeriod, PHONE, screenshot, screenshotAtWidths, signIn, submitReportViaApi } from './browser.js';

/**
 * Đôn đốc in the browser (issue #12): the office chooses the overdue unit on the review board and
 * sends it a message of its own; that unit's reporter finds it in the bell; the board's "Nhắc gần
 * nhất" shows when. This file makes its own period (due date already past, so the unit that has
 * not sent is overdue), so the demo period's figures other files count stay as they are.
 */
const PERIOD = 'Báo cáo chuyên đề thông tin đối ngoại quý IV năm 2024';
const MESSAGE = 'Đề nghị Huyện Bình Liêu gửi báo cáo chuyên đề trước 17 giờ ngày mai.';

describe('đôn đốc in the browser', () => {
  let browser: Browser;
  let periodId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const office = await apiAs('vanphong');
    periodId = await openOwnPeriod(
      office,
      { title: PERIOD, year: 2024, cutOffFrom: '2024-10-01', cutOffTo: '2024-11-30', dueDate: '2024-12-16', confirmPastDue: true },
      ['Sở Ngoại vụ', 'Huyện Bình Liêu'],
    );
    const board = (await office('GET', `/api/periods/${periodId}/reports`)).items as { reportId: string; agencyName: string }[];
    // Sở Ngoại vụ sends its report (late); Huyện Bình Liêu does not.
    await submitReportViaApi(await apiAs('songoaivu'), board.find((r) => r.agencyName === 'Sở Ngoại vụ')!.reportId, 'Đã triển khai đầy đủ.');
  });
  afterAll(() => browser?.close());

  it('the office chases the missing unit from the board; the unit sees it in its bell; the board shows the last reminder', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'vi-VN' });
    await signIn(page, 'vanphong');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${baseUrl()}/periods/${periodId}`);
    const board = page.getByRole('region', { name: 'Tình hình nộp báo cáo' });
    await board.getByRole('link', { name: 'Huyện Bình Liêu' }).waitFor();
    await page.getByRole('region', { name: 'Lịch nhắc hạn' }).getByText('Nhắc trước hạn 7, 3 và 1 ngày; vào ngày đến hạn; sau hạn nhắc lại mỗi 3 ngày.').waitFor();
    // the unit that sent cannot be chosen
    expect(await board.getByRole('checkbox', { name: 'Chọn Sở Ngoại vụ' }).isDisabled()).toBe(true);

    await board.getByRole('button', { name: 'Chọn các đơn vị quá hạn' }).click();
    await board.getByText('Đã chọn 1 đơn vị').waitFor();
    expect(await board.getByRole('checkbox', { name: 'Chọn Huyện Bình Liêu' }).isChecked()).toBe(true);
    await screenshotAtWidths(page, 'reminders-board-chosen');

    await board.getByRole('button', { name: 'Đôn đốc' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đôn đốc đơn vị chưa gửi báo cáo' });
    const message = dialog.getByLabel('Nội dung đôn đốc');
    expect(await message.inputValue()).toBe(`Đề nghị đơn vị khẩn trương hoàn thành và gửi báo cáo chuyên đề thông tin đối ngoại quý IV năm 2024 theo quy định.`);
    await message.fill(MESSAGE);
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(300);
      await screenshot(page, `reminders-dialog-${viewport.width}`, { fullPage: false });
    }
    await page.setViewportSize(DESKTOP);
    await dialog.getByRole('button', { name: 'Gửi đôn đốc' }).click();
    await page.getByText('Đã đôn đốc 1 đơn vị').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // the board is asked again: Huyện Bình Liêu's row has the time of the reminder, Sở Ngoại vụ's none
    const row = board.getByRole('row').filter({ has: page.getByRole('link', { name: 'Huyện Bình Liêu' }) });
    await row.getByText(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/).waitFor();
    const header = await board.getByRole('columnheader').allInnerTexts();
    const column = header.indexOf('Nhắc gần nhất');
    expect(column).toBeGreaterThan(0);
    const sent = board.getByRole('row').filter({ has: page.getByRole('link', { name: 'Sở Ngoại vụ' }) });
    expect(await sent.getByRole('cell').nth(column).innerText()).toBe('—');
    await board.getByText('Đã chọn 0 đơn vị').waitFor();
    await screenshotAtWidths(page, 'reminders-board-reminded');
    await page.close();

    const unit = await browser.newPage({ viewport: DESKTOP, locale: 'vi-VN' });
    await signIn(unit, 'binhlieu');
    await unit.waitForURL(/\/my-reports/);
    await unit.getByRole('button', { name: /^Thông báo: \d+ chưa đọc$/ }).click();
    const panel = unit.getByTestId('notification-panel');
    const reminder = panel.getByRole('button', { name: 'Chưa đọc: Cơ quan thường trực đôn đốc gửi báo cáo' }).first();
    await reminder.waitFor();
    expect(await reminder.innerText()).toContain(`${PERIOD} — ${MESSAGE}`);
    // the panel is placed as it opens: open it again at each width (a click beside it closes it)
    await screenshotAtWidths(unit, 'reminders-bell-unit', async () => {
      await unit.mouse.click(4, unit.viewportSize()!.height - 4);
      await panel.waitFor({ state: 'hidden' });
      await unit.getByRole('button', { name: /^Thông báo: \d+ chưa đọc$/ }).click();
      await reminder.waitFor();
    });
    await unit.close();
  });
});
