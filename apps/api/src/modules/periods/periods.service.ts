import { Injectable } from '@nestjs/common';
import { isAgencyRole, type CurrentUser, type Page, type PeriodState, type ReportingPeriod, type TaskGroup } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { AppException } from '../../common/errors/app-exception.js';
import type { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { PeriodsRepository, type PeriodWithCount } from './periods.repository.js';
import type { ReportingPeriodEntity } from './reporting-period.entity.js';
import type { TaskGroupEntity } from './task-group.entity.js';
import { toIndicator } from './indicator.mapper.js';

function toPeriod(p: PeriodWithCount): ReportingPeriod {
  return {
    id: p.id,
    title: p.title,
    kind: p.kind,
    year: p.year,
    sequence: p.sequence,
    cutOffFrom: p.cutOffFrom,
    cutOffTo: p.cutOffTo,
    dueDate: p.dueDate,
    state: p.state,
    requiresHeadApproval: p.requiresHeadApproval,
    shiftDueDateToWorkingDay: p.shiftDueDateToWorkingDay,
    taskGroupCount: p.taskGroupCount,
  };
}

function toTaskGroup(g: TaskGroupEntity): TaskGroup {
  return {
    id: g.id,
    periodId: g.periodId,
    ordinal: g.ordinal,
    title: g.title,
    shortName: g.shortName,
    guidance: g.guidance,
    indicators: (g.indicators ?? []).map(toIndicator),
  };
}

@Injectable()
export class PeriodsService {
  constructor(private readonly periods: PeriodsRepository) {}

  /** A draft period is the office's work in progress: member units see it once it is opened. */
  private seesDrafts(user: CurrentUser): boolean {
    return !isAgencyRole(user.role);
  }

  async listVisibleTo(user: CurrentUser, query: PageQueryDto): Promise<Page<ReportingPeriod>> {
    const [rows, total] = await this.periods.findPageNewestFirst(this.seesDrafts(user), query.skip, query.pageSize);
    return { items: rows.map(toPeriod), total, page: query.page, pageSize: query.pageSize };
  }

  async getVisibleTo(user: CurrentUser, id: string): Promise<ReportingPeriod> {
    const period = await this.periods.findOneWithCount(id, this.seesDrafts(user));
    if (!period) throw new AppException('NOT_FOUND', 'No such reporting period.');
    return toPeriod(period);
  }

  /**
   * The period row locked for a change, when its state allows the change; agency users never reach
   * here (office-only routes).
   */
  async lockForChange(db: EntityManager, id: string, allowed?: PeriodState[]): Promise<ReportingPeriodEntity> {
    const period = await this.periods.findForUpdate(db, id);
    if (!period) throw new AppException('NOT_FOUND', 'No such reporting period.');
    if (allowed && !allowed.includes(period.state)) {
      throw new AppException('ILLEGAL_TRANSITION', `Not possible while the period is ${period.state}.`);
    }
    return period;
  }

  async listTaskGroupsVisibleTo(user: CurrentUser, periodId: string): Promise<Page<TaskGroup>> {
    await this.getVisibleTo(user, periodId);
    const groups = await this.periods.findTaskGroupsInOrder(periodId);
    return { items: groups.map(toTaskGroup), total: groups.length, page: 1, pageSize: Math.max(groups.length, 1) };
  }
}
