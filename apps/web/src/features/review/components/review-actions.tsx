import type { ReportDetail } from '@giao-ban/shared';
import { Button, Flex, Grid, Modal, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReportDocumentButton } from '@/components/report-document-button';
import { errorMessage } from '@/lib/error-message';
import { useAcceptReport } from '../api/accept-report';

export type ReviewDialog = 'return' | 'reopen' | 'extension' | null;

/** The review decisions the server allows this user (`permissions`), and the .docx. */
export function ReviewActions({ report, onOpen }: { report: ReportDetail; onOpen: (dialog: ReviewDialog) => void }) {
  const { t } = useTranslation();
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  const accept = useAcceptReport(report.id);
  // beside the title on a desktop, under it on a phone
  const wide = Boolean(Grid.useBreakpoint().md);
  const { canReview, canReopen, canExtend } = report.permissions;

  const confirmAccept = () =>
    void modal.confirm({
      title: t('review.accept.confirmTitle'),
      content: t('review.accept.confirmContent', { agency: report.agency.name, version: report.versionNumber }),
      okText: t('review.confirm'),
      cancelText: t('review.cancel'),
      onOk: () =>
        accept.mutateAsync().then(
          () => void toast.success(t('review.accept.done')),
          (error: unknown) => void toast.error(errorMessage(error, t)),
        ),
    });

  return (
    <Flex wrap gap={8} justify={wide ? 'flex-end' : 'flex-start'}>
      {modalHolder}
      {toastHolder}
      {canReview ? (
        <Button type="primary" loading={accept.isPending} onClick={confirmAccept}>
          {t('review.accept.button')}
        </Button>
      ) : null}
      {canReview ? <Button onClick={() => onOpen('return')}>{t('review.return.button')}</Button> : null}
      {canReopen ? <Button onClick={() => onOpen('reopen')}>{t('review.reopen.button')}</Button> : null}
      {canExtend ? <Button onClick={() => onOpen('extension')}>{t('review.extension.button')}</Button> : null}
      <ReportDocumentButton reportId={report.id} />
    </Flex>
  );
}
