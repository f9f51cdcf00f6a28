import type { DashboardUnitRow, Page } from '@giao-ban/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { useNumberFormat } from '../hooks/use-number-format';

/**
 * A list that has no rows yet and whose loading failed. A query without data goes back to
 * "pending" each time the poll asks again, so its last failure counts too: the error and its
 * retry button stay on screen instead of flickering with the spinner every 5 s.
 */
function hasFailed(query: { isError: boolean; errorUpdateCount: number }): boolean {
  return query.isError || query.errorUpdateCount > 0;
}

/** A unit list's first load, inside its section (the rest of the dashboard is already on screen). */
function UnitsLoading() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" gap={8} className="gb-units-loading" role="status" aria-live="polite">
      <Spin size="small" />
      <span className="gb-muted">{t('dashboard.units.loading')}</span>
    </Flex>
  );
}

/** A unit list that could not be loaded at all: what went wrong, and a way to ask again. */
function UnitsError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('dashboard.units.loadFailed')}
      description={errorMessage(error, t)}
      action={
        <Button size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}

/** A refresh that failed while the last page is still shown (the poll keeps trying). */
function UnitsStale() {
  const { t } = useTranslation();
  return (
    <p className="gb-no-print gb-units-stale" role="status">
      {t('dashboard.units.refreshFailed')}
    </p>
  );
}

/**
 * A unit list in whichever state its query is: its rows (with a note when the last refresh failed
 * and the rows shown are the previous ones), the failure of its first load, or that first load.
 */
export function UnitsQueryState({
  units,
  children,
}: {
  units: UseQueryResult<Page<DashboardUnitRow>>;
  children: (page: Page<DashboardUnitRow>) => ReactNode;
}) {
  if (units.data) {
    return (
      <>
        {units.isError ? <UnitsStale /> : null}
        {children(units.data)}
      </>
    );
  }
  if (hasFailed(units)) return <UnitsError error={units.error ?? units.failureReason} onRetry={() => void units.refetch()} />;
  return <UnitsLoading />;
}

/** "Trang 1/51 — 50 trên 2.520 đơn vị": on paper, when the sheet holds one page of several. */
export function PrintedPageNote({ page, pageSize, shown, total }: { page: number; pageSize: number; shown: number; total: number }) {
  const { t } = useTranslation();
  const { count } = useNumberFormat();
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return (
    <div className="gb-print-only gb-print-page-note">
      {t('dashboard.units.printedPage', { page: count(page), pages: count(pages), shown: count(shown), total: count(total) })}
    </div>
  );
}
