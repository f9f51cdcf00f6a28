import type { ReportDetail } from '@giao-ban/shared';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReportAttachments } from './report-attachments';
import { ReviewNotes } from './review-notes';
import { ReviewSectionCard } from './review-section-card';

/** The report's sections, task groups first, then the general ones and the notes on the whole report. */
export function ReportContent({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const taskGroups = report.sections.filter((section) => section.taskGroup !== null);
  const general = report.sections.filter((section) => section.taskGroup === null);
  return (
    <Flex vertical gap={16}>
      <section aria-labelledby="task-group-sections">
        <Typography.Title level={2} id="task-group-sections" style={{ fontSize: 18 }}>
          {t('review.section.taskGroupsTitle')}
        </Typography.Title>
        <Flex vertical gap={12}>
          {taskGroups.map((section) => (
            <ReviewSectionCard key={section.id} report={report} section={section} />
          ))}
        </Flex>
      </section>
      <section aria-labelledby="general-sections">
        <Typography.Title level={2} id="general-sections" style={{ fontSize: 18 }}>
          {t('review.section.generalTitle')}
        </Typography.Title>
        <Flex vertical gap={12}>
          {general.map((section) => (
            <ReviewSectionCard key={section.id} report={report} section={section} />
          ))}
        </Flex>
      </section>
      <section aria-labelledby="report-notes">
        <Card size="small">
          <Typography.Title level={2} id="report-notes" style={{ fontSize: 16, margin: 0 }}>
            {t('review.notes.wholeReport')}
          </Typography.Title>
          <ReportAttachments
            reportId={report.id}
            attachments={(report.attachments ?? []).filter((attachment) => attachment.sectionId === null)}
          />
          <ReviewNotes
            reportId={report.id}
            sectionId={null}
            notes={report.notes}
            canComment={report.permissions.canComment}
            showEmpty
          />
        </Card>
      </section>
    </Flex>
  );
}
