import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { defaultTaskGroupShortName, type CurrentUser, type FieldError, type TaskGroup } from '@giao-ban/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AppException } from '../../common/errors/app-exception.js';
import { AuditService } from '../audit/audit.service.js';
import type { IndicatorInputDto, TaskGroupInputDto } from './dto/period-requests.dto.js';
import { PeriodsRepository } from './periods.repository.js';
import { PeriodsService } from './periods.service.js';
import { TaskGroupsRepository, type IndicatorRow } from './task-groups.repository.js';

const invalid = (field: string, rule: string, message: string) =>
  new AppException('VALIDATION_FAILED', message, [{ field, constraints: { [rule]: message } }] satisfies FieldError[]);

function indicatorRows(indicators: IndicatorInputDto[]): IndicatorRow[] {
  return indicators.map((indicator) => ({ ...indicator, name: indicator.name.trim(), unit: indicator.unit.trim() }));
}

/** The task groups (nhóm nhiệm vụ) of a draft period: add, edit, remove, reorder, copy from another period. */
@Injectable()
export class TaskGroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly periods: PeriodsService,
    private readonly periodsRepository: PeriodsRepository,
    private readonly repository: TaskGroupsRepository,
    private readonly audit: AuditService,
  ) {}

  async add(user: CurrentUser, periodId: string, body: TaskGroupInputDto): Promise<TaskGroup> {
    const groupId = await this.dataSource.transaction(async (db) => {
      await this.periods.lockForChange(db, periodId, ['draft']);
      const ordinal = await this.repository.nextOrdinal(db, periodId);
      const title = body.title.trim();
      const shortName = body.shortName ?? defaultTaskGroupShortName(title);
      const group = await this.repository.insertTaskGroup(db, { periodId, ordinal, title, shortName, guidance: body.guidance?.trim() || null });
      await this.repository.insertIndicators(db, group.id, indicatorRows(body.indicators));
      await this.audit.record(db, user, {
        action: 'task_group.added',
        objectType: 'period',
        objectId: periodId,
        periodId,
        summary: { taskGroupId: group.id, ordinal, title: group.title, shortName },
      });
      return group.id;
    });
    return this.taskGroup(user, periodId, groupId);
  }

  async update(user: CurrentUser, periodId: string, groupId: string, body: TaskGroupInputDto): Promise<TaskGroup> {
    await this.dataSource.transaction(async (db) => {
      await this.periods.lockForChange(db, periodId, ['draft']);
      const group = await this.repository.findInPeriod(db, periodId, groupId);
      if (!group) throw new AppException('NOT_FOUND', 'No such task group in this period.');
      const title = body.title.trim();
      const shortName = body.shortName ?? group.shortName;
      await this.repository.updateWording(db, groupId, { title, shortName, guidance: body.guidance?.trim() || null });
      await this.repository.replaceIndicators(db, groupId, indicatorRows(body.indicators));
      await this.audit.record(db, user, {
        action: 'task_group.updated',
        objectType: 'period',
        objectId: periodId,
        periodId,
        summary: {
          taskGroupId: groupId,
          before: group.title,
          after: title,
          ...(shortName === group.shortName ? {} : { shortNameBefore: group.shortName, shortNameAfter: shortName }),
        },
      });
    });
    return this.taskGroup(user, periodId, groupId);
  }

  async remove(user: CurrentUser, periodId: string, groupId: string): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      await this.periods.lockForChange(db, periodId, ['draft']);
      const group = await this.repository.findInPeriod(db, periodId, groupId);
      if (!group) throw new AppException('NOT_FOUND', 'No such task group in this period.');
      await this.repository.deleteAndRenumberTaskGroupsAfter(db, periodId, group);
      await this.audit.record(db, user, {
        action: 'task_group.removed',
        objectType: 'period',
        objectId: periodId,
        periodId,
        summary: { taskGroupId: groupId, ordinal: group.ordinal, title: group.title },
      });
    });
  }

  async reorder(user: CurrentUser, periodId: string, ids: string[]): Promise<TaskGroup[]> {
    await this.dataSource.transaction(async (db) => {
      await this.periods.lockForChange(db, periodId, ['draft']);
      const current = await this.repository.findIdsInPeriod(db, periodId);
      const same = current.length === ids.length && new Set(ids).size === ids.length && current.every((id) => ids.includes(id));
      if (!same) throw invalid('taskGroupIds', 'samePeriodGroups', 'List every task group of the period exactly once.');
      await this.repository.renumberTaskGroupsInOrder(db, periodId, ids);
      await this.audit.record(db, user, { action: 'task_group.reordered', objectType: 'period', objectId: periodId, periodId, summary: { order: ids } });
    });
    return (await this.periods.listTaskGroupsVisibleTo(user, periodId)).items;
  }

  /** A new period's task groups and indicators as another period has them, in the caller's transaction. */
  async copy(db: EntityManager, fromPeriodId: string, toPeriodId: string): Promise<void> {
    const source = await this.repository.findWithIndicatorsInOrder(db, fromPeriodId);
    if (source.length === 0 && !(await this.periodsRepository.exists(db, fromPeriodId))) {
      throw new AppException('NOT_FOUND', 'No such period to copy from.');
    }
    for (const group of source) {
      const copy = await this.repository.insertTaskGroup(db, {
        periodId: toPeriodId,
        ordinal: group.ordinal,
        title: group.title,
        shortName: group.shortName,
        guidance: group.guidance,
      });
      const indicators = [...(group.indicators ?? [])].sort((a, b) => a.ordinal - b.ordinal);
      await this.repository.insertIndicators(
        db,
        copy.id,
        indicators.map((indicator) => ({
          name: indicator.name,
          unit: indicator.unit,
          aggregation: indicator.aggregation,
          integerOnly: indicator.integerOnly,
          target: indicator.target === null ? null : Number(indicator.target),
        })),
      );
    }
  }

  private async taskGroup(user: CurrentUser, periodId: string, groupId: string): Promise<TaskGroup> {
    const groups = await this.periods.listTaskGroupsVisibleTo(user, periodId);
    return groups.items.find((group) => group.id === groupId)!;
  }
}
