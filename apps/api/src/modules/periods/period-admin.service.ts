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
  type PeriodState,
  type ReminderLadder,
  type ReportingPeriod,
  type TaskGroup,
  type UnitAdmissionRefusal,
} from '@giao-ban/shared';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import type { CreatePeriodDto, IndicatorInputDto, TaskGroupInputDto, UpdatePeriodDto } from './dto/period-requests.dto.js';
import { IndicatorEntity } from './indicator.entity.js';
import { PeriodsRepository } from './periods.repository.js';
import { PeriodsService } from './periods.service.js';
import { ReportingPeriodEntity } from './reporting-period.entity.js';
import { TaskGroupEntity } from './task-group.entity.js';

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

/** The standing office's management of periods: create, edit while draft, choose units, open, close. */
@Injectable()
export class PeriodAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly periods: PeriodsService,
    private readonly repository: PeriodsRepository,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
    private readonly notifications: NotificationsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async holidays(db: EntityManager): Promise<Set<LocalDate>> {
    const rows: { date: string }[] = await db.query(`SELECT date::text AS date FROM public_holidays`);
    return new Set(rows.map((r) => r.date));
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
        period = await db.getRepository(ReportingPeriodEntity).save({
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
        await this.copyTaskGroups(db, body.copyFromPeriodId, period.id);
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

  private async copyTaskGroups(db: EntityManager, fromPeriodId: string, toPeriodId: string): Promise<void> {
    const source = await db.getRepository(TaskGroupEntity).find({
      where: { periodId: fromPeriodId },
      relations: { indicators: true },
      order: { ordinal: 'ASC' },
    });
    if (source.length === 0 && !(await db.getRepository(ReportingPeriodEntity).existsBy({ id: fromPeriodId }))) {
      throw new AppException('NOT_FOUND', 'No such period to copy from.');
    }
    for (const group of source) {
      const copy = await db.getRepository(TaskGroupEntity).save({
        periodId: toPeriodId,
        ordinal: group.ordinal,
        title: group.title,
        guidance: group.guidance,
      });
      await this.insertIndicators(db, copy.id, (group.indicators ?? []).sort((a, b) => a.ordinal - b.ordinal).map((i) => ({
        name: i.name,
        unit: i.unit,
        aggregation: i.aggregation,
        integerOnly: i.integerOnly,
        target: i.target === null ? null : Number(i.target),
      })));
    }
  }

  private async insertIndicators(db: EntityManager, taskGroupId: string, indicators: IndicatorInputDto[]): Promise<void> {
    if (indicators.length === 0) return;
    await db.getRepository(IndicatorEntity).insert(
      indicators.map((i, index) => ({
        taskGroupId,
        ordinal: index + 1,
        name: i.name.trim(),
        unit: i.unit.trim(),
        aggregation: i.aggregation,
        integerOnly: i.integerOnly,
        target: i.target === null ? null : String(i.target),
      })),
    );
  }

  /** The period row locked for a change; agency users never reach here (office-only routes). */
  private async lockPeriod(db: EntityManager, id: string, allowed?: PeriodState[]): Promise<ReportingPeriodEntity> {
    const period = await db
      .getRepository(ReportingPeriodEntity)
      .createQueryBuilder('period')
      .setLock('pessimistic_write')
      .where('period.id = :id', { id })
      .getOne();
    if (!period) throw new AppException('NOT_FOUND', 'No such reporting period.');
    if (allowed && !allowed.includes(period.state)) {
      throw new AppException('ILLEGAL_TRANSITION', `Not possible while the period is ${period.state}.`);
    }
    return period;
  }

  async update(user: CurrentUser, id: string, body: UpdatePeriodDto): Promise<ReportingPeriod> {
    await this.dataSource.transaction(async (db) => {
      const period = await this.lockPeriod(db, id);
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
      await db.getRepository(ReportingPeriodEntity).update({ id }, changes);
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

  async addTaskGroup(user: CurrentUser, periodId: string, body: TaskGroupInputDto): Promise<TaskGroup> {
    const groupId = await this.dataSource.transaction(async (db) => {
      await this.lockPeriod(db, periodId, ['draft']);
      const [{ next }] = await db.query(`SELECT coalesce(max(ordinal), 0) + 1 AS next FROM task_groups WHERE period_id = $1`, [periodId]);
      const group = await db.getRepository(TaskGroupEntity).save({
        periodId,
        ordinal: next,
        title: body.title.trim(),
        guidance: body.guidance?.trim() || null,
      });
      await this.insertIndicators(db, group.id, body.indicators);
      await this.audit.record(db, user, {
        action: 'task_group.added',
        objectType: 'period',
        objectId: periodId,
        periodId,
        summary: { taskGroupId: group.id, ordinal: next, title: group.title },
      });
      return group.id;
    });
    return this.taskGroup(user, periodId, groupId);
  }

  async updateTaskGroup(user: CurrentUser, periodId: string, groupId: string, body: TaskGroupInputDto): Promise<TaskGroup> {
    await this.dataSource.transaction(async (db) => {
      await this.lockPeriod(db, periodId, ['draft']);
      const group = await db.getRepository(TaskGroupEntity).findOneBy({ id: groupId, periodId });
      if (!group) throw new AppException('NOT_FOUND', 'No such task group in this period.');
      await db.getRepository(TaskGroupEntity).update({ id: groupId }, { title: body.title.trim(), guidance: body.guidance?.trim() || null });
      await db.getRepository(IndicatorEntity).delete({ taskGroupId: groupId });
      await this.insertIndicators(db, groupId, body.indicators);
      await this.audit.record(db, user, {
        action: 'task_group.updated',
        objectType: 'period',
        objectId: periodId,
        periodId,
        summary: { taskGroupId: groupId, before: group.title, after: body.title },
      });
    });
    return this.taskGroup(user, periodId, groupId);
  }

  async removeTaskGroup(user: CurrentUser, periodId: string, groupId: string): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      await this.lockPeriod(db, periodId, ['draft']);
      const group = await db.getRepository(TaskGroupEntity).findOneBy({ id: groupId, periodId });
      if (!group) throw new AppException('NOT_FOUND', 'No such task group in this period.');
      await db.query(`SET CONSTRAINTS task_groups_ordinal_uq DEFERRED`);
      await db.getRepository(TaskGroupEntity).delete({ id: groupId });
      await db.query(`UPDATE task_groups SET ordinal = ordinal - 1 WHERE period_id = $1 AND ordinal > $2`, [periodId, group.ordinal]);
      await this.audit.record(db, user, {
        action: 'task_group.removed',
        objectType: 'period',
        objectId: periodId,
        periodId,
        summary: { taskGroupId: groupId, ordinal: group.ordinal, title: group.title },
      });
    });
  }

  async reorderTaskGroups(user: CurrentUser, periodId: string, ids: string[]): Promise<TaskGroup[]> {
    await this.dataSource.transaction(async (db) => {
      await this.lockPeriod(db, periodId, ['draft']);
      const current: { id: string }[] = await db.query(`SELECT id FROM task_groups WHERE period_id = $1`, [periodId]);
      const same = current.length === ids.length && new Set(ids).size === ids.length && current.every((g) => ids.includes(g.id));
      if (!same) throw invalid('taskGroupIds', 'samePeriodGroups', 'List every task group of the period exactly once.');
      await db.query(`SET CONSTRAINTS task_groups_ordinal_uq DEFERRED`);
      await db.query(
        `UPDATE task_groups g SET ordinal = o.ordinal
           FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ordinal)
          WHERE g.id = o.id AND g.period_id = $1`,
        [periodId, ids],
      );
      await this.audit.record(db, user, { action: 'task_group.reordered', objectType: 'period', objectId: periodId, periodId, summary: { order: ids } });
    });
    return (await this.periods.listTaskGroupsVisibleTo(user, periodId)).items;
  }

  private async taskGroup(user: CurrentUser, periodId: string, groupId: string): Promise<TaskGroup> {
    const groups = await this.periods.listTaskGroupsVisibleTo(user, periodId);
    return groups.items.find((g) => g.id === groupId)!;
  }

  async agencies(periodId: string): Promise<PeriodAgencies> {
    const period = await this.dataSource.getRepository(ReportingPeriodEntity).findOneBy({ id: periodId });
    if (!period) throw new AppException('NOT_FOUND', 'No such reporting period.');
    return { agencyIds: await this.repository.findObligedAgencyIds(this.dataSource.manager, periodId, period.state === 'draft') };
  }

  async setAgencies(user: CurrentUser, periodId: string, agencyIds: string[]): Promise<PeriodAgencies> {
    await this.dataSource.transaction(async (db) => {
      await this.lockPeriod(db, periodId, ['draft']);
      const unique = [...new Set(agencyIds)];
      const members: { id: string }[] = await db.query(
        `SELECT id FROM agencies WHERE id = ANY($1::uuid[]) AND active AND NOT is_standing_office`,
        [unique],
      );
      if (members.length !== unique.length) {
        throw invalid('agencyIds', 'activeMembers', 'Only active member units can be obliged to report.');
      }
      // The units that stay keep their own due dates.
      await db.query(`DELETE FROM period_agencies WHERE period_id = $1 AND NOT (agency_id = ANY($2::uuid[]))`, [periodId, unique]);
      await db.query(`INSERT INTO period_agencies (period_id, agency_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [periodId, unique]);
      await this.audit.record(db, user, { action: 'period.agencies_set', objectType: 'period', objectId: periodId, periodId, summary: { agencyIds: unique } });
    });
    return this.agencies(periodId);
  }

  /** Opening creates the obligations of every chosen unit (see `createObligations`). */
  async open(user: CurrentUser, periodId: string, confirmPastDue?: boolean): Promise<ReportingPeriod> {
    await this.dataSource.transaction(async (db) => {
      const period = await this.lockPeriod(db, periodId);
      const [{ groups }] = await db.query(`SELECT count(*)::int AS groups FROM task_groups WHERE period_id = $1`, [periodId]);
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
      await db.query(`UPDATE reporting_periods SET state = 'open', updated_at = now() WHERE id = $1`, [periodId]);
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
      const period = await this.lockPeriod(db, periodId);
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
      const period = await this.lockPeriod(db, periodId);
      const from = period.state;
      const decision = decidePeriodAction(action, { state: from, taskGroupCount: 0, unitCount: 0 });
      if (!decision.allowed) throw new AppException('ILLEGAL_TRANSITION', `Not possible while the period is ${from}.`);
      const to = decision.to;
      await db.query(`UPDATE reporting_periods SET state = $2, updated_at = now() WHERE id = $1`, [periodId, to]);
      await this.audit.record(db, user, { action: `period.${to}`, objectType: 'period', objectId: periodId, periodId, summary: { from, to } });
    });
    return this.periods.getVisibleTo(user, periodId);
  }
}
