import { Inject, Injectable } from '@nestjs/common';
import {
  completionRate,
  daysLateFor,
  deadlineStanding,
  isAgencyRole,
  toLocalDate,
  rate,
  type CurrentUser,
  type DashboardUnitRow,
  type Page,
  type PeriodDashboard,
  type PeriodState,
  type ReportState,
  type SubmissionStatus,
  type TaskStatus,
} from '@giao-ban/shared';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { ownAgencyOf } from '../../common/scope/scope.js';
import { DashboardRepository, type DashboardPeriod, type PeriodFiguresRow } from './dashboard.repository.js';
import type { DashboardUnitsQueryDto } from './dto/dashboard-units-query.dto.js';

export const TREND_PERIODS = 6;

@Injectable()
export class DashboardService {
  constructor(
    private readonly figures: DashboardRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The committee's figures for the office, leaders and the admin. A unit sees how many units have
   * reported (counts, no names), and its own report's task outcomes and indicator values: other
   * units' figures are their content, which it may not read (SPEC §1).
   */
  async forPeriod(user: CurrentUser, periodId: string): Promise<PeriodDashboard> {
    const [period, trendPeriods] = await Promise.all([this.visiblePeriod(user, periodId), this.figures.trendPeriods(periodId, TREND_PERIODS)]);
    const now = this.clock.now();
    const own = ownAgencyOf(user);
    const trendIds = [...new Set([period.id, ...trendPeriods.map((p) => p.id)])];
    const [figures, ownFigures, completion, indicators, ownCount] = await Promise.all([
      this.figures.figuresByPeriod(trendIds, now),
      own ? this.figures.figuresByPeriod(trendIds, now, own) : null,
      this.figures.completionByTaskGroup(period.id, now, own),
      this.figures.indicatorTotals(period.id, own),
      own ? this.figures.unitCount({ periodId: period.id, now, agencyId: own, statuses: null }) : null,
    ]);
    const figuresOf = (id: string) => figures.find((r) => r.period_id === id);
    const tasksOf = (id: string) => (ownFigures ?? figures).find((r) => r.period_id === id);
    const reporting = toReporting(figuresOf(period.id));

    return {
      period: { id: period.id, title: period.title, kind: period.kind, state: period.state, dueDate: period.dueDate },
      generatedAt: now.toISOString(),
      reporting,
      unitCount: ownCount ?? reporting.expected,
      taskGroups: completion.map((g) => ({
        taskGroupId: g.task_group_id,
        ordinal: g.ordinal,
        title: g.title,
        shortName: g.short_name,
        applicable: g.done_on_time + g.done_late + g.in_progress + g.overdue,
        doneOnTime: g.done_on_time,
        doneLate: g.done_late,
        inProgressWithinDeadline: g.in_progress,
        overdue: g.overdue,
        notApplicable: g.not_applicable,
        completionRate: completionRate({ doneOnTime: g.done_on_time, doneLate: g.done_late, overdue: g.overdue }),
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
          const figures = toReporting(figuresOf(p.id));
          const row = tasksOf(p.id);
          return {
            periodId: p.id,
            title: p.title,
            dueDate: p.due_date,
            reportingRate: figures.reportingRate,
            onTimeRate: figures.onTimeRate,
            completionRate: row ? completionRate({ doneOnTime: row.done_on_time, doneLate: row.done_late, overdue: row.overdue }) : null,
          };
        }),
    };
  }

  /** The unit rows, a page at a time: every unit for the office, leaders and the admin; its own for a unit. */
  async unitsOfPeriod(user: CurrentUser, periodId: string, query: DashboardUnitsQueryDto): Promise<Page<DashboardUnitRow>> {
    const now = this.clock.now();
    const filter = { periodId, now, agencyId: ownAgencyOf(user), statuses: query.status?.length ? query.status : null };
    // One round trip: the page carries the period's state (no row at all: no such period).
    const found = await this.figures.unitPage({ ...filter, order: query.order ?? 'agency', offset: query.skip, limit: query.pageSize });
    if (!found[0] || !isVisible(user, found[0].period_state)) throw new AppException('NOT_FOUND', 'No such reporting period.');
    const rows = found.filter((row) => row.report_id !== null);
    // Past the last page the window count is gone with the rows: count separately (rare).
    const total = rows[0] ? Number(rows[0].total) : query.page > 1 ? await this.figures.unitCount(filter) : 0;
    return {
      items: rows.map((u) => ({
        reportId: u.report_id,
        agencyId: u.agency_id,
        agencyName: u.agency_name,
        state: u.state as ReportState,
        effectiveDueDate: u.due,
        firstSubmittedAt: u.first_submitted_at?.toISOString() ?? null,
        lastSubmittedAt: u.last_submitted_at?.toISOString() ?? null,
        submissionStatus: u.submission_status as SubmissionStatus,
        daysLate: daysLateFor(u.submission_status as SubmissionStatus, u.due, u.first_submitted_at, now),
        deadline: deadlineStanding(toLocalDate(now), u.due, u.first_submitted_at),
        versionNumber: u.version_number,
        contacts: u.contacts,
        lastReminderAt: u.last_reminder_at?.toISOString() ?? null,
        cells: u.cells.map((c) => ({ taskGroupId: c.taskGroupId, status: c.status as TaskStatus | null, applicable: c.applicable })),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  private async visiblePeriod(user: CurrentUser, periodId: string): Promise<DashboardPeriod> {
    const period = await this.figures.period(periodId);
    if (!period || !isVisible(user, period.state)) {
      throw new AppException('NOT_FOUND', 'No such reporting period.');
    }
    return period;
  }
}

/** A draft period is the office's work in progress: units do not see it yet. */
function isVisible(user: CurrentUser, state: PeriodState): boolean {
  return !(isAgencyRole(user.role) && state === 'draft');
}

function toReporting(row: PeriodFiguresRow | undefined): PeriodDashboard['reporting'] {
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
