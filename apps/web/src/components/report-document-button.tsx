import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { API_PREFIX } from '@/lib/api-client';

/** `GET /reports/:id/document.docx`: the unit's report as the .docx it prints, signs and files. */
export function reportDocumentHref(reportId: string): string {
  return `${API_PREFIX}/reports/${encodeURIComponent(reportId)}/document.docx`;
}

/**
 * "Tải báo cáo (.docx)": a plain link, so the browser downloads the file with the session cookie
 * (same origin) instead of the app buffering it. On the unit's report screen and the office's
 * review screen; the API marks a report the committee has not received "BẢN NHÁP".
 */
export function ReportDocumentButton({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  return (
    <Button href={reportDocumentHref(reportId)} download>
      {t('reports.document.download')}
    </Button>
  );
}
