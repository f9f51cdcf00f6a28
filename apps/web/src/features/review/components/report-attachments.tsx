import type { Attachment } from '@giao-ban/shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { API_PREFIX } from '@/lib/api-client';
import { formatDateTime, formatNumber } from '@/lib/format';

function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** The evidence files of a section (or of the whole report), read-only, each a download link. */
export function ReportAttachments({ reportId, attachments }: { reportId: string; attachments: Attachment[] }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text strong style={{ fontSize: 13 }}>
        {t('review.attachments.title')} ({attachments.length})
      </Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {attachments.map((attachment) => (
          <li key={attachment.id} style={{ fontSize: 13 }}>
            <a
              href={`${API_PREFIX}/reports/${encodeURIComponent(reportId)}/attachments/${encodeURIComponent(attachment.id)}`}
              download={attachment.fileName}
            >
              {attachment.fileName}
            </a>
            <Typography.Text type="secondary">
              {` · ${attachment.fileType.toUpperCase()} · ${fileSize(attachment.sizeBytes)} · ${attachment.uploadedByName} · ${formatDateTime(attachment.uploadedAt)}`}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
