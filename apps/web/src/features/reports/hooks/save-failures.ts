import type { FieldError } from '@giao-ban/shared';
import { isApiError } from '@/lib/api-client';
import type { SectionContent } from '../utils/section-content';

/** Waits between retries after a network failure: 2 s, 4 s, 8 s … at most 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 2_000 * 2 ** attempt);
}

/** A failure worth retrying: the network, a rate limit or the server's fault, never the request's. */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return error.code === 'NETWORK_ERROR' || error.status === 0 || error.status === 429 || error.status >= 500;
}

/**
 * Field errors of a 422, by editor field: `text`, `status`, or `indicator:<indicatorId>`; the value
 * is the first failed constraint (`isInt`, `min`…), which the editor words.
 */
export type SectionFieldErrors = Record<string, string>;

/** 422 field paths (`text`, `status`, `indicatorValues.0.value`) onto the editor's fields. */
export function mapFieldErrors(errors: FieldError[], sent: SectionContent): SectionFieldErrors {
  const mapped: SectionFieldErrors = {};
  for (const error of errors) {
    const constraint = Object.keys(error.constraints)[0] ?? 'invalid';
    const indicator = /^indicatorValues\.(\d+)\./.exec(error.field);
    if (indicator) {
      const sentValue = sent.indicatorValues[Number(indicator[1])];
      if (sentValue) mapped[`indicator:${sentValue.indicatorId}`] ??= constraint;
    } else {
      const field = error.field.split('.')[0] || 'text';
      mapped[field] ??= constraint;
    }
  }
  return mapped;
}
