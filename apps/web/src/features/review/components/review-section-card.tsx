import type { ReportDetail, ReportSectionDetail } from '@giao-ban/shared';
import { Card, Flex, Tag, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionTitle } from '../utils/section-title';
import { ReportAttachments } from './report-attachments';
import { ReviewNotes } from './review-notes';
import { ApplicabilitySwitch } from './applicability-switch';
import { IndicatorValues } from './indicator-values';

/** One section of the report as the office reads it: its text, figures, files and notes. */
export function ReviewSectionCard({ report, section }: { report: ReportDetail; section: ReportSectionDetail }) {
  const { t } = useTranslation();
  const isTaskGroup = section.taskGroup !== null;
  const headingId = useId();
  return (
    <Card size="small" role="region" aria-labelledby={headingId} style={section.returned ? { borderColor: '#ffbb96' } : undefined}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Typography.Title level={3} id={headingId} style={{ fontSize: 16, margin: 0, flex: '1 1 240px' }}>
          {sectionTitle(section)}
        </Typography.Title>
        {isTaskGroup && report.permissions.canSetApplicability ? (
          <ApplicabilitySwitch reportId={report.id} section={section} />
        ) : null}
      </Flex>
      <Flex wrap gap={4} style={{ marginTop: 6 }}>
        {isTaskGroup ? (
          section.status ? (
            <Tag color={section.status === 'done' ? 'green' : section.status === 'in_progress' ? 'blue' : 'default'}>
              {t(`review.taskStatus.${section.status}`)}
            </Tag>
          ) : (
            <Tag>{t('review.section.noStatus')}</Tag>
          )
        ) : null}
        {!section.applicable && section.status !== 'not_applicable' ? <Tag>{t('review.taskStatus.not_applicable')}</Tag> : null}
        {section.returned ? <Tag color="orange">{t('review.section.returned')}</Tag> : null}
      </Flex>
      {section.text ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '8px 0 0' }}>{section.text}</Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('review.section.empty')}
        </Typography.Paragraph>
      )}
      <IndicatorValues section={section} />
      <ReportAttachments
        reportId={report.id}
        attachments={(report.attachments ?? []).filter((attachment) => attachment.sectionId === section.id)}
      />
      <ReviewNotes
        reportId={report.id}
        sectionId={section.id}
        notes={report.notes}
        canComment={report.permissions.canComment}
      />
    </Card>
  );
}
