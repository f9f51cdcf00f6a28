import { buildUrl } from '@/lib/api-client';

/**
 * `GET /import/template.xlsx`: a plain link, so the browser downloads the workbook with the session
 * cookie (same origin) instead of the app buffering it.
 */
export function importTemplateUrl(): string {
  return buildUrl('/import/template.xlsx');
}
