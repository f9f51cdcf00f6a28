import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const baseUrl = (): string => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: global setup did not run');
  return url;
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

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, login: string, password = 'GiaoBan@2021'): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('Tên đăng nhập').fill(login);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
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
