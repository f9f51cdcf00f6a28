import type { DiffPart, TaskStatus, VersionComparison } from '@giao-ban/shared';
import { Card, Empty, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { errorMessage } from '@/lib/error-message';
import { formatInstant } from '@/lib/format';
import { useCompareReportVersions } from '../api/compare-report-versions';
import { useReportVersions } from '@/lib/api/reports';

const REMOVED_STYLE = { color: '#a8071a', background: '#fff1f0', textDecoration: 'line-through' } as const;
const ADDED_STYLE = { color: '#135200', background: '#f6ffed', textDecoration: 'none' } as const;

/** A word diff: removed words red and struck through, added words green. */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <p style={{ whiteSpace: 'pre-wrap', margin: 0, lineHeight: 1.7 }}>
      {parts.map((part, index) => {
        if (part.removed) {
          return (
            <del key={index} style={REMOVED_STYLE}>
              {part.value}
            </del>
          );
        }
        if (part.added) {
          return (
            <ins key={index} style={ADDED_STYLE}>
              {part.value}
            </ins>
          );
        }
        return <span key={index}>{part.value}</span>;
      })}
    </p>
  );
}

function StatusChange({ from, to }: { from: TaskStatus | null; to: TaskStatus | null }) {
  const { t } = useTranslation();
  if (from === to) return null;
  const name = (status: TaskStatus | null) => (status ? t(`reports.taskStatus.${status}`) : t('reports.versions.none'));
  return (
    <Typography.Paragraph style={{ margin: '0 0 8px' }}>
      {t('reports.versions.statusChange', { from: name(from), to: name(to) })}
    </Typography.Paragraph>
  );
}

function ComparisonView({ comparison }: { comparison: VersionComparison }) {
  const { t } = useTranslation();
  const changed = comparison.sections.filter((section) => section.changed);
  const unchanged = comparison.sections.length - changed.length;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={12} aria-hidden="true" style={{ fontSize: 13 }}>
        <del style={REMOVED_STYLE}>{t('reports.versions.legendRemoved')}</del>
        <ins style={ADDED_STYLE}>{t('reports.versions.legendAdded')}</ins>
      </Flex>
      {changed.length === 0 ? <Empty description={t('reports.versions.noChanges')} /> : null}
      {changed.map((section) => (
        <section key={section.key} aria-label={section.title}>
          <Card
            size="small"
            title={
              <Typography.Title level={3} style={{ fontSize: 15, margin: '4px 0', whiteSpace: 'normal' }}>
                {section.title}
              </Typography.Title>
            }
          >
            <StatusChange from={section.statusFrom} to={section.statusTo} />
            <DiffText parts={section.diff} />
          </Card>
        </section>
      ))}
      {changed.length > 0 && unchanged > 0 ? (
        <Typography.Text type="secondary">{t('reports.versions.unchanged', { count: unchanged })}</Typography.Text>
      ) : null}
    </Flex>
  );
}

export interface VersionCompareProps {
  reportId: string;
  /** Optional control of the pair compared (e.g. from the URL); by default the last two versions. */
  from?: number | null;
  to?: number | null;
  onChange?: (pair: { from: number; to: number }) => void;
}

/**
 * Compares two submitted versions of a report: a choice of the two versions, then each changed
 * section's word diff. Used by the unit's editor and by the standing office's review.
 */
export function VersionCompare({ reportId, from: fromProp, to: toProp, onChange }: VersionCompareProps) {
  const { t } = useTranslation();
  const versions = useReportVersions(reportId);
  const [picked, setPicked] = useState<{ from: number | null; to: number | null }>({ from: null, to: null });

  const numbers = versions.data?.map((version) => version.number) ?? [];
  const latest = numbers.at(-1) ?? null;
  const beforeLatest = numbers.at(-2) ?? null;
  const valid = (value: number | null | undefined) => (value != null && numbers.includes(value) ? value : null);
  const from = valid(fromProp) ?? valid(picked.from) ?? beforeLatest;
  const to = valid(toProp) ?? valid(picked.to) ?? latest;

  const comparison = useCompareReportVersions(reportId, from, to);

  if (versions.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (versions.isError) return <ErrorResult message={errorMessage(versions.error, t)} onRetry={() => void versions.refetch()} />;
  if (numbers.length < 2 || from === null || to === null) return <Empty description={t('reports.versions.needTwo')} />;

  const choose = (next: { from: number; to: number }) => {
    setPicked(next);
    onChange?.(next);
  };
  const options = (versions.data ?? []).map((version) => ({
    value: version.number,
    label: `${t('reports.versions.number', { number: version.number })} · ${formatInstant(version.submittedAt)}`,
  }));

  let body;
  if (from === to) body = <Empty description={t('reports.versions.noChanges')} />;
  else if (comparison.isPending) body = <ContentSpinner label={t('common.loading')} />;
  else if (comparison.isError)
    body = <ErrorResult message={errorMessage(comparison.error, t)} onRetry={() => void comparison.refetch()} />;
  else body = <ComparisonView comparison={comparison.data} />;

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={12} align="center">
        <label style={{ display: 'flex', flexDirection: 'column', gap: 4, minWidth: 220, flex: '1 1 220px', maxWidth: 320 }}>
          <span>{t('reports.versions.from')}</span>
          <Select<number>
            aria-label={t('reports.versions.from')}
            value={from}
            options={options}
            onChange={(value) => choose({ from: value, to })}
          />
        </label>
        <label style={{ display: 'flex', flexDirection: 'column', gap: 4, minWidth: 220, flex: '1 1 220px', maxWidth: 320 }}>
          <span>{t('reports.versions.to')}</span>
          <Select<number>
            aria-label={t('reports.versions.to')}
            value={to}
            options={options}
            onChange={(value) => choose({ from, to: value })}
          />
        </label>
      </Flex>
      {body}
    </Flex>
  );
}
