import type { ReportSectionDetail } from '@giao-ban/shared';
import { Card, Tag, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_SECONDARY } from '@/components/layouts/theme';
import { SECTION_STYLE, sectionElementId, useSectionTitle } from './section-heading';

/** A task group the office marked not applicable to this unit: grey and read-only. */
export function NotApplicableCard({ section }: { section: ReportSectionDetail }) {
  const { t } = useTranslation();
  const title = useSectionTitle()(section);
  const headingId = useId();
  return (
    <section id={sectionElementId(section.id)} aria-labelledby={headingId} style={SECTION_STYLE}>
      <Card
        size="small"
        style={{ background: '#f5f5f5', color: TEXT_SECONDARY }}
        title={
          <Typography.Title level={3} id={headingId} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal', color: 'rgba(0,0,0,0.55)' }}>
            {title}
          </Typography.Title>
        }
        extra={<Tag>{t('reports.editor.notApplicable')}</Tag>}
      >
        <Typography.Text type="secondary">{t('reports.editor.notApplicableHint')}</Typography.Text>
      </Card>
    </section>
  );
}
