import type { Browser } from 'playwright-core';
import { apiAs, DESKTOP, launchBrowser, screenshotAtWidths, signIn, baseUrl } from './browser.js';

/**
 * The demo clock and the default reminder ladder on Cài đặt (issue #12), in Chromium, on the app as
 * `npm start` runs it (demo mode). The clock goes to 23/11/2021, the day after the demo period
 * opened and before any rung of its ladder, and every period other files open is opened later, so
 * the sweep that the move runs reminds nobody of a report; then back to the real time. (The demo's
 * Bản tin year plan has a window open on that day, so a unit that sent nothing is told of that.)
 */
describe('demo clock and default reminder ladder on Cài đặt', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    // Whatever happened above, the other files run on the real time.
    await (await apiAs('quantri'))('PUT', '/api/demo-clock', { now: null });
    await browser?.close();
  });

  it('the administrator moves the app\'s time to a date and back to the real time', async () => {
    // The demo period's missing unit: the move must not remind it of its report.
    const missingUnit = await apiAs('khukinhte');
    const notificationsOf = async () => (await missingUnit('GET', '/api/notifications?pageSize=100')).items as { id: string; kind: string }[];
    const before = new Set((await notificationsOf()).map((notification) => notification.id));
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'vi-VN' });
    await signIn(page, 'quantri');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${baseUrl()}/settings`);
    const ladder = page.locator('.ant-card', { has: page.getByText('Lịch nhắc hạn mặc định', { exact: true }) });
    await ladder.getByText('Nhắc trước hạn 7, 3 và 1 ngày; vào ngày đến hạn; sau hạn nhắc lại mỗi 3 ngày.').waitFor();
    const card = page.locator('.ant-card', { has: page.getByText('Đồng hồ demo', { exact: true }) });
    await card.getByText('Đang chạy theo giờ thật.').waitFor();

    const picker = card.getByLabel('Ngày giờ mới (giờ Việt Nam)');
    await picker.click();
    await picker.fill('23/11/2021 10:00');
    await picker.press('Enter');
    await card.getByRole('button', { name: 'Đặt' }).click();
    await page.getByText('Đã đặt đồng hồ demo: 10:00 23/11/2021.').waitFor();
    expect(await card.getByTestId('demo-clock-now').innerText()).toBe('10:00 23/11/2021');
    await card.getByText(/^Chậm hơn giờ thật \d{1,3}(\.\d{3})* ngày/).waitFor();
    const told = (await notificationsOf()).filter((notification) => !before.has(notification.id)).map((notification) => notification.kind);
    expect(told.filter((kind) => !kind.startsWith('bulletin_'))).toEqual([]);
    await screenshotAtWidths(page, 'settings-demo-clock');

    await card.getByRole('button', { name: 'Về giờ thật' }).click();
    await card.getByText('Đang chạy theo giờ thật.').waitFor();
    expect(await card.getByRole('button', { name: 'Về giờ thật' }).isDisabled()).toBe(true);
    await page.close();
  }, 180_000);
});
