import type { Locator, Page } from 'playwright-core';

/**
 * Chooses an option of the antd Select labelled `label`: within `scope` (e.g. a dialog) when the
 * page has another of that name; typed first with `search`, since a long list renders only the
 * options in view.
 */
export async function choose(page: Page, label: string, option: string, { scope = page, search = false }: { scope?: Page | Locator; search?: boolean } = {}): Promise<void> {
  const openDropdown = () => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await page.waitForFunction(openDropdown);
  const select = scope.getByLabel(label, { exact: true });
  await select.click();
  const choice = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option }).first();
  if (search) {
    // Enter takes the first option the typed text leaves, as it does for a person typing.
    await select.fill(option);
    await choice.waitFor();
    await select.press('Enter');
  } else {
    await choice.click();
  }
  // The dropdown animates out; the next Select must not find this one still on screen. On a busy
  // machine it has stayed open once in many runs after the choice (CI, two browser files at once):
  // Escape closes it, as a person would; a choice that did not take shows in what the test checks next.
  const closed = await page.waitForFunction(openDropdown, undefined, { timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (!closed) {
    await page.keyboard.press('Escape');
    await page.waitForFunction(openDropdown);
  }
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
