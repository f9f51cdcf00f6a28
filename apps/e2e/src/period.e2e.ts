import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot, signIn } from './browser.js';

// Each title starts its heading, so with a capital (the demo data stores them as the directive wrote them).
const TASK_GROUP_STARTS = [
  '(1) Tập trung thực hiện tốt công tác thông tin đối ngoại',
  '(2) Tăng cường thông tin, tuyên truyền, quảng bá hình ảnh Quảng Ninh',
  '(3) Nâng cao công tác nghiên cứu, dự báo tình hình',
  '(4) Tiếp tục chỉ đạo tăng cường công tác định hướng thông tin cho báo chí nước ngoài',
  '(5) Tổ chức tốt các sự kiện đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân',
  '(6) Tăng cường hiệu quả công tác trao đổi thông tin giữa các thành viên với Ban Chỉ đạo',
  '(7) Tổ chức tập huấn về công tác thông tin đối ngoại',
  '(8) Tích cực hưởng ứng Giải thưởng toàn quốc về thông tin đối ngoại lần thứ VIII',
];

describe('the standing office opens the demo period', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it.each([
    ['desktop', { width: 1366, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ])('vanphong signs in and sees the eight task groups (%s)', async (name, viewport) => {
    const page = await browser.newPage({ viewport, locale: 'vi-VN' });
    await page.goto(baseUrl());
    await page.waitForURL(/\/login/);
    await screenshot(page, `login-${name}`);
    await signIn(page, 'vanphong');

    await page.getByRole('link', { name: 'Báo cáo 6 tháng cuối năm 2021' }).first().click();
    await page.getByRole('heading', { name: 'Báo cáo 6 tháng cuối năm 2021' }).waitFor();
    // The task groups arrive with their own request, after the heading.
    await page.getByText(TASK_GROUP_STARTS[7]!, { exact: false }).waitFor();
    const body = await page.locator('body').innerText();
    for (const start of TASK_GROUP_STARTS) expect(body).toContain(start);
    const positions = TASK_GROUP_STARTS.map((start) => body.indexOf(start));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(body).toContain('15/06/2021');
    expect(body).toContain('17/12/2021');
    await screenshot(page, `period-${name}`);
    await page.close();
  });

  it('a wrong password is refused in Vietnamese', async () => {
    const page = await browser.newPage();
    await signIn(page, 'vanphong', 'sai-mat-khau');
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    expect(page.url()).toContain('/login');
    await page.close();
  });
});
