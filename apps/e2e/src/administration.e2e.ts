import type { Browser, Locator, Page } from 'playwright-core';
import { choose, confirmDialog } from './antd.js';
import { apiAs, baseUrl, launchBrowser, openOwnPeriod, screenshot, signIn, submitReportViaApi } from './browser.js';

/**
 * Administration by hand (issue #11): the administrator creates a unit and its reporter, the
 * office adds the unit to the open period, and the reporter signs in on the temporary password,
 * chooses their own and files the report; then the administrator merges two units in the wizard and
 * their history stays theirs. Everything here is made by this file (its own period and units), so
 * the demo period's figures that other files count stay as they are.
 */
const PERIOD = 'Báo cáo chuyên đề công tác thông tin đối ngoại năm 2026';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/**
 * The screen as it is now, on an office PC and on a phone. An open dialog scrolls inside a fixed
 * layer that a full-page capture cuts at the window's height, so then the window is made as tall
 * as the dialog and captured as it is.
 */
async function shoot(page: Page, name: string): Promise<void> {
  // Two frames after the resize, and no dialog, message or dropdown still animating in or out (a
  // spinner's endless animation aside). A picture is no assertion: past 5 s it is taken as it is.
  const settled = async () => {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page
      .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity), undefined, {
        timeout: 5000,
      })
      .catch(() => undefined);
  };
  const modal = page.locator('.ant-modal-wrap:visible .ant-modal').last();
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await settled();
    if ((await modal.count()) === 0) {
      // from the top, or the sticky header and status bar show where the window was scrolled to
      await page.evaluate(() => window.scrollTo(0, 0));
      await settled();
      await screenshot(page, `admin-${name}-${viewport.width}`);
      continue;
    }
    const box = (await modal.boundingBox())!;
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.ceil(box.y + box.height + 24)) });
    await settled();
    await screenshot(page, `admin-${name}-${viewport.width}`, { fullPage: false });
  }
  // The next step's own waits (Playwright's actionability checks) cover the resize back.
  await page.setViewportSize(DESKTOP);
}

const dialog = (page: Page): Locator => page.locator('.ant-modal-wrap:visible').last();

describe('administration in the browser', () => {
  let browser: Browser;
  let periodId: string;
  /** Units that the merge test ends, made for it: name → id. */
  const unit: Record<string, string> = {};

  beforeAll(async () => {
    browser = await launchBrowser();
    // The office's open period (due 15/01/2027, so the units here file on time) with two units of
    // its own; the unit the administrator creates below is not in it yet.
    const office = await apiAs('vanphong');
    for (const [name, shortName] of [
      ['Trung tâm Văn hóa tỉnh', 'TTVH'],
      ['Bảo tàng tỉnh', 'BTT'],
    ]) {
      unit[name] = (await office('POST', '/api/agencies', { name, shortName, kind: 'department', displayOrder: 40 })).id;
    }
    periodId = await openOwnPeriod(office, { title: PERIOD, year: 2026, cutOffFrom: '2026-11-01', cutOffTo: '2026-11-30', dueDate: '2027-01-15' }, Object.keys(unit));
  });
  afterAll(() => browser?.close());

  async function newPage(login: string, password?: string): Promise<Page> {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, login, password);
    return page;
  }

  // Each flow signs in three people and walks a whole screen sequence; on a loaded two-core CI
  // machine the first took over the default 60 s.
  const LONG_FLOW_MS = 180_000;

  it('quantri creates a unit and its reporter; the office adds the unit to the open period; the reporter changes the password and files the report', async () => {
    const admin = await newPage('quantri');
    await admin.waitForURL((url) => !url.pathname.startsWith('/login'));

    // The unit.
    await admin.goto(`${baseUrl()}/agencies`);
    await admin.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const unitForm = dialog(admin);
    await unitForm.getByLabel('Tên đơn vị', { exact: true }).fill('Sở Du lịch');
    await unitForm.getByLabel('Tên viết tắt', { exact: true }).fill('SDL');
    // An optional field's label ends in "(Tùy chọn)".
    await unitForm.getByLabel(/^Người đầu mối/).fill('Phạm Thu Trang');
    await unitForm.getByLabel(/^Thư điện tử/).fill('vanphong.sdl@quangninh.gov.vn');
    await unitForm.getByLabel(/^Số điện thoại/).fill('0203 3835 456');
    await shoot(admin, '1-unit-form');
    await confirmDialog(admin, 'Thêm đơn vị');
    await admin.getByText('Đã thêm đơn vị Sở Du lịch.').waitFor();
    await admin.getByRole('link', { name: 'Sở Du lịch', exact: true }).first().waitFor();
    await shoot(admin, '2-units');

    // Its reporter, and the temporary password the screen shows once.
    await admin.goto(`${baseUrl()}/users`);
    await admin.getByRole('button', { name: 'Thêm người dùng' }).click();
    const userForm = dialog(admin);
    await userForm.getByLabel('Tên đăng nhập', { exact: true }).fill('sodulich');
    await userForm.getByLabel('Họ và tên', { exact: true }).fill('Phạm Thu Trang');
    await choose(admin, 'Vai trò', 'Cán bộ đầu mối', { scope: userForm });
    await choose(admin, 'Đơn vị', 'Sở Du lịch', { scope: userForm, search: true });
    await userForm.getByLabel(/^Thư điện tử/).fill('trangpt@quangninh.gov.vn');
    await shoot(admin, '3-user-form');
    await confirmDialog(admin, 'Tạo tài khoản');
    await admin.getByText('Đã tạo tài khoản sodulich').waitFor();
    const temporaryPassword = (await admin.getByTestId('temporary-password').innerText()).trim();
    expect(temporaryPassword).toMatch(/^\S{10,}$/);
    await shoot(admin, '4-temporary-password');
    await confirmDialog(admin, 'Đã ghi lại, đóng');
    await admin.getByText('sodulich').first().waitFor();
    await shoot(admin, '5-users');

    // The office gives the new unit its report in the period that is already open.
    const office = await newPage('vanphong');
    await office.waitForURL((url) => !url.pathname.startsWith('/login'));
    await office.goto(`${baseUrl()}/periods/${periodId}`);
    await office.getByRole('heading', { name: PERIOD }).waitFor();
    await office.getByText('2 đơn vị', { exact: true }).waitFor();
    await office.getByRole('button', { name: 'Thêm đơn vị vào kỳ báo cáo' }).click();
    const addUnits = dialog(office);
    await addUnits.getByRole('checkbox', { name: 'Sở Du lịch', exact: true }).check();
    // Units that already report in the period are not offered.
    expect(await addUnits.getByRole('checkbox', { name: 'Trung tâm Văn hóa tỉnh', exact: true }).count()).toBe(0);
    await shoot(office, '6-add-units');
    await confirmDialog(office, 'Thêm vào kỳ');
    await office.getByText('Đã thêm 1 đơn vị vào kỳ báo cáo.').waitFor();
    await office.getByText('3 đơn vị', { exact: true }).waitFor();
    await office.getByRole('link', { name: 'Sở Du lịch', exact: true }).first().waitFor();
    await shoot(office, '7-period-board');

    // The reporter: the temporary password only lets them choose their own.
    const reporter = await newPage('sodulich', temporaryPassword);
    await reporter.waitForURL(/\/change-password/);
    await reporter.getByText('đang dùng mật khẩu tạm thời').waitFor();
    const newPassword = 'Du-lich-Quang-Ninh-2026';
    await reporter.getByLabel('Mật khẩu tạm thời', { exact: true }).fill(temporaryPassword);
    await reporter.getByLabel('Mật khẩu mới', { exact: true }).fill(newPassword);
    await reporter.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(newPassword);
    await shoot(reporter, '8-change-password');
    await reporter.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await reporter.waitForURL((url) => !url.pathname.startsWith('/change-password'));

    await reporter.goto(`${baseUrl()}/my-reports`);
    await reporter.getByRole('link', { name: PERIOD }).first().click();
    await reporter.getByRole('heading', { name: new RegExp(PERIOD) }).waitFor();
    for (let ordinal = 1; ordinal <= 8; ordinal += 1) {
      await reporter.getByLabel(`Kết quả thực hiện nhóm ${ordinal}`, { exact: true }).fill(`Sở Du lịch đã lồng ghép quảng bá hình ảnh Quảng Ninh vào nhóm nhiệm vụ ${ordinal}.`);
      await choose(reporter, `Tình trạng thực hiện nhóm ${ordinal}`, 'Đã hoàn thành');
    }
    await reporter.getByText(/Đã lưu lúc/).first().waitFor();
    await reporter.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await confirmDialog(reporter, 'Đồng ý');
    await reporter.getByText(/Đã gửi lúc .* \(phiên bản 1\)/).waitFor();
    await shoot(reporter, '9-report-submitted');

    // A new sign-in takes the new password, not the temporary one.
    expect((await fetch(`${baseUrl()}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'sodulich', password: temporaryPassword }),
    })).status).toBe(401);
    await apiAs('sodulich', newPassword);

    await office.reload();
    const row = office.getByRole('row').filter({ has: office.getByRole('link', { name: 'Sở Du lịch', exact: true }) });
    await row.getByText('Đã gửi').waitFor();
    expect(await row.innerText()).toContain('Đúng hạn');
    for (const page of [admin, office, reporter]) await page.context().close();
  }, LONG_FLOW_MS);

  it('quantri merges two units into a new one; their filed report keeps its name and the successor’s reporter reads it', async () => {
    // Trung tâm Văn hóa tỉnh has a reporter and files its report; Bảo tàng tỉnh has not started.
    const setup = await apiAs('quantri');
    const issued = await setup('POST', '/api/users', {
      login: 'ttvanhoa',
      fullName: 'Đỗ Minh Châu',
      role: 'agency_reporter',
      agencyId: unit['Trung tâm Văn hóa tỉnh'],
      email: null,
      phone: null,
    });
    const password = 'Van-hoa-Quang-Ninh-2026';
    await (await apiAs('ttvanhoa', issued.temporaryPassword))('POST', '/api/profile/password', { currentPassword: issued.temporaryPassword, newPassword: password });
    const culture = await apiAs('ttvanhoa', password);
    const filed = (await culture('GET', '/api/reports/mine')).items.find((r: { periodTitle: string }) => r.periodTitle === PERIOD);
    await submitReportViaApi(culture, filed.reportId, 'Trung tâm Văn hóa tỉnh đã tổ chức triển lãm ảnh về biển đảo Quảng Ninh.');

    const admin = await newPage('quantri');
    await admin.waitForURL((url) => !url.pathname.startsWith('/login'));
    await admin.goto(`${baseUrl()}/agencies`);
    await admin.getByRole('button', { name: 'Hợp nhất đơn vị' }).click();
    const wizard = dialog(admin);
    await wizard.getByRole('checkbox', { name: 'Trung tâm Văn hóa tỉnh', exact: true }).check();
    await wizard.getByRole('checkbox', { name: 'Bảo tàng tỉnh', exact: true }).check();
    await shoot(admin, '10-merge-units');
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
    await wizard.getByRole('radio', { name: 'Thành lập đơn vị mới' }).check();
    await wizard.getByLabel('Tên đơn vị', { exact: true }).fill('Trung tâm Văn hóa và Bảo tàng tỉnh');
    await wizard.getByLabel('Tên viết tắt', { exact: true }).fill('TTVH-BT');
    await shoot(admin, '11-merge-successor');
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
    await wizard.getByRole('radio', { name: 'Chuyển tài khoản sang đơn vị kế thừa' }).check();
    await wizard.getByLabel(/^Căn cứ, ghi chú/).fill('Quyết định số 3456/QĐ-UBND ngày 01/12/2026 của UBND tỉnh.');
    await wizard.getByRole('button', { name: 'Xem trước thay đổi' }).click();
    await wizard.getByTestId('merge-headline').waitFor();
    const plan = await wizard.innerText();
    expect(plan).toContain('Bảo tàng tỉnh, Trung tâm Văn hóa tỉnh sẽ ngừng hoạt động'); // in display order
    expect(plan).toContain('hợp nhất thành đơn vị mới Trung tâm Văn hóa và Bảo tàng tỉnh');
    expect(plan).toContain(`${PERIOD} — Bảo tàng tỉnh`); // the report not yet filed moves
    expect(plan).toContain('1 báo cáo đã gửi hoặc của kỳ đã đóng vẫn thuộc đơn vị cũ');
    expect(plan).toContain('1 tài khoản chuyển sang Trung tâm Văn hóa và Bảo tàng tỉnh: ttvanhoa');
    await shoot(admin, '12-merge-plan');
    await wizard.getByRole('button', { name: 'Xác nhận hợp nhất' }).click();
    // The list shows the successor once the merge is done (the toast saying so is gone after 3 s,
    // which a busy machine can miss).
    await admin.getByRole('link', { name: 'Trung tâm Văn hóa và Bảo tàng tỉnh', exact: true }).first().waitFor({ timeout: 60_000 });
    await shoot(admin, '13-units-after-merge');

    // The office's board: the filed report under the name it was filed with; the unfiled one is the successor's.
    const office = await newPage('vanphong');
    await office.waitForURL((url) => !url.pathname.startsWith('/login'));
    await office.goto(`${baseUrl()}/periods/${periodId}`);
    const successorRow = office.getByRole('row').filter({ has: office.getByRole('link', { name: 'Trung tâm Văn hóa và Bảo tàng tỉnh', exact: true }) });
    await successorRow.waitFor();
    const filedRow = office.getByRole('row').filter({ has: office.getByRole('link', { name: 'Trung tâm Văn hóa tỉnh', exact: true }) });
    expect(await filedRow.innerText()).toContain('Đã gửi');
    expect(await successorRow.innerText()).toContain('Chưa thực hiện');
    expect(await office.getByRole('link', { name: 'Bảo tàng tỉnh', exact: true }).count()).toBe(0);
    await shoot(office, '14-board-after-merge');

    // The reporter, now of the successor, reads the predecessor's report and cannot change it.
    const reporter = await newPage('ttvanhoa', password);
    await reporter.waitForURL((url) => !url.pathname.startsWith('/login'));
    await reporter.goto(`${baseUrl()}/my-reports`);
    const history = reporter.getByText('Báo cáo của đơn vị tiền thân Trung tâm Văn hóa tỉnh — chỉ xem');
    await history.first().waitFor();
    await shoot(reporter, '15-my-reports-after-merge');
    await reporter.getByRole('row').filter({ has: history }).getByRole('link', { name: PERIOD }).click();
    await reporter.getByText('Trung tâm Văn hóa tỉnh đã tổ chức triển lãm ảnh về biển đảo Quảng Ninh.').first().waitFor();
    expect(await reporter.getByRole('button', { name: 'Gửi báo cáo' }).count()).toBe(0);
    expect(await reporter.getByLabel('Kết quả thực hiện nhóm 1', { exact: true }).count()).toBe(0);
    await shoot(reporter, '16-predecessor-report');
    for (const page of [admin, office, reporter]) await page.context().close();
  }, LONG_FLOW_MS);
});
