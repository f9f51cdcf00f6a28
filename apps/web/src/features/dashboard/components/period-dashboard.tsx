import type { PeriodDashboard as PeriodDashboardData } from '@giao-ban/shared';
import { Alert, Breadcrumb, Button, Flex, Skeleton } from 'antd';
import { lazy, startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult, ForbiddenResult, PeriodNotFoundResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { PageHeader } from '@/components/page-header';
import type { UnitSelectionAction } from '@/components/unit-selection';
import { paths } from '@/config/paths';
import { hasStatus } from '@/lib/api-client';
import { appNow } from '@/lib/app-clock';
import { errorMessage } from '@/lib/error-message';
import { useDashboard } from '../api/get-dashboard';
import { formatDateTime } from '@/lib/format';
import { formatClockTime } from '../utils/format';
import type { ReportHref } from '../utils/report-href';
import { KpiCards } from './kpi-cards';
import { OwnUnit } from './own-unit-panel';
import { TaskGroupChart } from './task-group-chart';
import { TrendChart } from './trend-chart';
import './dashboard.css';

// What comes after the first figures is loaded after them: the tables below the charts (antd's
// Table, Pagination, Progress) and the period switcher's Select are a third of the page's
// JavaScript and would hold the KPI cards back on a slow line. They mount once the figures are on
// screen (`useFiguresShown`), so their code is not even asked for before.
const PeriodSwitcher = lazy(() => import('./period-switcher').then((module) => ({ default: module.PeriodSwitcher })));
const CompletionHeatmap = lazy(() => import('./completion-heatmap').then((module) => ({ default: module.CompletionHeatmap })));
const OverdueTable = lazy(() => import('./overdue-table').then((module) => ({ default: module.OverdueTable })));
const IndicatorTable = lazy(() => import('./indicator-table').then((module) => ({ default: module.IndicatorTable })));

/**
 * Whose dashboard it is: the office, leaders and the admin see every unit (`all`); a member unit
 * sees the aggregate figures and its own line (`own`).
 */
export type DashboardScope = 'all' | 'own';

/** What the app lets the overdue list do with units chosen in it (the office's đôn đốc), from the loaded period. */
export type OverdueUnitAction = (period: PeriodDashboardData['period']) => UnitSelectionAction | undefined;

function Section({ id, title, description, children, className }: {
  id: string;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={`gb-dashboard-card gb-dashboard-section ${className ?? ''}`}>
      <h2 id={id} className="gb-section-title">
        {title}
      </h2>
      {description ? <p className="gb-muted gb-section-description">{description}</p> : null}
      {children}
    </section>
  );
}

/** Holds the period switcher's place, label and box, until its code is in (the page does not jump). */
function PeriodSwitcherPlaceholder() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} className="gb-no-print gb-period-switcher" aria-hidden="true">
      <span>{t('dashboard.switcher.label')}</span>
      <Skeleton.Input active />
    </Flex>
  );
}

/**
 * False in the render that puts the figures on screen, true from a later one: a transition, so
 * React lets the browser paint the figures before it renders what follows them.
 */
function useFiguresShown(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => startTransition(() => setShown(true)), []);
  return shown;
}

/** When the page was printed: set as the print starts (button or Ctrl+P), shown on paper only. */
function usePrintedAt() {
  const [printedAt, setPrintedAt] = useState<string | null>(null);
  useEffect(() => {
    const onBeforePrint = () => flushSync(() => setPrintedAt(appNow().toISOString()));
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  const print = () => {
    flushSync(() => setPrintedAt(appNow().toISOString()));
    window.print();
  };
  return { printedAt, print };
}

function DashboardBody({
  data,
  scope,
  reportHref,
  stale,
  overdueUnitAction,
}: {
  data: PeriodDashboardData;
  scope: DashboardScope;
  reportHref: ReportHref;
  stale: boolean;
  overdueUnitAction?: OverdueUnitAction;
}) {
  const { t } = useTranslation();
  const { printedAt, print } = usePrintedAt();
  const figuresShown = useFiguresShown();
  const title = t('dashboard.heading', { title: data.period.title });

  return (
    <article className="gb-dashboard">
      <title>{`${title} · ${t('app.name')}`}</title>
      <Breadcrumb
        className="gb-no-print"
        style={{ marginBottom: 12 }}
        items={[
          { key: 'periods', title: <Link to={paths.app.periods.getHref()}>{t('periods.detail.breadcrumb')}</Link> },
          { key: 'period', title: <Link to={paths.app.period.getHref(data.period.id)}>{data.period.title}</Link> },
          { key: 'dashboard', title: t('dashboard.title') },
        ]}
      />
      <div className="gb-print-only gb-print-committee">{t('app.committee')}</div>
      <PageHeader
        title={title}
        description={
          <span className="gb-updated">
            {t('dashboard.updatedAt', { time: formatClockTime(data.generatedAt) })}
            <span className="gb-no-print"> · {t('dashboard.live')}</span>
            <span className="gb-print-only"> · {t('dashboard.printedAt', { time: formatDateTime(printedAt ?? data.generatedAt) })}</span>
          </span>
        }
        extra={
          <Flex wrap gap={12} align="flex-end" className="gb-no-print gb-dashboard-actions">
            {figuresShown ? (
              <Suspense fallback={<PeriodSwitcherPlaceholder />}>
                <PeriodSwitcher periodId={data.period.id} currentTitle={data.period.title} />
              </Suspense>
            ) : (
              <PeriodSwitcherPlaceholder />
            )}
            <Button onClick={print}>{t('dashboard.print')}</Button>
          </Flex>
        }
      />
      {stale ? (
        <Alert className="gb-no-print" type="warning" showIcon style={{ marginBottom: 16 }} title={t('dashboard.refreshFailed')} />
      ) : null}

      <KpiCards reporting={data.reporting} />

      {scope === 'own' ? (
        <Section id="dashboard-own" title={t('dashboard.own.title')} description={t('dashboard.own.description')}>
          {data.unitCount > 0 ? (
            <OwnUnit periodId={data.period.id} reportHref={reportHref} />
          ) : (
            <p className="gb-muted">{t('dashboard.own.none')}</p>
          )}
        </Section>
      ) : null}

      <div className="gb-chart-grid">
        <Section
          id="dashboard-task-groups"
          title={t(scope === 'own' ? 'dashboard.taskGroups.ownTitle' : 'dashboard.taskGroups.title')}
          description={t('dashboard.taskGroups.description')}
        >
          <TaskGroupChart taskGroups={data.taskGroups} />
        </Section>
        <Section id="dashboard-trend" title={t('dashboard.trend.title')} description={t('dashboard.trend.description')}>
          <TrendChart trend={data.trend} />
        </Section>
      </div>

      {figuresShown ? (
        <Suspense fallback={<ContentSpinner label={t('common.loading')} />}>
          {scope === 'all' ? (
            <>
              <Section id="dashboard-heatmap" title={t('dashboard.heatmap.title')} className="gb-heatmap-section">
                <CompletionHeatmap periodId={data.period.id} taskGroups={data.taskGroups} reportHref={reportHref} />
              </Section>
              <Section id="dashboard-overdue" title={t('dashboard.overdue.title')}>
                <OverdueTable periodId={data.period.id} reportHref={reportHref} unitAction={overdueUnitAction?.(data.period)} />
              </Section>
            </>
          ) : null}

          <Section
            id="dashboard-indicators"
            title={t(scope === 'own' ? 'dashboard.indicators.ownTitle' : 'dashboard.indicators.title')}
            description={scope === 'own' ? undefined : t('dashboard.indicators.counts')}
          >
            <IndicatorTable indicators={data.indicators} taskGroups={data.taskGroups} />
          </Section>
        </Suspense>
      ) : (
        <ContentSpinner label={t('common.loading')} />
      )}
    </article>
  );
}

/**
 * "Bảng điều khiển": the live completion figures of a period (SPEC §5) — reporting KPIs, completion
 * per task group, the trend, the unit × task group heatmap, the overdue list and the indicators —
 * refreshed every 5 s while the tab is visible, and printable for the briefing meeting.
 */
export function PeriodDashboard({
  periodId,
  scope,
  reportHref,
  overdueUnitAction,
}: {
  periodId: string;
  scope: DashboardScope;
  reportHref: ReportHref;
  overdueUnitAction?: OverdueUnitAction;
}) {
  const { t } = useTranslation();
  const dashboard = useDashboard(periodId);

  if (dashboard.data) {
    return <DashboardBody data={dashboard.data} scope={scope} reportHref={reportHref} stale={dashboard.isError} overdueUnitAction={overdueUnitAction} />;
  }
  if (dashboard.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (hasStatus(dashboard.error, 404)) {
    return (
      <PeriodNotFoundResult />
    );
  }
  if (hasStatus(dashboard.error, 403)) return <ForbiddenResult />;
  return <ErrorResult message={errorMessage(dashboard.error, t)} onRetry={() => void dashboard.refetch()} />;
}
