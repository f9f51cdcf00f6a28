import { importPlanIsEmpty, MAX_IMPORT_FILE_BYTES, type DirectoryImportRefusal, type DirectoryImportResult, type DirectoryImportReview } from '@giao-ban/shared';
import { Alert, Button, Card, Flex, Modal, Statistic, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useApplyImport } from '../api/apply-import';
import { useCheckImport } from '../api/check-import';
import { importTemplateUrl } from '../api/import-template';
import { ImportPlanTables } from './import-plan-tables';
import { ImportProblemsTable } from './import-problems-table';
import { ImportResult } from './import-result';

const MB = MAX_IMPORT_FILE_BYTES / 1024 / 1024;
const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * "Nhập từ Excel": the administrator downloads the template (the directory as it is), uploads the
 * edited file for a check that writes nothing, reads what would be created and changed and every
 * invalid row, and applies a valid file in one go. The file stays in the page's memory only: apply
 * sends it again and the server checks it again.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  const [modal, modalHolder] = Modal.useModal();
  const check = useCheckImport();
  const apply = useApplyImport();
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [review, setReview] = useState<DirectoryImportReview | null>(null);
  const [result, setResult] = useState<DirectoryImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const choose = (chosen: File) => {
    setReview(null);
    setFailure(null);
    check.reset();
    if (!/\.xlsx$/i.test(chosen.name)) {
      setFile(null);
      setFileProblem(t('directoryImport.steps.notXlsx'));
    } else if (chosen.size > MAX_IMPORT_FILE_BYTES) {
      setFile(null);
      setFileProblem(t('directoryImport.steps.tooLarge', { mb: MB }));
    } else {
      setFile(chosen);
      setFileProblem(null);
    }
    return false; // kept in the page, sent by "Kiểm tra"
  };

  const runCheck = () => {
    if (!file) return;
    setFailure(null);
    check.mutate(file, { onSuccess: setReview, onError: (error) => setFailure(errorMessage(error, t)) });
  };

  const runApply = () => {
    if (!file || !review) return;
    const n = { unitsCreate: review.plan.units.create.length, unitsChange: review.plan.units.change.length, usersCreate: review.plan.users.create.length, usersChange: review.plan.users.change.length };
    void modal.confirm({
      title: t('directoryImport.confirm.title'),
      content: t('directoryImport.confirm.content', n),
      okText: t('directoryImport.confirm.ok'),
      cancelText: t('directoryImport.confirm.cancel'),
      onOk: () =>
        apply.mutateAsync(file).then(setResult, (error: unknown) => {
          // The data changed since the check: the answer lists the problems as the check would.
          if (isApiError(error) && error.code === 'IMPORT_INVALID') {
            setReview({ valid: false, plan: review.plan, problems: (error.details as unknown as DirectoryImportRefusal).problems });
          }
          setFailure(errorMessage(error, t));
        }),
    });
  };

  const again = () => {
    setResult(null);
    setReview(null);
    setFile(null);
    setFailure(null);
  };

  const header = <PageHeader title={t('directoryImport.title')} description={t('directoryImport.description')} />;
  if (result) {
    return (
      <>
        {header}
        <ImportResult result={result} onAgain={again} />
      </>
    );
  }

  const canApply = review !== null && review.valid && !importPlanIsEmpty(review.plan);
  return (
    <>
      {modalHolder}
      {header}
      <Flex vertical gap={16}>
        <Card title={t('directoryImport.steps.template')} size="small">
          <Typography.Paragraph type="secondary">{t('directoryImport.steps.templateHint')}</Typography.Paragraph>
          <Button href={importTemplateUrl()} download>
            {t('directoryImport.steps.download')}
          </Button>
        </Card>

        <Card title={t('directoryImport.steps.file')} size="small">
          <Typography.Paragraph type="secondary">{t('directoryImport.steps.fileHint', { mb: MB })}</Typography.Paragraph>
          <Flex wrap gap={8} align="center">
            <Upload accept={XLSX_TYPES} maxCount={1} showUploadList={false} beforeUpload={choose}>
              <Button>{t('directoryImport.steps.choose')}</Button>
            </Upload>
            <Button type="primary" disabled={!file} loading={check.isPending} onClick={runCheck}>
              {t('directoryImport.steps.check')}
            </Button>
          </Flex>
          {file ? (
            <Typography.Paragraph style={{ margin: '8px 0 0', overflowWrap: 'anywhere' }}>
              {t('directoryImport.steps.chosen')} <Typography.Text strong>{file.name}</Typography.Text>
            </Typography.Paragraph>
          ) : null}
          {fileProblem ? <Alert type="error" showIcon title={fileProblem} style={{ marginTop: 8 }} /> : null}
        </Card>

        {failure ? <Alert type="error" showIcon title={failure} /> : null}

        {review ? (
          <Card title={t('directoryImport.steps.review')} size="small" data-testid="import-review">
            <ReviewSummary review={review} />
            {review.problems.length ? (
              <section style={{ marginTop: 16 }}>
                <Typography.Title level={2} style={{ fontSize: 16 }}>
                  {t('directoryImport.problems.title')}
                </Typography.Title>
                <ImportProblemsTable problems={review.problems} />
              </section>
            ) : null}
            <ImportPlanTables plan={review.plan} />
            <Flex justify="flex-end" style={{ marginTop: 16 }}>
              <Button type="primary" size="large" disabled={!canApply} loading={apply.isPending} onClick={runApply}>
                {t('directoryImport.apply')}
              </Button>
            </Flex>
          </Card>
        ) : null}
      </Flex>
    </>
  );
}

function ReviewSummary({ review }: { review: DirectoryImportReview }) {
  const { t } = useTranslation();
  const { plan } = review;
  const nothing = importPlanIsEmpty(plan);
  const figures: [string, number][] = [
    [t('directoryImport.summary.unitsCreate'), plan.units.create.length],
    [t('directoryImport.summary.unitsChange'), plan.units.change.length],
    [t('directoryImport.summary.usersCreate'), plan.users.create.length],
    [t('directoryImport.summary.usersChange'), plan.users.change.length],
    [t('directoryImport.summary.unchanged'), plan.units.unchanged + plan.users.unchanged],
    [t('directoryImport.summary.problems'), review.problems.length],
  ];
  return (
    <>
      <Alert
        type={review.valid ? (nothing ? 'info' : 'success') : 'error'}
        showIcon
        title={review.valid ? (nothing ? t('directoryImport.summary.nothing') : t('directoryImport.summary.valid')) : t('directoryImport.summary.invalid', { count: review.problems.length })}
      />
      <Flex wrap gap={24} style={{ marginTop: 12 }}>
        {figures.map(([label, value]) => (
          <Statistic key={label} title={label} value={value} />
        ))}
      </Flex>
    </>
  );
}
