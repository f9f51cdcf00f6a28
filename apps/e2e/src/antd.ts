import type { Page } from 'playwright-core';

/** Chooses an option of the antd Select labelled `label`. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const openDropdown = () => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await page.waitForFunction(openDropdown);
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option }).first().click();
  // The dropdown animates out; the next Select must not find this one still on screen.
  await page.waitForFunction(openDropdown);
}

/**
 * Types a dd/MM/yyyy date into the antd DatePicker labelled `label`. Tab commits it (Enter would
 * also submit the surrounding form, as it does for a person).
 */
export async function typeDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}

/** The OK button of the open confirm dialog / modal. */
export async function confirmDialog(page: Page, name: string): Promise<void> {
  await page.locator('.ant-modal-wrap:visible, .ant-modal-confirm:visible').last().getByRole('button', { name, exact: true }).click();
}
