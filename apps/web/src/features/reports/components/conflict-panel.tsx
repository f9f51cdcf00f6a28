import type { Indicator, ReportSectionDetail } from '@giao-ban/shared';
import { Alert, Button, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/format';
import type { SectionContent } from '../utils/section-content';

function CopyView({ title, subtitle, content, indicators, testId }: {
  title: string;
  subtitle?: string;
  content: SectionContent;
  indicators: Indicator[];
  testId: string;
}) {
  const { t } = useTranslation();
  const values = new Map(content.indicatorValues.map((value) => [value.indicatorId, value.value]));
  return (
    <section
      aria-label={title}
      data-testid={testId}
      style={{ background: '#fff', border: '1px solid #f0f0f0', borderRadius: 6, padding: 12, height: '100%' }}
    >
      <Typography.Title level={4} style={{ fontSize: 14, margin: '0 0 8px' }}>
        {title}
      </Typography.Title>
      {subtitle ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '-4px 0 8px' }}>
          {subtitle}
        </Typography.Paragraph>
      ) : null}
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
        {content.text || <Typography.Text type="secondary">{t('reports.editor.empty')}</Typography.Text>}
      </Typography.Paragraph>
      {content.status ? (
        <Typography.Paragraph style={{ margin: '8px 0 0' }}>
          {t('reports.editor.taskStatus')}: <strong>{t(`reports.taskStatus.${content.status}`)}</strong>
        </Typography.Paragraph>
      ) : null}
      {indicators.length > 0 ? (
        <ul style={{ margin: '8px 0 0', paddingInlineStart: 18 }}>
          {indicators.map((indicator) => (
            <li key={indicator.id}>
              {indicator.name}: <strong>{values.get(indicator.id) ?? '—'}</strong> {indicator.unit}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export interface ConflictPanelProps {
  server: ReportSectionDetail;
  mine: SectionContent;
  indicators: Indicator[];
  onKeepMine: () => void;
  onUseServer: () => void;
  busy?: boolean;
}

/**
 * A 409 STALE_VERSION: someone saved this section first. The server's copy beside the user's own;
 * nothing is overwritten until the user chooses.
 */
export function ConflictPanel({ server, mine, indicators, onKeepMine, onUseServer, busy }: ConflictPanelProps) {
  const { t } = useTranslation();
  const serverContent: SectionContent = {
    text: server.text,
    status: server.taskGroupId ? server.status : null,
    indicatorValues: server.indicatorValues,
  };
  return (
    <Alert
      type="error"
      role="alert"
      style={{ marginBottom: 12 }}
      title={t('reports.conflict.title')}
      description={
        <Flex vertical gap={12}>
          <Typography.Text>{t('reports.conflict.description')}</Typography.Text>
          <Row gutter={[12, 12]}>
            <Col xs={24} md={12}>
              <CopyView
                title={t('reports.conflict.server')}
                subtitle={t('reports.conflict.updatedAt', { time: formatInstant(server.updatedAt) })}
                content={serverContent}
                indicators={indicators}
                testId="conflict-server"
              />
            </Col>
            <Col xs={24} md={12}>
              <CopyView title={t('reports.conflict.mine')} content={mine} indicators={indicators} testId="conflict-mine" />
            </Col>
          </Row>
          <Flex wrap gap={8}>
            <Button type="primary" onClick={onKeepMine} loading={busy}>
              {t('reports.conflict.keepMine')}
            </Button>
            <Button onClick={onUseServer} disabled={busy}>
              {t('reports.conflict.useServer')}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}
