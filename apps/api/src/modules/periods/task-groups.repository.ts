import { Injectable } from '@nestjs/common';
import type { IndicatorAggregation } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { IndicatorEntity } from './indicator.entity.js';
import { TaskGroupEntity } from './task-group.entity.js';

export interface IndicatorRow {
  name: string;
  unit: string;
  aggregation: IndicatorAggregation;
  integerOnly: boolean;
  target: number | null;
}

/** A period's task groups (nhóm nhiệm vụ) and their indicators; every method runs in the caller's transaction. */
@Injectable()
export class TaskGroupsRepository {
  findInPeriod(db: EntityManager, periodId: string, groupId: string): Promise<TaskGroupEntity | null> {
    return db.getRepository(TaskGroupEntity).findOneBy({ id: groupId, periodId });
  }

  findWithIndicatorsInOrder(db: EntityManager, periodId: string): Promise<TaskGroupEntity[]> {
    return db.getRepository(TaskGroupEntity).find({ where: { periodId }, relations: { indicators: true }, order: { ordinal: 'ASC' } });
  }

  async findIdsInPeriod(db: EntityManager, periodId: string): Promise<string[]> {
    const rows: { id: string }[] = await db.query(`SELECT id FROM task_groups WHERE period_id = $1`, [periodId]);
    return rows.map((row) => row.id);
  }

  async nextOrdinal(db: EntityManager, periodId: string): Promise<number> {
    const [{ next }]: { next: number }[] = await db.query(`SELECT coalesce(max(ordinal), 0) + 1 AS next FROM task_groups WHERE period_id = $1`, [periodId]);
    return next;
  }

  insertTaskGroup(
    db: EntityManager,
    group: { periodId: string; ordinal: number; title: string; shortName: string; guidance: string | null },
  ): Promise<TaskGroupEntity> {
    return db.getRepository(TaskGroupEntity).save(group);
  }

  async updateWording(db: EntityManager, groupId: string, wording: { title: string; shortName: string; guidance: string | null }): Promise<void> {
    await db.getRepository(TaskGroupEntity).update({ id: groupId }, wording);
  }

  /** The indicators in the given order (ordinals 1, 2, …). */
  async insertIndicators(db: EntityManager, taskGroupId: string, indicators: IndicatorRow[]): Promise<void> {
    if (indicators.length === 0) return;
    await db.getRepository(IndicatorEntity).insert(
      indicators.map((indicator, index) => ({
        taskGroupId,
        ordinal: index + 1,
        name: indicator.name,
        unit: indicator.unit,
        aggregation: indicator.aggregation,
        integerOnly: indicator.integerOnly,
        target: indicator.target === null ? null : String(indicator.target),
      })),
    );
  }

  async replaceIndicators(db: EntityManager, taskGroupId: string, indicators: IndicatorRow[]): Promise<void> {
    await db.getRepository(IndicatorEntity).delete({ taskGroupId });
    await this.insertIndicators(db, taskGroupId, indicators);
  }

  /** Deletes the group and closes the gap it leaves: the groups after it move up one. */
  async deleteAndRenumberTaskGroupsAfter(db: EntityManager, periodId: string, group: { id: string; ordinal: number }): Promise<void> {
    await db.query(`SET CONSTRAINTS task_groups_ordinal_uq DEFERRED`);
    await db.getRepository(TaskGroupEntity).delete({ id: group.id });
    await db.query(`UPDATE task_groups SET ordinal = ordinal - 1 WHERE period_id = $1 AND ordinal > $2`, [periodId, group.ordinal]);
  }

  /** Numbers the period's groups 1, 2, … in the order of `ids`. */
  async renumberTaskGroupsInOrder(db: EntityManager, periodId: string, ids: string[]): Promise<void> {
    await db.query(`SET CONSTRAINTS task_groups_ordinal_uq DEFERRED`);
    await db.query(
      `UPDATE task_groups g SET ordinal = o.ordinal
         FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ordinal)
        WHERE g.id = o.id AND g.period_id = $1`,
      [periodId, ids],
    );
  }
}
