import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  earliestDueDate,
  isPastDue,
  pastDueUnits,
  settleDueDate,
  toLocalDate,
  type CurrentUser,
  type FieldError,
  type LocalDate,
  type PastDueDetails,
  type PeriodUnitDueDates,
  type UnitDueDate,
  type WorkingCalendar,
} from '@giao-ban/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { AuditService } from '../audit/audit.service.js';
import { DeadlinesRepository, type PeriodDeadlineFacts } from './deadlines.repository.js';

/**
 * The deadline rules the office's actions go through: due dates settled on the working calendar
 * (units' own dates and extensions roll over weekends and holidays exactly as the period's own
 * date does), the units' own due dates, and the confirmation a past due date needs.
 */
@Injectable()
export class DeadlinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: DeadlinesRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The period's working calendar: the public holidays, and whether its dates roll over them. */
  async calendar(db: EntityManager, rollOver: boolean): Promise<WorkingCalendar> {
    return { holidays: rollOver ? await this.repository.publicHolidays(db) : new Set(), rollOver };
  }

  /** Creating a period whose due date has passed: every unit would be overdue the moment it opens. */
  requireConfirmationOnCreate(dueDate: LocalDate, confirmed: boolean | undefined): void {
    const today = toLocalDate(this.clock.now());
    if (!confirmed && isPastDue(today, dueDate)) {
      throw pastDue({ today, dueDate, unitCount: null, pastDueAgencyIds: [] });
    }
  }

  /**
   * Before opening: every unit's own date still leaves a working day after the cut-off (the
   * cut-off may have moved since it was set), and, unless confirmed, no unit's due date has passed.
   * Answers how many units are overdue from the start (confirmed).
   */
  async checkOpening(db: EntityManager, period: Pick<PeriodDeadlineFacts, 'id' | 'dueDate' | 'cutOffTo' | 'rollOver'>, confirmed: boolean | undefined): Promise<number> {
    const members = await this.repository.draftMembers(db, period.id);
    const earliest = earliestDueDate(period.cutOffTo, await this.repository.publicHolidays(db));
    const tooEarly = members.filter((m) => m.unitDueDate !== null && m.unitDueDate < earliest);
    if (tooEarly.length) {
      throw new AppException(
        'VALIDATION_FAILED',
        `A unit's own due date must leave at least one working day after the cut-off: ${earliest} or later.`,
        tooEarly.map((m) => ({ field: `unitDueDates.${m.agencyId}`, constraints: { workingDayAfterCutOff: `${earliest} or later.` } })),
      );
    }
    const today = toLocalDate(this.clock.now());
    const late = pastDueUnits(today, period.dueDate, members);
    if (!confirmed && late.length) {
      throw pastDue({ today, dueDate: period.dueDate, unitCount: members.length, pastDueAgencyIds: late.map((u) => u.agencyId) });
    }
    return late.length;
  }

  /** After opening: each report carries its unit's own due date. */
  carryUnitDueDates(db: EntityManager, periodId: string): Promise<void> {
    return this.repository.carryUnitDueDatesToReports(db, periodId);
  }

  /**
   * An extension's date settled on the period's calendar (a Saturday becomes the Monday); it must
   * come after the unit's due date — its own, or the period's.
   */
  async settleExtension(
    db: EntityManager,
    report: { periodDueDate: LocalDate; unitDueDate: LocalDate | null; rollOver: boolean },
    requested: LocalDate,
  ): Promise<{ dueDate: LocalDate; rolledOver: boolean }> {
    const settled = settleDueDate(requested, await this.calendar(db, report.rollOver));
    const own = report.unitDueDate ?? report.periodDueDate;
    if (settled.dueDate <= own) {
      throw new AppException('VALIDATION_FAILED', 'An extension must be later than the due date.', [
        { field: 'dueDate', constraints: { afterDueDate: `Must be after ${own}.` } },
      ]);
    }
    return settled;
  }

  async unitDueDates(periodId: string): Promise<PeriodUnitDueDates> {
    const db = this.dataSource.manager;
    const period = await this.repository.period(db, periodId, false);
    if (!period) throw new AppException('NOT_FOUND', 'No such reporting period.');
    return { unitDueDates: await this.repository.unitDueDates(db, periodId, period.state === 'draft') };
  }

  /**
   * The office sets which units of a draft period have a due date of their own. Each date is
   * settled on the period's calendar and must leave a working day after the cut-off, as the
   * period's own due date must; the answer carries the dates as stored.
   */
  async setUnitDueDates(user: CurrentUser, periodId: string, requested: UnitDueDate[]): Promise<PeriodUnitDueDates> {
    await this.dataSource.transaction(async (db) => {
      const period = await this.repository.period(db, periodId, true);
      if (!period) throw new AppException('NOT_FOUND', 'No such reporting period.');
      if (period.state !== 'draft') {
        throw new AppException('ILLEGAL_TRANSITION', 'Units\' own due dates are set while the period is a draft; grant extensions instead.');
      }
      const members = await this.repository.draftMembers(db, periodId);
      const before = new Map(members.map((m) => [m.agencyId, m.unitDueDate]));
      const calendar = await this.calendar(db, period.rollOver);
      const earliest = earliestDueDate(period.cutOffTo, await this.repository.publicHolidays(db));
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      const settled = requested.map((r, index) => {
        if (!before.has(r.agencyId)) {
          errors.push({ field: `unitDueDates.${index}.agencyId`, constraints: { chosenUnit: 'Not a unit this period obliges to report.' } });
        } else if (seen.has(r.agencyId)) {
          errors.push({ field: `unitDueDates.${index}.agencyId`, constraints: { unique: 'Listed twice.' } });
        }
        seen.add(r.agencyId);
        const { dueDate, rolledOver } = settleDueDate(r.dueDate, calendar);
        if (dueDate < earliest) {
          errors.push({
            field: `unitDueDates.${index}.dueDate`,
            constraints: { workingDayAfterCutOff: `The due date must leave at least one working day after the cut-off: ${earliest} or later.` },
          });
        }
        return { agencyId: r.agencyId, dueDate, requested: r.dueDate, rolledOver };
      });
      if (errors.length) throw new AppException('VALIDATION_FAILED', 'Some units\' own due dates cannot be set.', errors);
      await this.repository.replaceUnitDueDates(db, periodId, settled);
      const after = new Map(settled.map((s) => [s.agencyId, s]));
      const changes = members
        .filter((m) => (after.get(m.agencyId)?.dueDate ?? null) !== m.unitDueDate)
        .map((m) => {
          const set = after.get(m.agencyId);
          return { agencyId: m.agencyId, before: m.unitDueDate, after: set?.dueDate ?? null, ...(set?.rolledOver ? { requested: set.requested } : {}) };
        });
      if (changes.length) {
        await this.audit.record(db, user, { action: 'period.unit_due_dates_set', objectType: 'period', objectId: periodId, periodId, summary: { changes } });
      }
    });
    return this.unitDueDates(periodId);
  }
}

function pastDue(details: PastDueDetails): AppException {
  return new AppException(
    'PAST_DUE_CONFIRMATION_REQUIRED',
    `The due date ${details.dueDate} has passed: the units would be overdue the moment the period opens. Send confirmPastDue: true to go ahead.`,
    { ...details },
  );
}
