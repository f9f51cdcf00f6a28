import type { AuditLogEntry, Page } from '@giao-ban/shared';
import { Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '@/components/paged-table';
import { formatInstant } from '@/lib/format';
import { actionLabel, objectTypeLabel } from '../utils/audit-labels';

export interface AuditTableProps {
  data: Page<AuditLogEntry>;
  loading: boolean;
  onPageChange: (page: number) => void;
}

/** The events, newest first; fits 1280 px; on a narrow screen it scrolls sideways with the time fixed. */
export function AuditTable({ data, loading, onPageChange }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  const columns: TableColumnsType<AuditLogEntry> = [
    {
      key: 'time',
      title: t('auditLog.columns.time'),
      width: 130,
      fixed: 'left',
      render: (_, e) => <time dateTime={e.occurredAt}>{formatInstant(e.occurredAt, language)}</time>,
    },
    {
      key: 'actor',
      title: t('auditLog.columns.actor'),
      width: 200,
      render: (_, e) =>
        e.actorName ? (
          <>
            <div>{e.actorName}</div>
            <Typography.Text type="secondary">{e.actorLogin}</Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{t('auditLog.system')}</Typography.Text>
        ),
    },
    { key: 'role', title: t('auditLog.columns.role'), width: 130, render: (_, e) => (e.actorRole ? t(`roles.${e.actorRole}`) : '') },
    { key: 'unit', title: t('auditLog.columns.unit'), width: 170, render: (_, e) => e.agencyName ?? '' },
    { key: 'action', title: t('auditLog.columns.action'), width: 150, render: (_, e) => actionLabel(e.action, t) },
    { key: 'object', title: t('auditLog.columns.object'), width: 100, render: (_, e) => objectTypeLabel(e.objectType, t) },
    { key: 'period', title: t('auditLog.columns.period'), width: 130, render: (_, e) => e.periodTitle ?? '' },
  ];
  return (
    <PagedTable<AuditLogEntry>
      rowKey="id"
      size="small"
      columns={columns}
      data={data}
      loading={loading}
      scroll={{ x: 1010 }}
      locale={{ emptyText: t('auditLog.empty') }}
      totalLabel={(count) => t('auditLog.total', { count })}
      hideOnSinglePage={false}
      onPageChange={onPageChange}
    />
  );
}
