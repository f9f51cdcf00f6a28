import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The app of this jest worker: global setup starts one per worker, on a database of its own. */
export const baseUrl = (): string => {
  const urls = process.env.E2E_BASE_URLS?.split(' ');
  if (!urls) throw new Error('E2E_BASE_URLS is not set: global setup did not run');
  return urls[(Number(process.env.JEST_WORKER_ID ?? '1') - 1) % urls.length]!;
};

/** Debian's Chromium (no browser downloads here), headless and root-safe; playwright gives it a fresh profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const screenshotDir = path.resolve(__dirname, '../../../tmp/screenshots');

/** The whole page by default; `fullPage: false` for what the viewport shows (an open dialog scrolls on its own). */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
}

export async function signIn(page: Page, login: string, password = 'GiaoBan@2021'): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('Tên đăng nhập').fill(login);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** A user's own API calls, as their browser would make them, for what a test sets up around the screens it drives. */
export async function apiAs(login: string, password = 'GiaoBan@2021') {
  const response = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${login}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.status === 204 ? undefined : r.json();
  };
}

/** Fills every applicable task group of a report (its own text kept where it has some) and submits it, through the API. */
export async function submitReportViaApi(api: Awaited<ReturnType<typeof apiAs>>, reportId: string, text: string): Promise<void> {
  const report = await api('GET', `/api/reports/${reportId}`);
  for (const section of report.sections.filter((s: { taskGroup: unknown; applicable: boolean }) => s.taskGroup && s.applicable)) {
    await api('PUT', `/api/reports/${reportId}/sections/${section.id}`, { version: section.version, text: section.text || text, status: 'done' });
  }
  await api('POST', `/api/reports/${reportId}/submit`);
}

const DEMO_PERIOD_TITLE = 'Báo cáo 6 tháng cuối năm 2021';

/**
 * A signed-in user's way to a page of the demo period (`summary`, `dashboard`): through the periods
 * list, since other tests may have opened newer periods that the landing page would pick.
 */
export async function openDemoPeriodPage(page: Page, subpage: 'summary' | 'dashboard'): Promise<void> {
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.goto(`${baseUrl()}/periods`);
  await page.getByRole('link', { name: DEMO_PERIOD_TITLE }).first().click();
  await page.waitForURL(/\/periods\/[0-9a-f-]{36}$/);
  await page.goto(`${page.url()}/${subpage}`);
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * The whole page at 1280 and 390 px wide (`<name>-1280.png`, `<name>-390.png`), once layout has
 * settled; `reopen` opens again, at each width, what is placed as it opens (a popover, a panel).
 */
export async function screenshotAtWidths(page: Page, name: string, reopen?: () => Promise<void>): Promise<void> {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await reopen?.();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.waitForTimeout(300);
    await screenshot(page, `${name}-${viewport.width}`);
  }
  await page.setViewportSize(DESKTOP);
}

/**
 * A period of a test file's own, copied from the demo period (its task groups), with these units,
 * opened: the demo period's figures other files count stay as they are. Ad hoc unless a kind and
 * sequence are given (a periodic slot is one period only: choose one no other file takes). Returns its id.
 */
export async function openOwnPeriod(
  office: (method: string, path: string, body?: unknown) => Promise<any>,
  period: { title: string; year: number; cutOffFrom: string; cutOffTo: string; dueDate: string; confirmPastDue?: boolean; kind?: 'half_year'; sequence?: 1 | 2 },
  unitNames: string[],
): Promise<string> {
  const periods = (await office('GET', '/api/periods?pageSize=100')).items as { id: string; title: string }[];
  const demo = periods.find((p) => p.title === DEMO_PERIOD_TITLE)!;
  const agencies = (await office('GET', '/api/agencies?pageSize=100')).items as { id: string; name: string }[];
  const { confirmPastDue, ...fields } = period;
  const created = await office('POST', '/api/periods', {
    kind: 'ad_hoc',
    sequence: null,
    ...fields,
    requiresHeadApproval: false,
    copyFromPeriodId: demo.id,
    ...(confirmPastDue ? { confirmPastDue } : {}),
  });
  await office('PUT', `/api/periods/${created.id}/agencies`, {
    agencyIds: unitNames.map((name) => agencies.find((a) => a.name === name)!.id),
  });
  await office('POST', `/api/periods/${created.id}/open`, confirmPastDue ? { confirmPastDue } : {});
  return created.id;
}
