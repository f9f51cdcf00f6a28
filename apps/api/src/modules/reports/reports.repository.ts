import { Injectable } from '@nestjs/common';
import type { CurrentUser, GeneralSectionKey, IndicatorAggregation, ReportState, TaskStatus } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { AgencyReportEntity } from './agency-report.entity.js';
import { ReportSectionEntity } from './report-section.entity.js';

export interface SaveFacts {
  id: string;
  reportId: string;
  taskGroupId: string | null;
  generalKey: GeneralSectionKey | null;
  applicable: boolean;
  status: TaskStatus | null;
  text: string;
  version: number;
  returned: boolean;
  updatedAt: Date;
  agencyId: string;
  periodId: string;
  reportState: ReportState;
  reopened: boolean;
  periodState: 'draft' | 'open' | 'closed' | 'archived';
  requiresHeadApproval: boolean;
  ordinal: number | null;
  title: string | null;
  guidance: string | null;
  indicators: { id: string; name: string; unit: string; aggregation: IndicatorAggregation; integerOnly: boolean; target: number | null; ordinal: number }[];
  values: { indicatorId: string; value: number }[];
}

export interface SectionWrite {
  sectionId: string;
  expectedVersion: number;
  expectedState: ReportState;
  text: string;
  status: TaskStatus | null;
  /** null: leave the values alone. */
  indicatorValues: { indicatorId: string; value: number | null }[] | null;
  at: Date;
  actor: CurrentUser;
  periodId: string;
  agencyId: string;
  auditSummary: Record<string, unknown>;
}

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
   * Everything the autosave needs to decide, in one round trip: the section with its task group,
   * indicators and values, and the report's and period's state. Null when the pair does not exist.
   */
  async findSaveFacts(db: EntityManager, reportId: string, sectionId: string): Promise<SaveFacts | null> {
    const rows: SaveFacts[] = await db.query(
      `SELECT s.id, s.report_id AS "reportId", s.task_group_id AS "taskGroupId", s.general_key AS "generalKey",
              s.applicable, s.status, s.text, s.version, s.returned, s.updated_at AS "updatedAt",
              r.agency_id AS "agencyId", r.period_id AS "periodId", r.state AS "reportState", r.reopened,
              p.state AS "periodState", p.requires_head_approval AS "requiresHeadApproval",
              g.ordinal, g.title, g.guidance,
              coalesce((SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'unit', i.unit,
                          'aggregation', i.aggregation, 'integerOnly', i.integer_only, 'target', i.target,
                          'ordinal', i.ordinal) ORDER BY i.ordinal)
                          FROM indicators i WHERE i.task_group_id = s.task_group_id), '[]'::json) AS indicators,
              coalesce((SELECT json_agg(json_build_object('indicatorId', v.indicator_id, 'value', v.value))
                          FROM indicator_values v WHERE v.section_id = s.id), '[]'::json) AS "values"
         FROM report_sections s
         JOIN agency_reports r ON r.id = s.report_id
         JOIN reporting_periods p ON p.id = r.period_id
         LEFT JOIN task_groups g ON g.id = s.task_group_id
        WHERE s.id = $2 AND s.report_id = $1`,
      [reportId, sectionId],
    );
    return rows[0] ?? null;
  }

  /**
   * The autosave's write, as one statement (atomic on its own): the section's text and status when
   * it is still at `expectedVersion` and the report still in `expectedState`; its indicator values;
   * the report's first step from not_started to draft; and the audit event. Returns null when the
   * guard failed (someone saved or the report moved on in between).
   */
  async writeSectionSave(db: EntityManager, w: SectionWrite): Promise<{ version: number; updatedAt: Date } | null> {
    const replaceValues = w.indicatorValues !== null;
    const present = (w.indicatorValues ?? []).filter((v) => v.value !== null);
    const rows: { version: number; updated_at: Date }[] = await db.query(
      `WITH upd AS (
         UPDATE report_sections s
            SET text = $3, status = $4, version = s.version + 1, updated_at = $5, updated_by = $6
           FROM agency_reports r
          WHERE s.id = $1 AND s.version = $2 AND r.id = s.report_id AND r.state = $7
         RETURNING s.id, s.version, s.updated_at, s.report_id
       ), vals AS (
         INSERT INTO indicator_values (section_id, indicator_id, value)
         SELECT upd.id, x.indicator_id, x.value FROM upd, unnest($8::uuid[], $9::numeric[]) AS x(indicator_id, value)
          WHERE $10
         ON CONFLICT (section_id, indicator_id) DO UPDATE SET value = excluded.value
       ), cleared AS (
         DELETE FROM indicator_values v USING upd
          WHERE $10 AND v.section_id = upd.id AND NOT (v.indicator_id = ANY($8::uuid[]))
       ), started AS (
         UPDATE agency_reports a SET state = 'draft', updated_at = now()
           FROM upd WHERE a.id = upd.report_id AND a.state = 'not_started'
       ), audited AS (
         INSERT INTO audit_events (occurred_at, actor_id, actor_role, action, object_type, object_id, period_id, agency_id, summary)
         SELECT $5, $6, $11, 'report.section_saved', 'report', upd.report_id, $12, $13, $14::jsonb FROM upd
       )
       SELECT version, updated_at FROM upd`,
      [
        w.sectionId,
        w.expectedVersion,
        w.text,
        w.status,
        w.at,
        w.actor.id,
        w.expectedState,
        present.map((v) => v.indicatorId),
        present.map((v) => v.value),
        replaceValues,
        w.actor.role,
        w.periodId,
        w.agencyId,
        JSON.stringify(w.auditSummary),
      ],
    );
    return rows[0] ? { version: rows[0].version, updatedAt: rows[0].updated_at } : null;
  }
}
