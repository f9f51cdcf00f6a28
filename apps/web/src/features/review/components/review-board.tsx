import {
  REPORT_STATES,
  SUBMISSION_STATUSES,
  submissionStatusTerm,
  type ReportState,
  type ReviewBoardRow,
  type SubmissionStatus,
} from '@giao-ban/shared';
import { Button, Card, Checkbox, Empty, Flex, Grid, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeadlineTag } from '@/components/deadline-standing';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { awaitsSubmission, unitRowSelection, UnitSelectionBar, useUnitSelection, type UnitSelectionAction } from '@/components/unit-selection';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatDateTime } from '@/lib/format';
import { useReviewBoard } from '../api/get-review-board';
import { ReportStateTag } from '@/components/report-state-tag';

function BoardCount({ label, value, color }: { label: string; value: ReactNode; color?: string }) {
  return (
    <div
      style={{
        flex: '1 1 120px',
        padding: '8px 12px',
        background: '#fff',
        border: '1px solid #f0f0f0',
        borderRadius: 8,
      }}
    >
      <div style={{ fontSize: 13, color: 'rgba(0,0,0,0.55)' }}>{label}</div>
      <div style={{ fontSize: 22, fontWeight: 600, color }}>{value}</div>
    </div>
  );
}

function DueDate({ row }: { row: ReviewBoardRow }) {
  const { t } = useTranslation();
  return (
    <span>
      {formatDate(row.effectiveDueDate)}
      {row.extendedDueDate ? (
        <Tag color="purple" style={{ marginInlineStart: 6 }}>
          {t('review.board.extended')}
        </Tag>
      ) : row.unitDueDate ? (
        <Tag color="cyan" style={{ marginInlineStart: 6 }}>
          {t('review.board.ownDueDate')}
        </Tag>
      ) : null}
    </span>
  );
}

/**
 * "Tình hình nộp báo cáo": every unit that must report for the period, its report's state and
 * timeliness, when it was last reminded, with counts and filters. A table on a desktop, cards on a
 * phone. Given `unitAction` (the office's đôn đốc), units whose report is still to be sent can be
 * chosen, the overdue ones at once.
 */
export function ReviewBoard({ periodId, unitAction }: { periodId: string; unitAction?: UnitSelectionAction }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const board = useReviewBoard(periodId);
  const selection = useUnitSelection();
  const [stateFilter, setStateFilter] = useState<ReportState | null>(null);
  const [statusFilter, setStatusFilter] = useState<SubmissionStatus | null>(null);
  const stateFilterId = useId();
  const statusFilterId = useId();

  let body: ReactNode;
  if (board.isPending) body = <ContentSpinner label={t('common.loading')} />;
  else if (board.isError) body = <ErrorResult message={errorMessage(board.error, t)} onRetry={() => void board.refetch()} />;
  else {
    const rows = board.data;
    const count = (statuses: SubmissionStatus[]) => rows.filter((row) => statuses.includes(row.submissionStatus)).length;
    const visible = rows.filter(
      (row) => (!stateFilter || row.state === stateFilter) && (!statusFilter || row.submissionStatus === statusFilter),
    );
    const unitLink = (row: ReviewBoardRow) => <Link to={paths.app.reportReview.getHref(row.reportId)}>{row.agencyName}</Link>;
    const version = (row: ReviewBoardRow) => (row.versionNumber > 0 ? row.versionNumber : '—');
    const lastReminder = (row: ReviewBoardRow) => formatDateTime(row.lastReminderAt) || '—';
    const chooseLabel = (row: ReviewBoardRow) => t('common.selection.choose', { name: row.agencyName });
    const overdue = rows.filter((row) => row.deadline.kind === 'overdue' && awaitsSubmission(row));

    const columns: TableColumnsType<ReviewBoardRow> = [
      // The unit's name takes what the others leave (about 260 px at 1280): two lines at most.
      { key: 'agency', title: t('review.board.columns.agency'), render: (_, row) => unitLink(row) },
      { key: 'state', title: t('review.board.columns.state'), width: 130, render: (_, row) => <ReportStateTag state={row.state} /> },
      {
        key: 'submittedAt',
        title: t('review.board.columns.submittedAt'),
        width: 110,
        render: (_, row) => formatDateTime(row.lastSubmittedAt) || '—',
      },
      {
        key: 'submission',
        title: t('review.board.columns.submission'),
        width: 160,
        render: (_, row) => <DeadlineTag standing={row.deadline} />,
      },
      { key: 'dueDate', title: t('review.board.columns.dueDate'), width: 130, render: (_, row) => <DueDate row={row} /> },
      { key: 'version', title: t('review.board.columns.version'), width: 90, align: 'right', render: (_, row) => version(row) },
      { key: 'lastReminder', title: t('review.board.columns.lastReminder'), width: 110, render: (_, row) => lastReminder(row) },
    ];

    const empty = <Empty description={rows.length === 0 ? t('review.board.empty') : t('review.board.noMatch')} />;

    body = (
      <>
        <Flex wrap gap={8} style={{ marginBottom: 12 }} role="group" aria-label={t('review.board.countsLabel')}>
          <BoardCount
            label={t('review.board.counts.submitted')}
            value={`${count(['on_time', 'late'])}/${rows.length}`}
          />
          <BoardCount label={t('submissionTerms.on_time')} value={count(['on_time'])} color="#237804" />
          <BoardCount label={t('submissionTerms.late')} value={count(['late'])} color="#d46b08" />
          <BoardCount
            label={t('review.board.counts.missing')}
            value={count(['missing_not_due', 'missing_overdue'])}
            color="#cf1322"
          />
        </Flex>
        <Flex wrap gap="8px 16px" style={{ marginBottom: 12 }}>
          <Flex vertical gap={4} style={{ flex: '1 1 220px', maxWidth: 320 }}>
            <label htmlFor={stateFilterId}>{t('review.board.filters.state')}</label>
            <Select<ReportState>
              id={stateFilterId}
              allowClear
              value={stateFilter ?? undefined}
              placeholder={t('review.board.filters.allStates')}
              onChange={(value) => setStateFilter(value ?? null)}
              options={REPORT_STATES.map((state) => ({ value: state, label: t(`reports.state.${state}`) }))}
            />
          </Flex>
          <Flex vertical gap={4} style={{ flex: '1 1 220px', maxWidth: 320 }}>
            <label htmlFor={statusFilterId}>{t('review.board.filters.submission')}</label>
            <Select<SubmissionStatus>
              id={statusFilterId}
              allowClear
              value={statusFilter ?? undefined}
              placeholder={t('review.board.filters.allSubmissions')}
              onChange={(value) => setStatusFilter(value ?? null)}
              options={SUBMISSION_STATUSES.map((status) => ({ value: status, label: t(`submissionTerms.${submissionStatusTerm(status)}`) }))}
            />
          </Flex>
        </Flex>
        {unitAction ? (
          <UnitSelectionBar
            selection={selection}
            action={unitAction}
            shortcuts={
              <Button disabled={overdue.length === 0} onClick={() => selection.replace(overdue)}>
                {t('review.board.selectOverdue')}
              </Button>
            }
          />
        ) : null}
        {screens.md ? (
          <Table<ReviewBoardRow>
            rowKey="reportId"
            size="middle"
            rowSelection={unitAction ? unitRowSelection(visible, selection, chooseLabel) : undefined}
            columns={columns}
            dataSource={visible}
            pagination={false}
            locale={{ emptyText: empty }}
          />
        ) : visible.length === 0 ? (
          empty
        ) : (
          <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {visible.map((row) => (
              <li key={row.reportId}>
                <Card size="small">
                  <Flex gap={8} align="center" style={{ fontWeight: 600, marginBottom: 6 }}>
                    {unitAction && awaitsSubmission(row) ? (
                      <Checkbox
                        aria-label={chooseLabel(row)}
                        checked={selection.isChosen(row.agencyId)}
                        onChange={(event) => selection.set([row], event.target.checked)}
                      />
                    ) : null}
                    {unitLink(row)}
                  </Flex>
                  <Flex wrap gap={4} style={{ marginBottom: 6 }}>
                    <ReportStateTag state={row.state} />
                    <DeadlineTag standing={row.deadline} />
                  </Flex>
                  <dl
                    style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 8px', fontSize: 13 }}
                  >
                    <dt style={{ color: 'rgba(0,0,0,0.55)' }}>{t('review.board.columns.submittedAt')}:</dt>
                    <dd style={{ margin: 0 }}>{formatDateTime(row.lastSubmittedAt) || '—'}</dd>
                    <dt style={{ color: 'rgba(0,0,0,0.55)' }}>{t('review.board.columns.dueDate')}:</dt>
                    <dd style={{ margin: 0 }}>
                      <DueDate row={row} />
                    </dd>
                    <dt style={{ color: 'rgba(0,0,0,0.55)' }}>{t('review.board.columns.version')}:</dt>
                    <dd style={{ margin: 0 }}>{version(row)}</dd>
                    <dt style={{ color: 'rgba(0,0,0,0.55)' }}>{t('review.board.columns.lastReminder')}:</dt>
                    <dd style={{ margin: 0 }}>{lastReminder(row)}</dd>
                  </dl>
                </Card>
              </li>
            ))}
          </Flex>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="review-board-heading" style={{ marginTop: 24 }}>
      <Typography.Title level={2} id="review-board-heading" style={{ fontSize: 20 }}>
        {t('review.board.title')}
      </Typography.Title>
      {body}
    </section>
  );
}
