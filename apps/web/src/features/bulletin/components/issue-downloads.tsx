import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { bulletinDocxHref, fetchBulletinPdf, isLibreOfficeMissing } from '../api/issue-exports';

/** Hands a fetched file to the browser as a download. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The issue as a print-ready .docx (a plain link) and, once published, as a PDF made from it on the
 * server; where LibreOffice is not installed the screen says so instead of offering a file that
 * cannot be made. Before publication the office downloads a .docx preview only (the API makes no PDF
 * of an issue still being edited).
 */
export function IssueDownloads({ issueId, label, preview }: { issueId: string; label: string; preview: boolean }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fileBase = `Ban-tin-${label.replace(/[^0-9A-Za-z]+/g, '-').replace(/^-|-$/g, '')}`;

  const downloadPdf = async () => {
    setPending(true);
    setProblem(null);
    try {
      saveBlob(await fetchBulletinPdf(issueId), `${fileBase}.pdf`);
    } catch (error) {
      setProblem(isLibreOfficeMissing(error) ? t('bulletin.downloads.noLibreOffice') : errorMessage(error, t));
    } finally {
      setPending(false);
    }
  };

  return (
    <div>
      <Flex wrap gap={8}>
        <Button href={bulletinDocxHref(issueId)} download={`${fileBase}.docx`}>
          {preview ? t('bulletin.downloads.docxPreview') : t('bulletin.downloads.docx')}
        </Button>
        {preview ? null : (
          <Button onClick={() => void downloadPdf()} loading={pending}>
            {t('bulletin.downloads.pdf')}
          </Button>
        )}
      </Flex>
      {preview ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4, fontSize: 13 }}>
          {t('bulletin.downloads.pdfOncePublished')}
        </Typography.Text>
      ) : null}
      {problem ? <Alert role="alert" type="warning" showIcon style={{ marginTop: 8 }} title={problem} /> : null}
    </div>
  );
}
