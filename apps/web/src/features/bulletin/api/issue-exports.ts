import { ApiError, API_PREFIX, isApiError } from '@/lib/api-client';

const exportPath = (issueId: string, format: 'docx' | 'pdf') => `${API_PREFIX}/bulletin-issues/${encodeURIComponent(issueId)}/export.${format}`;

/** The issue as a print-ready .docx: a plain link, so the browser downloads it with the session cookie. */
export function bulletinDocxHref(issueId: string): string {
  return exportPath(issueId, 'docx');
}

/**
 * The PDF, made from the .docx by LibreOffice on the server. Asked with fetch rather than a link:
 * where LibreOffice is not installed the API answers 503 `LIBREOFFICE_UNAVAILABLE`, which the
 * screen says in words instead of the browser showing an error page.
 */
export async function fetchBulletinPdf(issueId: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(exportPath(issueId, 'pdf'), { credentials: 'same-origin' });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'The server could not be reached.' });
  }
  if (response.ok) return response.blob();
  const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
  throw new ApiError({
    status: response.status,
    code: (body?.code ?? 'INTERNAL_ERROR') as ApiError['code'],
    message: body?.message ?? `HTTP ${response.status}`,
  });
}

export function isLibreOfficeMissing(error: unknown): boolean {
  return isApiError(error) && error.code === 'LIBREOFFICE_UNAVAILABLE';
}
