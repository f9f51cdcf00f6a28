import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import { ReportingPeriodEntity } from './reporting-period.entity.js';
import { TaskGroupEntity } from './task-group.entity.js';

export type PeriodWithCount = ReportingPeriodEntity & { taskGroupCount: number };

/** Queries about periods and their task groups; the visibility rules arrive as arguments. */
@Injectable()
export class PeriodsRepository {
  constructor(
    @InjectRepository(ReportingPeriodEntity) private readonly periods: Repository<ReportingPeriodEntity>,
    @InjectRepository(TaskGroupEntity) private readonly taskGroups: Repository<TaskGroupEntity>,
  ) {}

  private visible(includeDrafts: boolean): SelectQueryBuilder<ReportingPeriodEntity> {
    const query = this.periods.createQueryBuilder('period').where('true');
    if (!includeDrafts) query.andWhere(`period.state <> 'draft'`);
    return query;
  }

  /** Task group counts of many periods in one query (no N+1). */
  private async withTaskGroupCounts(rows: ReportingPeriodEntity[]): Promise<PeriodWithCount[]> {
    if (rows.length === 0) return [];
    const counts: { period_id: string; count: string }[] = await this.taskGroups
      .createQueryBuilder('group')
      .select('group.period_id', 'period_id')
      .addSelect('count(*)', 'count')
      .where('group.period_id IN (:...ids)', { ids: rows.map((r) => r.id) })
      .groupBy('group.period_id')
      .getRawMany();
    const byPeriod = new Map(counts.map((c) => [c.period_id, Number(c.count)]));
    return rows.map((row) => Object.assign(row, { taskGroupCount: byPeriod.get(row.id) ?? 0 }));
  }

  async findPageNewestFirst(
    includeDrafts: boolean,
    skip: number,
    take: number,
  ): Promise<[PeriodWithCount[], number]> {
    const [rows, total] = await this.visible(includeDrafts)
      .orderBy('period.cutOffTo', 'DESC')
      .addOrderBy('period.title', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return [await this.withTaskGroupCounts(rows), total];
  }

  async findOneWithCount(id: string, includeDrafts: boolean): Promise<PeriodWithCount | null> {
    const row = await this.visible(includeDrafts).andWhere('period.id = :id', { id }).getOne();
    return row ? (await this.withTaskGroupCounts([row]))[0]! : null;
  }

  findTaskGroupsInOrder(periodId: string): Promise<TaskGroupEntity[]> {
    return this.taskGroups.find({
      where: { periodId },
      relations: { indicators: true },
      order: { ordinal: 'ASC', indicators: { ordinal: 'ASC' } },
    });
  }
}
