import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AgencyReportEntity } from './agency-report.entity.js';
import { ReportSectionEntity } from './report-section.entity.js';

/** Queries about units' reports. Every method takes the EntityManager of the caller's transaction. */
@Injectable()
export class ReportsRepository {
  /** The report with its period and agency; `forUpdate` locks the row for a state change. */
  findWithPeriod(db: EntityManager, reportId: string, forUpdate = false): Promise<AgencyReportEntity | null> {
    const query = db
      .getRepository(AgencyReportEntity)
      .createQueryBuilder('report')
      .innerJoinAndSelect('report.period', 'period')
      .innerJoinAndSelect('report.agency', 'agency')
      .where('report.id = :reportId', { reportId });
    if (forUpdate) query.setLock('pessimistic_write', undefined, ['report']);
    return query.getOne();
  }

  /** Task group sections in ordinal order, then the general ones, with indicators and values. */
  async findSectionsInOrder(db: EntityManager, reportId: string): Promise<ReportSectionEntity[]> {
    const sections = await db.getRepository(ReportSectionEntity).find({
      where: { reportId },
      relations: { taskGroup: { indicators: true }, indicatorValues: true },
    });
    const generalOrder = ['strengths', 'limitations', 'causes', 'difficulties', 'proposals', 'next_plan'];
    const rank = (s: ReportSectionEntity) =>
      s.taskGroup ? s.taskGroup.ordinal : 1000 + generalOrder.indexOf(s.generalKey ?? '');
    for (const s of sections) s.taskGroup?.indicators?.sort((a, b) => a.ordinal - b.ordinal);
    return sections.sort((a, b) => rank(a) - rank(b));
  }

  findSection(db: EntityManager, reportId: string, sectionId: string): Promise<ReportSectionEntity | null> {
    return db.getRepository(ReportSectionEntity).findOne({
      where: { id: sectionId, reportId },
      relations: { taskGroup: { indicators: true }, indicatorValues: true },
    });
  }

  /** Reports of one unit in periods it can see (open, closed or archived), latest due first. */
  findByAgencyNewestFirst(db: EntityManager, agencyId: string): Promise<AgencyReportEntity[]> {
    return db
      .getRepository(AgencyReportEntity)
      .createQueryBuilder('report')
      .innerJoinAndSelect('report.period', 'period')
      .innerJoinAndSelect('report.agency', 'agency')
      .where('report.agencyId = :agencyId', { agencyId })
      .andWhere(`period.state <> 'draft'`)
      .orderBy('period.dueDate', 'DESC')
      .getMany();
  }

  /** Every obligated unit of a period, in agency order (the review board). */
  findByPeriodInAgencyOrder(db: EntityManager, periodId: string, agencyId: string | null): Promise<AgencyReportEntity[]> {
    const query = db
      .getRepository(AgencyReportEntity)
      .createQueryBuilder('report')
      .innerJoinAndSelect('report.period', 'period')
      .innerJoinAndSelect('report.agency', 'agency')
      .where('report.periodId = :periodId', { periodId });
    if (agencyId) query.andWhere('report.agencyId = :agencyId', { agencyId });
    return query.orderBy('agency.displayOrder', 'ASC').addOrderBy('agency.name', 'ASC').getMany();
  }

  async countReturnedSections(db: EntityManager, reportIds: string[]): Promise<Map<string, number>> {
    if (reportIds.length === 0) return new Map();
    const rows: { report_id: string; n: number }[] = await db.query(
      `SELECT report_id, count(*)::int AS n FROM report_sections
        WHERE report_id = ANY($1::uuid[]) AND returned GROUP BY report_id`,
      [reportIds],
    );
    return new Map(rows.map((r) => [r.report_id, r.n]));
  }

  /**
   * The autosave: writes only when the section is still at the version the edit started from.
   * Returns false when someone saved in between (the caller answers 409 with the server's copy).
   */
  async saveSectionIfVersion(
    db: EntityManager,
    sectionId: string,
    expectedVersion: number,
    values: { text: string; status: string | null; updatedAt: Date; updatedBy: string },
  ): Promise<boolean> {
    const result = await db.query(
      `UPDATE report_sections
          SET text = $3, status = $4, version = version + 1, updated_at = $5, updated_by = $6
        WHERE id = $1 AND version = $2`,
      [sectionId, expectedVersion, values.text, values.status, values.updatedAt, values.updatedBy],
    );
    return (result[1] as number) === 1;
  }

  async replaceIndicatorValues(
    db: EntityManager,
    sectionId: string,
    values: { indicatorId: string; value: number | null }[],
  ): Promise<void> {
    await db.query(`DELETE FROM indicator_values WHERE section_id = $1`, [sectionId]);
    const present = values.filter((v) => v.value !== null);
    if (present.length === 0) return;
    await db.query(
      `INSERT INTO indicator_values (section_id, indicator_id, value)
       SELECT $1, unnest($2::uuid[]), unnest($3::numeric[])`,
      [sectionId, present.map((v) => v.indicatorId), present.map((v) => v.value)],
    );
  }
}
