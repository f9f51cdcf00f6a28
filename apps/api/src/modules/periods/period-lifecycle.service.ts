import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  acceptsAddedUnits,
  decidePeriodAction,
  defaultCutOff,
  earliestDueDate,
  shiftToWorkingDay,
  unitAdmissionRefusal,
  type CurrentUser,
  type FieldError,
  type LocalDate,
  type PeriodAction,
  type PeriodAgencies,
  type PeriodOpeningNeed,
  type ReminderLadder,
  type ReportingPeriod,
  type UnitAdmissionRefusal,
} from '@giao-ban/shared';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import type { CreatePeriodDto, UpdatePeriodDto } from './dto/period-requests.dto.js';
import { PeriodsRepository } from './periods.repository.js';
import { PeriodsService } from './periods.service.js';
import type { ReportingPeriodEntity } from './reporting-period.entity.js';
import { TaskGroupsService } from './task-groups.service.js';

const REFUSAL_MESSAGES: Record<UnitAdmissionRefusal, string> = {
  unknownUnit: 'No such unit.',
  endedUnit: 'The unit has ended.',
  standingOffice: 'The standing office compiles the reports; it does not report.',
  alreadyObliged: 'The unit already reports for this period.',
};

const OPENING_NEEDS: Record<PeriodOpeningNeed, string> = {
  taskGroups: 'Add at least one task group before opening the period.',
  agencyIds: 'Choose the units that must report before opening the period.',
};

const openingNeedError = (need: PeriodOpeningNeed): FieldError => ({ field: need, constraints: { required: OPENING_NEEDS[need] } });

const invalid = (field: string, rule: string, message: string) =>
  new AppException('VALIDATION_FAILED', message, [{ field, constraints: { [rule]: message } }] satisfies FieldError[]);

/**
 * A period's lifecycle in the standing office's hands: create, edit while draft, choose units, open,
 * close, archive. Its task groups are TaskGroupsService's.
 */
@Injectable()
export class PeriodLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly periods: PeriodsService,
    private readonly repository: PeriodsRepository,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
    private readonly notifications: NotificationsService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly taskGroups: TaskGroupsService,
  ) {}

  private async holidays(db: EntityManager): Promise<Set<LocalDate>> {
    return new Set(await this.repository.findPublicHolidayDates(db));
  }

  /** Cut-off defaults from Decree 09; the due date moves off weekends and holidays, and must leave a working day. */
  private async settle(
    db: EntityManager,
    p: { kind: ReportingPeriodEntity['kind']; year: number; sequence: number | null; cutOffFrom?: string; cutOffTo?: string; dueDate: string; shift: boolean },
  ): Promise<{ cutOffFrom: string; cutOffTo: string; dueDate: string }> {
    let defaults: { from: string; to: string } | null;
    try {
      defaults = defaultCutOff(p.kind, p.year, p.kind === 'year' ? null : p.sequence);
    } catch (error) {
      throw invalid('sequence', 'fitsKind', (error as Error).message);
    }
    if ((p.kind === 'year' || p.kind === 'ad_hoc') && p.sequence !== null) {
      throw invalid('sequence', 'fitsKind', `A ${p.kind} period has no sequence.`);
    }
    const cutOffFrom = p.cutOffFrom ?? defaults?.from;
    const cutOffTo = p.cutOffTo ?? defaults?.to;
    if (!cutOffFrom || !cutOffTo) throw invalid('cutOffFrom', 'required', 'An ad hoc period needs its data cut-off range.');
    if (cutOffFrom > cutOffTo) throw invalid('cutOffTo', 'order', 'The cut-off ends before it starts.');
    const holidays = await this.holidays(db);
    const dueDate = p.shift ? shiftToWorkingDay(p.dueDate, holidays) : p.dueDate;
    const earliest = earliestDueDate(cutOffTo, holidays);
    if (dueDate < earliest) {
      throw invalid('dueDate', 'workingDayAfterCutOff', `The due date must leave at least one working day after the cut-off: ${earliest} or later.`);
    }
    return { cutOffFrom, cutOffTo, dueDate };
  }

  async create(user: CurrentUser, body: CreatePeriodDto): Promise<ReportingPeriod> {
    const id = await this.dataSource.transaction(async (db) => {
      const shift = body.shiftDueDateToWorkingDay ?? true;
      const dates = await this.settle(db, { ...body, shift });
      this.deadlines.requireConfirmationOnCreate(dates.dueDate, body.confirmPastDue);
      const reminderLadder = await this.reminderLadderOfNew(db, body.copyFromPeriodId);
      let period: ReportingPeriodEntity;
      try {
        period = await this.repository.insertPeriod(db, {
          title: body.title.trim(),
          kind: body.kind,
          year: body.year,
          sequence: body.sequence,
          ...dates,
          state: 'draft',
          requiresHeadApproval: body.requiresHeadApproval,
          shiftDueDateToWorkingDay: shift,
          reminderLadder,
        });
      } catch (error) {
        if (error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505') {
          throw new AppException('CONFLICT', 'A period of this kind already exists for that month, quarter, half or year.');
        }
        throw error;
      }
      let copiedUnits = 0;
      if (body.copyFromPeriodId) {
        await this.taskGroups.copy(db, body.copyFromPeriodId, period.id);
        copiedUnits = await this.repository.copyUnitList(db, body.copyFromPeriodId, period.id);
      }
      await this.audit.record(db, user, {
        action: 'period.created',
        objectType: 'period',
        objectId: period.id,
        periodId: period.id,
        summary: {
          title: period.title,
          kind: period.kind,
          dueDate: period.dueDate,
          copiedFrom: body.copyFromPeriodId ?? null,
          ...(body.copyFromPeriodId ? { copiedUnits } : {}),
          ...(body.confirmPastDue ? { confirmedPastDue: true } : {}),
        },
      });
      return period.id;
    });
    return this.periods.getVisibleTo(user, id);
  }

  /** A period copied from another keeps its reminders as they were; a new one takes the committee's default. */
  private async reminderLadderOfNew(db: EntityManager, copyFromPeriodId: string | null | undefined): Promise<ReminderLadder> {
    if (!copyFromPeriodId) return this.repository.findDefaultReminderLadder(db);
    const ladder = await this.repository.findReminderLadder(db, copyFromPeriodId);
    if (!ladder) throw new AppException('NOT_FOUND', 'No such period to copy from.');
    return ladder;
  }

  async update(user: CurrentUser, id: string, body: UpdatePeriodDto): Promise<ReportingPeriod> {
    await this.dataSource.transaction(async (db) => {
      const period = await this.periods.lockForChange(db, id);
      const structural = ['cutOffFrom', 'cutOffTo', 'dueDate', 'requiresHeadApproval', 'shiftDueDateToWorkingDay'].some(
        (k) => body[k as keyof UpdatePeriodDto] !== undefined,
      );
      if (structural && period.state !== 'draft') {
        throw new AppException('ILLEGAL_TRANSITION', 'Dates and approval change only while the period is a draft; grant extensions instead.');
      }
      const shift = body.shiftDueDateToWorkingDay ?? period.shiftDueDateToWorkingDay;
      const dates = structural
        ? await this.settle(db, {
            kind: period.kind,
            year: period.year,
            sequence: period.sequence,
            cutOffFrom: body.cutOffFrom ?? period.cutOffFrom,
            cutOffTo: body.cutOffTo ?? period.cutOffTo,
            dueDate: body.dueDate ?? period.dueDate,
            shift,
          })
        : {};
      const changes = {
        ...(body.title ? { title: body.title.trim() } : {}),
        ...dates,
        ...(body.requiresHeadApproval !== undefined ? { requiresHeadApproval: body.requiresHeadApproval } : {}),
        shiftDueDateToWorkingDay: shift,
      };
      await this.repository.updatePeriod(db, id, changes);
      await this.audit.record(db, user, {
        action: 'period.updated',
        objectType: 'period',
        objectId: id,
        periodId: id,
        summary: { before: { title: period.title, dueDate: period.dueDate }, after: changes },
      });
    });
    return this.periods.getVisibleTo(user, id);
  }

  async agencies(periodId: string): Promise<PeriodAgencies> {
    const period = await this.repository.findById(this.dataSource.manager, periodId);
    if (!period) throw new AppException('NOT_FOUND', 'No such reporting period.');
    return { agencyIds: await this.repository.findObligedAgencyIds(this.dataSource.manager, periodId, period.state === 'draft') };
  }

  async setAgencies(user: CurrentUser, periodId: string, agencyIds: string[]): Promise<PeriodAgencies> {
    await this.dataSource.transaction(async (db) => {
      await this.periods.lockForChange(db, periodId, ['draft']);
      const unique = [...new Set(agencyIds)];
      const members = await this.repository.findReportingMemberIds(db, unique);
      if (members.length !== unique.length) {
        throw invalid('agencyIds', 'activeMembers', 'Only active member units can be obliged to report.');
      }
      // The units that stay keep their own due dates.
      await this.repository.replaceObligedUnits(db, periodId, unique);
      await this.audit.record(db, user, { action: 'period.agencies_set', objectType: 'period', objectId: periodId, periodId, summary: { agencyIds: unique } });
    });
    return this.agencies(periodId);
  }

  /** Opening creates the obligations of every chosen unit (see `createObligations`). */
  async open(user: CurrentUser, periodId: string, confirmPastDue?: boolean): Promise<ReportingPeriod> {
    await this.dataSource.transaction(async (db) => {
      const period = await this.periods.lockForChange(db, periodId);
      const groups = await this.repository.countTaskGroups(db, periodId);
      const agencyIds = await this.repository.findObligedAgencyIds(db, periodId, true);
      const units = agencyIds.length;
      const decision = decidePeriodAction('open', { state: period.state, taskGroupCount: groups, unitCount: units });
      if (!decision.allowed) {
        if (decision.reason === 'state') throw new AppException('ILLEGAL_TRANSITION', `Not possible while the period is ${period.state}.`);
        throw new AppException('VALIDATION_FAILED', 'The period cannot be opened yet.', decision.missing.map(openingNeedError));
      }
      const pastDueUnits = await this.deadlines.checkOpening(
        db,
        { id: periodId, dueDate: period.dueDate, cutOffTo: period.cutOffTo, rollOver: period.shiftDueDateToWorkingDay },
        confirmPastDue,
      );
      await this.repository.createObligations(db, periodId, agencyIds, this.clock.now());
      await this.deadlines.carryUnitDueDates(db, periodId);
      await this.repository.setState(db, periodId, 'open');
      await this.notifications.periodOpened(db, periodId);
      await this.audit.record(db, user, {
        action: 'period.opened',
        objectType: 'period',
        objectId: periodId,
        periodId,
        summary: { units, taskGroups: groups, ...(pastDueUnits ? { pastDueUnits } : {}) },
      });
    });
    return this.periods.getVisibleTo(user, periodId);
  }

  /**
   * A unit created, or found missing, after the period opened gets its obligation: its report, due
   * on the period's due date (the office grants an extension where that is unfair). Either every
   * unit asked for is added or none: a refusal names each unit that cannot be, and why.
   */
  async addAgencies(user: CurrentUser, periodId: string, agencyIds: string[]): Promise<PeriodAgencies> {
    await this.dataSource.transaction(async (db) => {
      const period = await this.periods.lockForChange(db, periodId);
      if (!acceptsAddedUnits(period.state)) {
        throw new AppException(
          'PERIOD_NOT_OPEN',
          period.state === 'draft'
            ? 'While the period is a draft, choose its units with the list of units that must report.'
            : `A ${period.state} period takes no new units.`,
        );
      }
      const unique = [...new Set(agencyIds)];
      const facts = await this.repository.unitAdmissionFacts(db, periodId, unique);
      const refusals: FieldError[] = [];
      unique.forEach((id, index) => {
        const refusal = unitAdmissionRefusal(facts[index]!);
        if (refusal) refusals.push({ field: `agencyIds.${agencyIds.indexOf(id)}`, constraints: { [refusal]: REFUSAL_MESSAGES[refusal] } });
      });
      if (refusals.length > 0) throw new AppException('VALIDATION_FAILED', 'Only active member units without a report in this period can be added.', refusals);
      await this.repository.addMembers(db, periodId, unique);
      // One event per unit, on its new report: the report's history begins with it, and the audit
      // log finds it by unit.
      for (const report of await this.repository.createObligations(db, periodId, unique, this.clock.now())) {
        await this.audit.record(db, user, {
          action: 'report.added_to_period',
          objectType: 'report',
          objectId: report.id,
          periodId,
          agencyId: report.agencyId,
          summary: { dueDate: period.dueDate },
        });
      }
      // The units added learn of the period as the others did when it opened.
      await this.notifications.periodOpened(db, periodId, unique);
    });
    return this.agencies(periodId);
  }

  async close(user: CurrentUser, periodId: string): Promise<ReportingPeriod> {
    return this.moveState(user, periodId, 'close');
  }

  async archive(user: CurrentUser, periodId: string): Promise<ReportingPeriod> {
    return this.moveState(user, periodId, 'archive');
  }

  private async moveState(user: CurrentUser, periodId: string, action: Exclude<PeriodAction, 'open'>): Promise<ReportingPeriod> {
    await this.dataSource.transaction(async (db) => {
      const period = await this.periods.lockForChange(db, periodId);
      const from = period.state;
      const decision = decidePeriodAction(action, { state: from, taskGroupCount: 0, unitCount: 0 });
      if (!decision.allowed) throw new AppException('ILLEGAL_TRANSITION', `Not possible while the period is ${from}.`);
      const to = decision.to;
      await this.repository.setState(db, periodId, to);
      await this.audit.record(db, user, { action: `period.${to}`, objectType: 'period', objectId: periodId, periodId, summary: { from, to } });
    });
    return this.periods.getVisibleTo(user, periodId);
  }
}
