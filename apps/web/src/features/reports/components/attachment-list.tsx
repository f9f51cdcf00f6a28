import { MAX_ATTACHMENT_BYTES, type Attachment, type AttachmentType } from '@giao-ban/shared';
import { Button, Flex, Popconfirm, Typography, Upload, type UploadProps } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatNumber } from '@/lib/format';
import { useDeleteAttachment } from '../api/delete-attachment';
import { attachmentDownloadUrl } from '../api/download-attachment';
import { useUploadAttachment } from '../api/upload-attachment';
import { formatDateTime } from '@/lib/format';

/** What the file picker offers; the server decides by the content, not the name. */
export const ATTACHMENT_ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';
const ACCEPTED_EXTENSIONS = ATTACHMENT_ACCEPT.split(',');

const TYPE_LABELS: Record<AttachmentType, string> = {
  pdf: 'PDF',
  docx: 'Word',
  xlsx: 'Excel',
  jpg: 'JPG',
  png: 'PNG',
};

/** "12 KB", "1,5 MB" in the UI language (Vietnamese: decimal comma). */
export function formatFileSize(bytes: number, language: 'vi' | 'en'): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, language)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} KB`;
}

type ErrorKey = 'tooLarge' | 'unsupported' | 'notEditable';

function errorKey(error: unknown): ErrorKey | null {
  if (!isApiError(error)) return null;
  if (error.code === 'UNSUPPORTED_FILE_TYPE' || error.status === 415) return 'unsupported';
  if (error.code === 'FILE_TOO_LARGE' || error.status === 413) return 'tooLarge';
  if (error.code === 'ILLEGAL_TRANSITION' || error.code === 'PERIOD_NOT_OPEN' || error.status === 409) return 'notEditable';
  return null;
}

export interface AttachmentListProps {
  reportId: string;
  /** The section the files belong to; `null` for the files of the whole report. */
  sectionId: string | null;
  attachments: Attachment[];
  /** The user may attach and remove files here now. */
  editable: boolean;
}

/** The evidence files of a section (or of the whole report): download links, and, while editable, attach and remove. */
export function AttachmentList({ reportId, sectionId, attachments, editable }: AttachmentListProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  const listId = useId();
  const upload = useUploadAttachment(reportId);
  const remove = useDeleteAttachment(reportId);
  const [uploading, setUploading] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const describe = (cause: unknown) => {
    const key = errorKey(cause);
    return key ? t(`reports.attachments.errors.${key}`) : errorMessage(cause, t);
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setError(t('reports.attachments.errors.tooLarge'));
      return Upload.LIST_IGNORE;
    }
    const name = file.name.toLowerCase();
    if (!ACCEPTED_EXTENSIONS.some((extension) => name.endsWith(extension))) {
      setError(t('reports.attachments.errors.unsupported'));
      return Upload.LIST_IGNORE;
    }
    setError(null);
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    setUploading((count) => count + 1);
    upload.mutate(
      { file: file as File, sectionId },
      {
        onSuccess: (attachment) => onSuccess?.(attachment),
        onError: (cause) => {
          setError(describe(cause));
          onError?.(cause instanceof Error ? cause : new Error(String(cause)));
        },
        onSettled: () => setUploading((count) => count - 1),
      },
    );
  };

  const onDelete = (attachment: Attachment) =>
    remove.mutateAsync(attachment.id).then(
      () => setError(null),
      (cause: unknown) => setError(describe(cause)),
    );

  if (!editable && attachments.length === 0) return null;

  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text strong id={listId} style={{ fontSize: 14 }}>
        {t('reports.attachments.title')}
        {attachments.length > 0 ? ` (${attachments.length})` : ''}
      </Typography.Text>
      {attachments.length > 0 ? (
        <ul aria-labelledby={listId} style={{ margin: '4px 0 0', padding: 0, listStyle: 'none' }}>
          {attachments.map((attachment) => (
            <li key={attachment.id} style={{ padding: '4px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Flex gap={8} align="flex-start" justify="space-between" wrap>
                <div style={{ minWidth: 0, flex: '1 1 220px' }}>
                  <a
                    id={`attachment-${attachment.id}`}
                    href={attachmentDownloadUrl(reportId, attachment.id)}
                    download={attachment.fileName}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {attachment.fileName}
                  </a>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[
                        TYPE_LABELS[attachment.fileType] ?? attachment.fileType.toUpperCase(),
                        formatFileSize(attachment.sizeBytes, language),
                        attachment.uploadedByName,
                        formatDateTime(attachment.uploadedAt),
                      ].join(' · ')}
                    </Typography.Text>
                  </div>
                </div>
                {editable ? (
                  <Popconfirm
                    title={t('reports.attachments.deleteConfirm', { name: attachment.fileName })}
                    okText={t('reports.attachments.delete')}
                    cancelText={t('reports.actions.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => onDelete(attachment)}
                  >
                    <Button size="small" danger type="text" aria-describedby={`attachment-${attachment.id}`}>
                      {t('reports.attachments.delete')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Flex>
            </li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <div style={{ marginTop: 8 }}>
          <Upload
            accept={ATTACHMENT_ACCEPT}
            multiple
            showUploadList={false}
            beforeUpload={beforeUpload}
            customRequest={customRequest}
          >
            <Button loading={uploading > 0}>
              {t('reports.attachments.upload')}
            </Button>
          </Upload>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('reports.attachments.hint')}
            </Typography.Text>
          </div>
          {error ? (
            <div role="alert">
              <Typography.Text type="danger" style={{ fontSize: 13 }}>
                {error}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
