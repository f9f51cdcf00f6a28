import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  completionRate,
  daysLate,
  isAgencyRole,
  rate,
  type CurrentUser,
  type PeriodDashboard,
  type ReportState,
  type SubmissionStatus,
  type TaskStatus,
} from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { ownAgencyOf } from '../../common/scope/scope.js';
import { ReportingPeriodEntity } from '../periods/reporting-period.entity.js';
import { DashboardRepository, type CompletionRow, type ReportingRow } from './dashboard.repository.js';

export const TREND_PERIODS = 6;

@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly figures: DashboardRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forPeriod(user: CurrentUser, periodId: string): Promise<PeriodDashboard> {
    const period = await this.dataSource.getRepository(ReportingPeriodEntity).findOneBy({ id: periodId });
    if (!period || (isAgencyRole(user.role) && period.state === 'draft')) {
      throw new AppException('NOT_FOUND', 'No such reporting period.');
    }
    const now = this.clock.now();
    const own = ownAgencyOf(user);
    const trendPeriods = await this.figures.trendPeriods(period.kind, period.dueDate, TREND_PERIODS);
    const trendIds = [...new Set([period.id, ...trendPeriods.map((p) => p.id)])];
    const [reporting, completion, units, heatmap, indicators] = await Promise.all([
      this.figures.reportingByPeriod(trendIds, now),
      this.figures.completionByTaskGroup(trendIds, now),
      this.figures.units(period.id, now, own),
      own ? Promise.resolve([]) : this.figures.heatmap(period.id),
      this.figures.indicatorTotals(period.id),
    ]);
    const reportingOf = (id: string) => toReporting(reporting.find((r) => r.period_id === id));
    const groupsOf = (id: string) => completion.filter((c) => c.period_id === id);

    return {
      period: { id: period.id, title: period.title, kind: period.kind, state: period.state, dueDate: period.dueDate },
      generatedAt: now.toISOString(),
      reporting: reportingOf(period.id),
      units: units.map((u) => ({
        reportId: u.report_id,
        agencyId: u.agency_id,
        agencyName: u.agency_name,
        state: u.state as ReportState,
        effectiveDueDate: u.due,
        firstSubmittedAt: u.first_submitted_at?.toISOString() ?? null,
        lastSubmittedAt: u.last_submitted_at?.toISOString() ?? null,
        submissionStatus: u.submission_status as SubmissionStatus,
        daysLate:
          u.submission_status === 'late'
            ? daysLate(u.due, u.first_submitted_at!)
            : u.submission_status === 'missing_overdue'
              ? daysLate(u.due, now)
              : null,
        versionNumber: u.version_number,
        contacts: u.contacts,
        lastReminderAt: null,
      })),
      taskGroups: groupsOf(period.id).map((g) => ({
        taskGroupId: g.task_group_id,
        ordinal: g.ordinal,
        title: g.title,
        applicable: g.done_on_time + g.done_late + g.in_progress + g.overdue,
        doneOnTime: g.done_on_time,
        doneLate: g.done_late,
        inProgressWithinDeadline: g.in_progress,
        overdue: g.overdue,
        notApplicable: g.not_applicable,
        completionRate: completionRate({ doneOnTime: g.done_on_time, doneLate: g.done_late, overdue: g.overdue }),
      })),
      heatmap: heatmap.map((h) => ({
        agencyId: h.agency_id,
        agencyName: h.agency_name,
        reportId: h.report_id,
        cells: h.cells.map((c) => ({ taskGroupId: c.taskGroupId, status: c.status as TaskStatus | null, applicable: c.applicable })),
      })),
      indicators: indicators.map((i) => {
        const total = Number(i.total);
        const target = i.target === null ? null : Number(i.target);
        return {
          indicatorId: i.id,
          taskGroupOrdinal: i.group_ordinal,
          name: i.name,
          unit: i.unit,
          aggregation: i.aggregation,
          total,
          target,
          ratioToTarget: target ? total / target : null,
          reportingUnits: i.reporting_units,
        };
      }),
      trend: trendPeriods
        .slice()
        .reverse()
        .map((p) => {
          const figures = reportingOf(p.id);
          return {
            periodId: p.id,
            title: p.title,
            dueDate: p.due_date,
            reportingRate: figures.reportingRate,
            onTimeRate: figures.onTimeRate,
            completionRate: overallCompletion(groupsOf(p.id)),
          };
        }),
    };
  }
}

function toReporting(row: ReportingRow | undefined): PeriodDashboard['reporting'] {
  const r = row ?? { expected: 0, submitted: 0, on_time: 0, late: 0, missing_not_due: 0, missing_overdue: 0 };
  return {
    expected: r.expected,
    submitted: r.submitted,
    onTime: r.on_time,
    late: r.late,
    missingNotDue: r.missing_not_due,
    missingOverdue: r.missing_overdue,
    reportingRate: rate(r.submitted, r.expected),
    onTimeRate: rate(r.on_time, r.expected),
  };
}

function overallCompletion(groups: CompletionRow[]): number | null {
  const sum = (key: 'done_on_time' | 'done_late' | 'overdue') => groups.reduce((acc, g) => acc + g[key], 0);
  return completionRate({ doneOnTime: sum('done_on_time'), doneLate: sum('done_late'), overdue: sum('overdue') });
}
