import type { PastDueDetails } from '@giao-ban/shared';
import type { Modal } from 'antd';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';

/** The details of a 409 PAST_DUE_CONFIRMATION_REQUIRED, or null for any other outcome. */
export function pastDueDetailsOf(error: unknown): PastDueDetails | null {
  if (!isApiError(error) || error.code !== 'PAST_DUE_CONFIRMATION_REQUIRED') return null;
  const details = error.details as Partial<PastDueDetails> | undefined;
  return details && typeof details.dueDate === 'string' ? (details as PastDueDetails) : null;
}

/**
 * What going ahead means, in a sentence: every unit overdue at once (a new period; or an opening
 * where no unit's own date is still ahead), or how many of them.
 */
export function pastDueMessage(details: PastDueDetails, t: TFunction): string {
  const every = details.unitCount === null || details.pastDueAgencyIds.length >= details.unitCount;
  return every
    ? t('periodAdmin.pastDue.every', { date: formatDate(details.dueDate) })
    : t('periodAdmin.pastDue.some', { count: details.pastDueAgencyIds.length, total: details.unitCount });
}

type ModalApi = ReturnType<typeof Modal.useModal>[0];

/**
 * When `error` is the server's past-due refusal, asks the office whether to go ahead, saying what
 * that means, and answers true (`goAhead` repeats the request confirmed); false for any other error.
 */
export function askToGoAheadPastDue(
  error: unknown,
  modal: ModalApi,
  t: TFunction,
  okText: string,
  goAhead: () => Promise<unknown>,
): boolean {
  const details = pastDueDetailsOf(error);
  if (!details) return false;
  void modal.confirm({
    title: t('periodAdmin.pastDue.title'),
    content: pastDueMessage(details, t),
    okText,
    cancelText: t('periodAdmin.cancel'),
    okButtonProps: { danger: true },
    onOk: goAhead,
  });
  return true;
}
