import type { DashboardUnitRow, SubmissionStatus } from '@giao-ban/shared';
import { Flex, Grid, Switch, Table, type TableColumnsType } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeadlineTag } from '@/components/deadline-standing';
import { unitRowSelection, UnitSelectionBar, useUnitSelection, type UnitSelectionAction } from '@/components/unit-selection';
import { formatDate } from '@/lib/format';
import { useNumberFormat } from '../hooks/use-number-format';
import { useUnitPages } from '../hooks/use-unit-pages';
import { formatDateTime } from '@/lib/format';
import type { ReportHref } from '../utils/report-href';
import { PrintedPageNote, UnitsQueryState } from './units-query-state';

/** Rows of the overdue list per page. */
export const OVERDUE_PAGE_SIZE = 20;

const OVERDUE: SubmissionStatus[] = ['missing_overdue'];
const OVERDUE_OR_LATE: SubmissionStatus[] = ['missing_overdue', 'late'];

/**
 * "Đơn vị chưa gửi báo cáo": the units past their due date with nothing sent (and, on request,
 * those that sent late), most overdue first, with whom to call and when they were last reminded.
 * The server filters, orders and pages (20 a page; the pager shows only when there are more).
 * Given `unitAction` (the office's đôn đốc), the units still to send can be chosen, across pages.
 */
export function OverdueTable({
  periodId,
  reportHref,
  unitAction,
}: {
  periodId: string;
  reportHref: ReportHref;
  unitAction?: UnitSelectionAction;
}) {
  const { t } = useTranslation();
  const selection = useUnitSelection();
  const { count } = useNumberFormat();
  const screens = Grid.useBreakpoint();
  const [includeLate, setIncludeLate] = useState(false);
  const switchId = useId();
  const { units, page, setPage } = useUnitPages(
    periodId,
    { status: includeLate ? OVERDUE_OR_LATE : OVERDUE, order: 'most_overdue' },
    OVERDUE_PAGE_SIZE,
  );

  const onIncludeLate = (checked: boolean) => {
    setIncludeLate(checked);
    setPage(1);
  };

  const columns: TableColumnsType<DashboardUnitRow> = [
    {
      key: 'unit',
      title: t('dashboard.overdue.columns.unit'),
      width: 200,
      render: (_, unit) => (reportHref ? <Link to={reportHref(unit.reportId)}>{unit.agencyName}</Link> : unit.agencyName),
    },
    { key: 'status', title: t('dashboard.overdue.columns.status'), width: 170, render: (_, unit) => <DeadlineTag standing={unit.deadline} /> },
    { key: 'dueDate', title: t('dashboard.overdue.columns.dueDate'), width: 110, render: (_, unit) => formatDate(unit.effectiveDueDate) },
    {
      key: 'contact',
      title: t('dashboard.overdue.columns.contact'),
      render: (_, unit) =>
        unit.contacts.length === 0 ? (
          <span className="gb-muted">{t('dashboard.overdue.noContact')}</span>
        ) : (
          unit.contacts.map((contact) => <div key={`${contact.fullName}-${contact.email ?? ''}`}>{contact.fullName}</div>)
        ),
    },
    {
      key: 'email',
      title: t('dashboard.overdue.columns.email'),
      render: (_, unit) => {
        const withEmail = unit.contacts.filter((contact) => contact.email);
        return withEmail.length === 0
          ? '—'
          : withEmail.map((contact) => (
              <div key={contact.email}>
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </div>
            ));
      },
    },
    {
      key: 'lastReminder',
      title: t('dashboard.overdue.columns.lastReminder'),
      width: 140,
      render: (_, unit) => formatDateTime(unit.lastReminderAt) || '—',
    },
  ];

  const body = (
    <UnitsQueryState units={units}>
      {({ items, total, page: shownPage }) => (
        <>
          <PrintedPageNote page={shownPage} pageSize={OVERDUE_PAGE_SIZE} shown={items.length} total={total} />
          <Table<DashboardUnitRow>
            className="gb-print-table gb-overdue-table"
            rowKey="reportId"
            size="small"
            rowSelection={unitAction ? unitRowSelection(items, selection, (unit) => t('common.selection.choose', { name: unit.agencyName })) : undefined}
            columns={columns}
            dataSource={items}
            loading={units.isPlaceholderData && units.isFetching}
            pagination={{
              current: page,
              pageSize: OVERDUE_PAGE_SIZE,
              total,
              hideOnSinglePage: true,
              showSizeChanger: false,
              showLessItems: true,
              simple: !screens.md,
              showTotal: (value) => t('dashboard.units.total', { total: count(value) }),
              className: 'gb-no-print',
              'aria-label': t('dashboard.overdue.pager'),
              onChange: setPage,
            }}
            scroll={{ x: 900 }}
            locale={{ emptyText: includeLate ? t('dashboard.overdue.emptyWithLate') : t('dashboard.overdue.empty') }}
          />
        </>
      )}
    </UnitsQueryState>
  );

  return (
    <>
      <Flex align="center" gap={8} className="gb-no-print" style={{ marginBottom: 12 }}>
        <Switch id={switchId} size="small" checked={includeLate} onChange={onIncludeLate} />
        <label htmlFor={switchId}>{t('dashboard.overdue.includeLate')}</label>
      </Flex>
      {unitAction ? (
        <div className="gb-no-print">
          <UnitSelectionBar selection={selection} action={unitAction} />
        </div>
      ) : null}
      {body}
    </>
  );
}
