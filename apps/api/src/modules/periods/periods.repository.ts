import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { GENERAL_SECTION_KEYS, type LocalDate, type PeriodState, type ReminderLadder, type UnitAdmissionFacts } from '@giao-ban/shared';
import { Repository, type EntityManager, type SelectQueryBuilder } from 'typeorm';
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

  findById(db: EntityManager, id: string): Promise<ReportingPeriodEntity | null> {
    return db.getRepository(ReportingPeriodEntity).findOneBy({ id });
  }

  /** Inserts the period; a second period of the same kind and sequence fails on its unique key (23505). */
  insertPeriod(db: EntityManager, period: Partial<ReportingPeriodEntity>): Promise<ReportingPeriodEntity> {
    return db.getRepository(ReportingPeriodEntity).save(period);
  }

  async updatePeriod(db: EntityManager, id: string, changes: Partial<ReportingPeriodEntity>): Promise<void> {
    await db.getRepository(ReportingPeriodEntity).update({ id }, changes);
  }

  async setState(db: EntityManager, id: string, state: PeriodState): Promise<void> {
    await db.query(`UPDATE reporting_periods SET state = $2, updated_at = now() WHERE id = $1`, [id, state]);
  }

  async countTaskGroups(db: EntityManager, periodId: string): Promise<number> {
    const [{ groups }]: { groups: number }[] = await db.query(`SELECT count(*)::int AS groups FROM task_groups WHERE period_id = $1`, [periodId]);
    return groups;
  }

  async findPublicHolidayDates(db: EntityManager): Promise<LocalDate[]> {
    const rows: { date: LocalDate }[] = await db.query(`SELECT date::text AS date FROM public_holidays`);
    return rows.map((row) => row.date);
  }

  /** Of these units, those that can be obliged to report: active, and not the standing office. */
  async findReportingMemberIds(db: EntityManager, agencyIds: string[]): Promise<string[]> {
    const rows: { id: string }[] = await db.query(`SELECT id FROM agencies WHERE id = ANY($1::uuid[]) AND active AND NOT is_standing_office`, [agencyIds]);
    return rows.map((row) => row.id);
  }

  /** Makes exactly these units obliged to report for the period; the units that stay keep their rows (and own due dates). */
  async replaceObligedUnits(db: EntityManager, periodId: string, agencyIds: string[]): Promise<void> {
    await db.query(`DELETE FROM period_agencies WHERE period_id = $1 AND NOT (agency_id = ANY($2::uuid[]))`, [periodId, agencyIds]);
    await db.query(`INSERT INTO period_agencies (period_id, agency_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [periodId, agencyIds]);
  }

  /** The period row, locked against concurrent changes until the transaction ends. */
  findForUpdate(db: EntityManager, id: string): Promise<ReportingPeriodEntity | null> {
    return db.getRepository(ReportingPeriodEntity).createQueryBuilder('period').setLock('pessimistic_write').where('period.id = :id', { id }).getOne();
  }

  exists(db: EntityManager, id: string): Promise<boolean> {
    return db.getRepository(ReportingPeriodEntity).existsBy({ id });
  }

  /** The committee's default reminder ladder, which a new period takes. */
  async findDefaultReminderLadder(db: EntityManager): Promise<ReminderLadder> {
    const [row]: { reminder_ladder: ReminderLadder }[] = await db.query(`SELECT reminder_ladder FROM committee_settings`);
    if (!row) throw new Error('The committee settings row is missing');
    return row.reminder_ladder;
  }

  /** A period's reminder ladder; null when there is no such period. */
  async findReminderLadder(db: EntityManager, periodId: string): Promise<ReminderLadder | null> {
    const [row]: { reminder_ladder: ReminderLadder }[] = await db.query(`SELECT reminder_ladder FROM reporting_periods WHERE id = $1`, [periodId]);
    return row?.reminder_ladder ?? null;
  }

  /**
   * A period created from another takes its list of units: those the other obliged (its chosen list
   * while a draft, its reports once open) that are still active member units.
   */
  async copyUnitList(db: EntityManager, fromPeriodId: string, toPeriodId: string): Promise<number> {
    const rows: unknown[] = await db.query(
      `INSERT INTO period_agencies (period_id, agency_id)
       SELECT $2, a.id FROM agencies a
        WHERE a.active AND NOT a.is_standing_office
          AND (a.id IN (SELECT agency_id FROM period_agencies WHERE period_id = $1)
               OR a.id IN (SELECT agency_id FROM agency_reports WHERE period_id = $1))
       ON CONFLICT DO NOTHING
       RETURNING agency_id`,
      [fromPeriodId, toPeriodId],
    );
    return rows.length;
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

  /**
   * What decides whether each unit may join an open period, in the order asked. The units are
   * locked FOR SHARE, so a merge or an ending of one of them waits until the obligation exists
   * (and then moves or refuses it as it does any other).
   */
  async unitAdmissionFacts(db: EntityManager, periodId: string, agencyIds: string[]): Promise<UnitAdmissionFacts[]> {
    const rows: { id: string; active: boolean; is_standing_office: boolean; obliged: boolean }[] = await db.query(
      `SELECT a.id, a.active, a.is_standing_office,
              EXISTS (SELECT 1 FROM agency_reports r WHERE r.period_id = $1 AND r.agency_id = a.id) AS obliged
         FROM agencies a WHERE a.id = ANY($2::uuid[]) ORDER BY a.id FOR SHARE OF a`,
      [periodId, agencyIds],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return agencyIds.map((id) => {
      const row = byId.get(id);
      return { active: row ? row.active : null, isStandingOffice: row?.is_standing_office ?? false, obliged: row?.obliged ?? false };
    });
  }

  /** The units join the period's list of units that must report. */
  async addMembers(db: EntityManager, periodId: string, agencyIds: string[]): Promise<void> {
    await db.query(`INSERT INTO period_agencies (period_id, agency_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [periodId, agencyIds]);
  }

  /**
   * The obligations: one report per unit and in it one section per task group of the period,
   * plus the general headings. They are the denominator of every rate from now on.
   */
  async createObligations(db: EntityManager, periodId: string, agencyIds: string[], at: Date): Promise<{ id: string; agencyId: string }[]> {
    // Created at the application's clock: a unit is reminded of nothing that fell due before it was told to report.
    const reports: { id: string; agencyId: string }[] = await db.query(
      `INSERT INTO agency_reports (period_id, agency_id, created_at, updated_at) SELECT $1, unnest($2::uuid[]), $3, $3 RETURNING id, agency_id AS "agencyId"`,
      [periodId, agencyIds, at],
    );
    const reportIds = reports.map((r) => r.id);
    await db.query(
      `INSERT INTO report_sections (report_id, task_group_id)
       SELECT r.id, g.id FROM unnest($2::uuid[]) AS r(id) CROSS JOIN task_groups g WHERE g.period_id = $1`,
      [periodId, reportIds],
    );
    await db.query(
      `INSERT INTO report_sections (report_id, general_key)
       SELECT r.id, k FROM unnest($1::uuid[]) AS r(id) CROSS JOIN unnest($2::text[]) AS k`,
      [reportIds, [...GENERAL_SECTION_KEYS]],
    );
    return reports;
  }

  /** The period's units that must report, in display order: the chosen list while draft, the obligations once open. */
  async findObligedAgencyIds(db: EntityManager, periodId: string, draft: boolean): Promise<string[]> {
    const rows: { agency_id: string }[] = await db.query(
      `SELECT p.agency_id FROM ${draft ? 'period_agencies' : 'agency_reports'} p JOIN agencies a ON a.id = p.agency_id
        WHERE p.period_id = $1 ORDER BY a.display_order, a.name`,
      [periodId],
    );
    return rows.map((r) => r.agency_id);
  }
}
