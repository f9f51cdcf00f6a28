import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousAxeViolations, type AxeFinding } from './axe.js';
import { apiAs, baseUrl, launchBrowser, signIn } from './browser.js';

/**
 * axe-core on every screen of the app (issue #14), as each kind of user sees it — a member unit's
 * reporter, the office, a leader, the administrator — at a desktop's 1366×768 and a phone's 390×844,
 * with the dialogs and menus that matter open: no serious or critical WCAG 2.x A/AA violation.
 * One browser; one signed-in context per role, each screen visited once per width. Nothing here
 * changes data (dialogs are opened and cancelled), so other files' figures stay as they are.
 */
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const WIDTHS = [DESKTOP, PHONE];
const DEMO_PERIOD_TITLE = 'Báo cáo 6 tháng cuối năm 2021';

type Api = Awaited<ReturnType<typeof apiAs>>;

/** Violations found, per screen and width, for one message that lists them all. */
class Findings {
  private readonly found: string[] = [];

  async check(page: Page, screen: string): Promise<void> {
    await settle(page);
    const violations = await seriousAxeViolations(page);
    const size = page.viewportSize();
    if (violations.length > 0) this.found.push(`${screen} @${size?.width}px\n${format(violations)}`);
  }

  add(problem: string): void {
    this.found.push(problem);
  }

  get report(): string {
    return this.found.join('\n\n');
  }
}

function format(violations: AxeFinding[]): string {
  return violations.map((v) => `  ${v.impact} ${v.id}: ${v.help}\n      ${v.targets.join('\n      ')}`).join('\n');
}

/**
 * Once data has come (no spinner or skeleton left) and antd's entrance animations and colour
 * transitions (a drawer sliding in, text fading from opacity 0) have ended: checked mid-way, every
 * text would read as faint.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active') && document.body.innerText.trim().length > 0,
    undefined,
    { timeout: 15_000 },
  );
  await page.waitForFunction(
    () => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 5_000 },
  );
  // The app names and focuses scrolling tables in the frame after the layout changes.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function signedIn(browser: Browser, login: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
  const page = await context.newPage();
  await signIn(page, login);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page };
}

async function demoPeriodId(api: Api): Promise<string> {
  const periods = (await api('GET', '/api/periods?pageSize=100')).items as { id: string; title: string }[];
  return periods.find((p) => p.title === DEMO_PERIOD_TITLE)!.id;
}

/**
 * To a screen as a user moves inside the app: once the app is loaded, through the browser history
 * the router follows (no reload: the app, its session and axe stay loaded), else, or to reload the
 * screen shown, by loading the URL. The router keeps the previous screen on view while the next one's
 * code loads, so the move is over only when the previous screen's elements have left the page.
 */
async function visit(page: Page, findings: Findings, path: string, screen = path): Promise<void> {
  const current = new URL(page.url());
  const inside = current.origin === new URL(baseUrl()).origin && !current.pathname.startsWith('/login') && current.pathname !== path;
  if (inside) {
    await page.evaluate((to) => {
      const previous = Array.from(document.querySelectorAll('main > div > *'));
      (window as unknown as { previousScreen: Element[] }).previousScreen = previous;
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await page.waitForFunction(() => (window as unknown as { previousScreen: Element[] }).previousScreen.every((element) => !element.isConnected));
  } else {
    await page.goto(`${baseUrl()}${path}`);
  }
  await findings.check(page, screen);
}

/** The header's notification bell opened, and the phone's navigation drawer. */
async function checkShellOverlays(page: Page, findings: Findings, width: number): Promise<void> {
  const bell = page.getByRole('button', { name: /^Thông báo/ }).first();
  await bell.click();
  await page.getByTestId('notification-panel').waitFor();
  await findings.check(page, 'notification bell (open)');
  await page.keyboard.press('Escape');
  await page.getByTestId('notification-panel').waitFor({ state: 'hidden' });
  if (width === PHONE.width) {
    await page.getByRole('button', { name: 'Mở menu điều hướng' }).click();
    await page.locator('.ant-drawer-open').waitFor();
    await findings.check(page, 'navigation drawer (open)');
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });
  }
}

/**
 * Tab from the top of the page through its first `stops` controls: each one the keyboard lands on
 * is on screen and drawn with a focus ring (an outline or antd's focus shadow, on it or on the
 * wrapper antd draws for a hidden input), and the side menu's links are among them.
 */
async function checkKeyboard(page: Page, findings: Findings, screen: string, stops = 30): Promise<void> {
  await settle(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const problems: string[] = [];
  const reached: string[] = [];
  for (let i = 0; i < stops; i += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const ring = (node: Element | null) => {
        if (!node) return false;
        const style = getComputedStyle(node);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
      };
      const wrapper = element.closest('label, .ant-segmented-item, .ant-switch, .ant-select, .ant-picker, .ant-input-number, .ant-input-affix-wrapper, .ant-checkbox-wrapper, .ant-radio-wrapper');
      const box = (wrapper ?? element).getBoundingClientRect();
      const name = (element.getAttribute('aria-label') ?? element.innerText ?? element.tagName).trim().slice(0, 60);
      return {
        name: `${element.tagName.toLowerCase()} "${name}"`,
        ring: ring(element) || ring(wrapper) || ring(wrapper?.querySelector('.ant-segmented-item-label, .ant-checkbox-inner, .ant-radio-inner') ?? null),
        visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
        link: element.closest('nav') ? element.getAttribute('href') : null,
      };
    });
    if (!focus) continue;
    if (!focus.ring) problems.push(`no visible focus ring: ${focus.name}`);
    if (!focus.visible) problems.push(`focused off screen: ${focus.name}`);
    if (focus.link) reached.push(focus.link);
  }
  if (page.viewportSize()!.width >= 768 && reached.length === 0) problems.push('no link of the side menu reached with Tab');
  if (problems.length > 0) findings.add(`${screen} (keyboard)\n  ${[...new Set(problems)].join('\n  ')}`);
}

describe('accessibility (axe-core, WCAG 2.x A/AA) of every screen at 1366 and 390 px', () => {
  let browser: Browser;

  jest.setTimeout(180_000);

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the sign-in screen and a page that does not exist', async () => {
    const findings = new Findings();
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
    const page = await context.newPage();
    for (const viewport of WIDTHS) {
      await page.setViewportSize(viewport);
      await visit(page, findings, '/login');
      // The language switch, as a keyboard user would use it: to English and back.
      await page.getByText('EN', { exact: true }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await findings.check(page, '/login (English)');
      await page.getByText('VI', { exact: true }).click();
      await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
      // A failed sign-in shows its error.
      await page.getByLabel('Tên đăng nhập').fill('songoaivu');
      await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('alert').first().waitFor();
      await findings.check(page, '/login (wrong password)');
    }
    await context.close();
    const { context: signed, page: inside } = await signedIn(browser, 'songoaivu');
    for (const viewport of WIDTHS) {
      await inside.setViewportSize(viewport);
      await visit(inside, findings, '/khong-co-trang-nay', 'not found');
    }
    await signed.close();
    expect(findings.report).toBe('');
  });

  it('a member unit’s reporter (songoaivu): reports, a report, comparison, notifications, profile; a report being written and what sending it shows', async () => {
    const findings = new Findings();
    const { context, page } = await signedIn(browser, 'songoaivu');
    const mine = (await (await apiAs('songoaivu'))('GET', '/api/reports/mine')).items as { reportId: string; periodTitle: string }[];
    const accepted = mine.find((row) => row.periodTitle === DEMO_PERIOD_TITLE)!;
    // A unit whose demo report can still be written and sent (other files may have sent some).
    let writer: { login: string; reportId: string; complete: boolean } | undefined;
    for (const login of ['khukinhte', 'laodong', 'binhlieu']) {
      const api = await apiAs(login);
      const rows = (await api('GET', '/api/reports/mine')).items as { reportId: string; periodTitle: string; state: string }[];
      const open = rows.find((row) => row.periodTitle === DEMO_PERIOD_TITLE && ['not_started', 'draft', 'returned'].includes(row.state));
      if (open) {
        const report = (await api('GET', `/api/reports/${open.reportId}`)) as { sections: { taskGroupId: string | null; applicable: boolean; status: string | null }[] };
        const complete = report.sections.every((section) => !section.taskGroupId || !section.applicable || section.status);
        writer = { login, reportId: open.reportId, complete };
        break;
      }
    }
    expect(writer).toBeDefined();
    const editing = await signedIn(browser, writer!.login);
    for (const viewport of WIDTHS) {
      await page.setViewportSize(viewport);
      await visit(page, findings, '/my-reports');
      await checkKeyboard(page, findings, '/my-reports');
      await checkShellOverlays(page, findings, viewport.width);
      await visit(page, findings, `/reports/${accepted.reportId}`, '/reports/:id (accepted)');
      await visit(page, findings, `/reports/${accepted.reportId}/compare`, '/reports/:id/compare');
      await visit(page, findings, '/notifications');
      await visit(page, findings, '/profile');
      await visit(page, findings, '/dashboard', '/dashboard (unit)');

      await editing.page.setViewportSize(viewport);
      await visit(editing.page, findings, `/reports/${writer!.reportId}`, '/reports/:id (being written)');
      await checkKeyboard(editing.page, findings, '/reports/:id (being written)', 40);
      // Gửi báo cáo asks to confirm only when every task group has its status; otherwise it marks
      // the groups without one and says how far the report is. Either is a screen to check.
      await editing.page.getByRole('button', { name: 'Gửi báo cáo' }).first().click();
      if (writer!.complete) {
        const dialog = editing.page.getByRole('dialog', { name: /Gửi báo cáo/ });
        await dialog.waitFor();
        await findings.check(editing.page, '/reports/:id (submit confirm)');
        await editing.page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      } else {
        const notice = editing.page.locator('.ant-message-notice').filter({ hasText: /nhóm đã hoàn tất/ });
        await notice.waitFor();
        await findings.check(editing.page, '/reports/:id (submit refused: task groups without status)');
      }
    }
    await editing.context.close();
    await context.close();
    expect(findings.report).toBe('');
  });

  it('the office (vanphong): periods, a period, new period, units, review and its return dialog, queue, dashboard, summary, audit', async () => {
    const findings = new Findings();
    const { context, page } = await signedIn(browser, 'vanphong');
    const api = await apiAs('vanphong');
    const periodId = await demoPeriodId(api);
    const board = (await api('GET', `/api/periods/${periodId}/reports`)).items as { reportId: string; agencyId: string; state: string }[];
    // Công an tỉnh's late report waits for the office in the demo data: its review page has the return button.
    const sent = board.find((row) => row.state === 'submitted')!;
    expect(sent).toBeDefined();
    // A draft of this test's own (the demo's task groups), where the office edits a group and its short name.
    const draft = await api('POST', '/api/periods', {
      title: 'Kỳ dự thảo kiểm tra trợ năng',
      kind: 'ad_hoc',
      year: 2027,
      sequence: null,
      cutOffFrom: '2027-01-01',
      cutOffTo: '2027-06-14',
      dueDate: '2027-06-17',
      requiresHeadApproval: false,
      copyFromPeriodId: periodId,
    });
    for (const viewport of WIDTHS) {
      await page.setViewportSize(viewport);
      await visit(page, findings, `/periods/${draft.id}`, '/periods/:id (draft)');
      await page.getByRole('button', { name: 'Sửa nhóm nhiệm vụ (2)' }).click();
      const groupForm = page.getByRole('dialog', { name: 'Sửa nhóm nhiệm vụ (2)' });
      await groupForm.getByLabel('Tên ngắn').waitFor();
      await findings.check(page, '/periods/:id (task group form)');
      await page.keyboard.press('Escape');
      await groupForm.waitFor({ state: 'hidden' });
      await visit(page, findings, '/periods');
      await checkKeyboard(page, findings, '/periods');
      await checkShellOverlays(page, findings, viewport.width);
      await visit(page, findings, `/periods/${periodId}`, '/periods/:id');
      await visit(page, findings, '/periods/new');
      await visit(page, findings, '/agencies');
      await visit(page, findings, `/agencies/${sent.agencyId}`, '/agencies/:id');
      await visit(page, findings, `/reports/${sent.reportId}/review`, '/reports/:id/review');
      await page.getByRole('button', { name: 'Yêu cầu bổ sung' }).first().click();
      const dialog = page.getByRole('dialog', { name: /Yêu cầu bổ sung/ });
      await dialog.waitFor();
      await findings.check(page, '/reports/:id/review (return dialog)');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await visit(page, findings, '/review-queue');
      await visit(page, findings, `/periods/${periodId}/dashboard`, '/periods/:id/dashboard');
      await visit(page, findings, `/periods/${periodId}/summary`, '/periods/:id/summary');
      await visit(page, findings, '/audit');
      await visit(page, findings, '/notifications');
      await visit(page, findings, '/profile');
    }
    await context.close();
    expect(findings.report).toBe('');
  });

  it('a leader (lanhdao): the dashboard, a period, the summary, notifications', async () => {
    const findings = new Findings();
    const { context, page } = await signedIn(browser, 'lanhdao');
    const periodId = await demoPeriodId(await apiAs('lanhdao'));
    for (const viewport of WIDTHS) {
      await page.setViewportSize(viewport);
      await visit(page, findings, `/periods/${periodId}/dashboard`, '/periods/:id/dashboard');
      await checkKeyboard(page, findings, '/periods/:id/dashboard', 40);
      await checkShellOverlays(page, findings, viewport.width);
      await visit(page, findings, '/periods');
      await visit(page, findings, `/periods/${periodId}`, '/periods/:id');
      await visit(page, findings, `/periods/${periodId}/summary`, '/periods/:id/summary');
      await visit(page, findings, '/notifications');
      await visit(page, findings, '/profile');
    }
    await context.close();
    expect(findings.report).toBe('');
  });

  it('the administrator (quantri): users, import, units, settings, outbox, audit, a dashboard without report links', async () => {
    const findings = new Findings();
    const { context, page } = await signedIn(browser, 'quantri');
    const periodId = await demoPeriodId(await apiAs('quantri'));
    for (const viewport of WIDTHS) {
      await page.setViewportSize(viewport);
      await visit(page, findings, '/users');
      await checkKeyboard(page, findings, '/users');
      await checkShellOverlays(page, findings, viewport.width);
      await visit(page, findings, '/import');
      await visit(page, findings, '/agencies');
      await visit(page, findings, '/settings');
      await visit(page, findings, '/outbox');
      await visit(page, findings, '/audit');
      await visit(page, findings, '/profile');
      await visit(page, findings, `/periods/${periodId}/dashboard`, '/periods/:id/dashboard (administrator)');
    }
    await context.close();
    expect(findings.report).toBe('');
  });
});
