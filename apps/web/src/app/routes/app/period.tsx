import { acceptsAddedUnits, type ReportingPeriod } from '@giao-ban/shared';
import { Flex, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundResult } from '@/components/errors/error-results';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { OpenDashboardButton } from '@/features/dashboard/components/open-dashboard-button';
import { AddPeriodUnitsButton } from '@/features/period-admin/components/add-period-units';
import { ObligatedAgenciesEditor } from '@/features/period-admin/components/obligated-agencies-editor';
import { ObligatedUnitsCount, PeriodLifecycleActions } from '@/features/period-admin/components/period-lifecycle-actions';
import { TaskGroupEditor } from '@/features/period-admin/components/task-group-editor';
import { UnitDueDatesEditor } from '@/features/period-admin/components/unit-due-dates-editor';
import { PeriodDetails, type PeriodPageSlots } from '@/features/periods/components/period-details';
import { ReminderLadderCard } from '@/features/reminders/components/reminder-ladder-card';
import { remindUnitsAction } from '@/features/reminders/components/remind-units-button';
import { ReviewBoard } from '@/features/review/components/review-board';
import { OpenSummaryButton } from '@/features/summary/components/open-summary-button';
import { canManagePeriods, canReadSummary, canSeeAllReports } from '@/lib/authorization';

export default function PeriodRoute() {
  const { t } = useTranslation();
  const { periodId } = useParams<'periodId'>();
  const user = useCurrentUser();
  // beside the title on a desktop, under it (left-aligned) on a phone
  const wide = Boolean(Grid.useBreakpoint().md);
  if (!periodId) return <NotFoundResult />;

  const manages = canManagePeriods(user.role);
  const seesAllReports = canSeeAllReports(user.role);
  const readsSummary = canReadSummary(user.role);
  // What the office (management) and the committee (the review board) add to the page.
  const slots = (period: ReportingPeriod): PeriodPageSlots => {
    const draft = period.state === 'draft';
    return {
      actions:
        manages || !draft ? (
          <Flex wrap gap={8} align="flex-start" justify={wide ? 'flex-end' : 'flex-start'}>
            {!draft ? <OpenDashboardButton periodId={period.id} /> : null}
            {!draft && readsSummary ? <OpenSummaryButton periodId={period.id} /> : null}
            {manages && acceptsAddedUnits(period.state) ? <AddPeriodUnitsButton period={period} /> : null}
            {manages ? <PeriodLifecycleActions period={period} /> : null}
          </Flex>
        ) : undefined,
      information: seesAllReports
        ? [{ key: 'units', label: t('periodAdmin.units.count'), children: <ObligatedUnitsCount periodId={period.id} /> }]
        : undefined,
      before: seesAllReports ? (
        <>
          {!draft ? <ReviewBoard periodId={period.id} unitAction={manages ? remindUnitsAction(period) : undefined} /> : null}
          <ReminderLadderCard periodId={period.id} editable={manages && (draft || period.state === 'open')} />
        </>
      ) : undefined,
      taskGroups: manages && draft ? (taskGroups) => <TaskGroupEditor periodId={period.id} taskGroups={taskGroups} /> : undefined,
      after:
        manages && draft ? (
          <>
            <ObligatedAgenciesEditor periodId={period.id} />
            <UnitDueDatesEditor period={period} />
          </>
        ) : undefined,
    };
  };

  // keyed so that moving between periods starts from a clean state
  return <PeriodDetails key={periodId} periodId={periodId} slots={slots} />;
}
