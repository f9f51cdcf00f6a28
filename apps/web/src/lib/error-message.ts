import type { TFunction } from 'i18next';
import { isApiError } from './api-client';

/**
 * A sentence for the user, in the UI language, for whatever a request threw.
 * Every `ErrorCode` of libs/shared must have an `errors.*` entry in the locale files: a code
 * added there without a message fails the typecheck here.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  const fallback = t('errors.INTERNAL_ERROR');
  if (!isApiError(error)) return fallback;
  const message = t(`errors.${error.code}`, { defaultValue: fallback });
  // A server fault is the operator's to find: the id names its log line.
  return error.status >= 500 && error.requestId ? t('common.withRequestId', { message, requestId: error.requestId }) : message;
}
