import { Injectable } from '@nestjs/common';
import {
  EDITABLE_REPORT_STATES,
  type Attachment,
  type ReportVersionSummary,
  type ReviewNote,
  type Role,
  PERIOD_STATES_TAKING_SUBMISSIONS,
  REPORT_STATES_OPENING_ONLY_RETURNED_SECTIONS,
  type CurrentUser,
  type GeneralSectionKey,
  type IndicatorAggregation,
  type ReportState,
  type TaskStatus,
} from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { queryPrepared } from '../../database/prepared-query.js';
import { ReportingPeriodEntity } from '../periods/reporting-period.entity.js';
import { AgencyReportEntity } from './agency-report.entity.js';
import { ReportSectionEntity } from './report-section.entity.js';
import { ReportVersionEntity } from './report-version.entity.js';
import { ReviewNoteEntity } from './review-note.entity.js';

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

/**
 * An autosave is audited when it opens an edit session: another person's first save of the
 * section, a change of its task status, or a save after this long without one. The saves in
 * between change nothing the history needs (the section keeps its last editor and time, each
 * submission keeps its text), and auditing every one of them buried the report's history under
 * one "content saved" line per few seconds of typing.
 */
export const EDIT_SESSION_GAP_MINUTES = 10;

/**
 * The edit rule of a section (decideSectionEdit in libs/shared) as the database enforces it, over
 * `r` (agency_reports), `p` (reporting_periods) and `s` (report_sections), with the rule's state
 * lists in a row `edit_rule` (see editRuleParameters). Role and scope are the service's part.
 */
export const SECTION_EDIT_GUARD_SQL = `r.state = ANY(edit_rule.editable_report_states)
            AND (p.state = ANY(edit_rule.period_states_taking_submissions) OR r.reopened)
            AND s.applicable
            AND (r.state <> ALL(edit_rule.states_opening_only_returned_sections) OR s.returned)`;

/** The `edit_rule` row of SECTION_EDIT_GUARD_SQL, from parameters $first.. $first+2 (editRuleParameters). */
export function editRuleRow(first: number): string {
  return `SELECT $${first}::text[] AS editable_report_states, $${first + 1}::text[] AS period_states_taking_submissions,
                 $${first + 2}::text[] AS states_opening_only_returned_sections`;
}

export function editRuleParameters(): string[][] {
  return [[...EDITABLE_REPORT_STATES], [...PERIOD_STATES_TAKING_SUBMISSIONS], [...REPORT_STATES_OPENING_ONLY_RETURNED_SECTIONS]];
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

  findPeriod(db: EntityManager, periodId: string): Promise<ReportingPeriodEntity | null> {
    return db.getRepository(ReportingPeriodEntity).findOneBy({ id: periodId });
  }

  async setState(db: EntityManager, reportId: string, state: ReportState): Promise<void> {
    await db.query(`UPDATE agency_reports SET state = $2, updated_at = now() WHERE id = $1`, [reportId, state]);
  }

  async insertVersion(
    db: EntityManager,
    version: { reportId: string; number: number; submittedAt: Date; submittedBy: string; onTime: boolean; content: ReportVersionEntity['content'] },
  ): Promise<void> {
    await db.insert(ReportVersionEntity, version);
  }

  /**
   * Records a submission on the report: its state, first and last submission times, version number,
   * and the head's approval when `approvedBy` is given; a reopened report is closed again.
   */
  async markSubmitted(
    db: EntityManager,
    submission: { reportId: string; state: ReportState; at: Date; versionNumber: number; approvedBy: string | null },
  ): Promise<void> {
    await db.query(
      `UPDATE agency_reports
          SET state = $2, first_submitted_at = coalesce(first_submitted_at, $3), last_submitted_at = $3,
              version_number = $4, reopened = false, updated_at = now(),
              approved_at = CASE WHEN $5::uuid IS NOT NULL THEN $3 ELSE approved_at END,
              approved_by = coalesce($5::uuid, approved_by)
        WHERE id = $1`,
      [submission.reportId, submission.state, submission.at, submission.versionNumber, submission.approvedBy],
    );
  }

  /** The sections the office sent back are no longer marked once the report is submitted again. */
  async clearReturnedSections(db: EntityManager, reportId: string): Promise<void> {
    await db.query(`UPDATE report_sections SET returned = false WHERE report_id = $1 AND returned`, [reportId]);
  }

  async findAttachmentsInUploadOrder(db: EntityManager, reportId: string): Promise<Attachment[]> {
    const rows: { id: string; section_id: string | null; file_name: string; file_type: Attachment['fileType']; size_bytes: number; sha256: string; full_name: string; uploaded_at: Date }[] =
      await db.query(
        `SELECT a.id, a.section_id, a.file_name, a.file_type, a.size_bytes, a.sha256, u.full_name, a.uploaded_at
           FROM attachments a JOIN users u ON u.id = a.uploaded_by
          WHERE a.report_id = $1 ORDER BY a.uploaded_at, a.id`,
        [reportId],
      );
    return rows.map((row) => ({
      id: row.id,
      sectionId: row.section_id,
      fileName: row.file_name,
      fileType: row.file_type,
      sizeBytes: row.size_bytes,
      sha256: row.sha256,
      uploadedByName: row.full_name,
      uploadedAt: row.uploaded_at.toISOString(),
    }));
  }

  async findNotesInOrder(db: EntityManager, reportId: string): Promise<ReviewNote[]> {
    const rows: { id: string; section_id: string | null; parent_id: string | null; full_name: string; role: Role; body: string; created_at: Date }[] =
      await db.query(
        `SELECT n.id, n.section_id, n.parent_id, u.full_name, u.role, n.body, n.created_at
           FROM review_notes n JOIN users u ON u.id = n.author_id
          WHERE n.report_id = $1 ORDER BY n.created_at, n.id`,
        [reportId],
      );
    return rows.map((row) => ({
      id: row.id,
      sectionId: row.section_id,
      parentId: row.parent_id,
      authorName: row.full_name,
      authorRole: row.role,
      body: row.body,
      createdAt: row.created_at.toISOString(),
    }));
  }

  /** Marks exactly these sections as the ones the office sends back; the others are unmarked. */
  async markReturnedSections(db: EntityManager, reportId: string, sectionIds: string[]): Promise<void> {
    await db.query(`UPDATE report_sections SET returned = (id = ANY($2::uuid[])) WHERE report_id = $1`, [reportId, sectionIds]);
  }

  /** A reopened report opens every section that applies to the unit. */
  async markApplicableSectionsReturned(db: EntityManager, reportId: string): Promise<void> {
    await db.query(`UPDATE report_sections SET returned = applicable WHERE report_id = $1`, [reportId]);
  }

  async markReturned(db: EntityManager, returned: { reportId: string; state: ReportState; revisionDueDate: string; reason: string }): Promise<void> {
    await db.query(
      `UPDATE agency_reports SET state = $2, revision_due_date = $3, return_reason = $4, updated_at = now() WHERE id = $1`,
      [returned.reportId, returned.state, returned.revisionDueDate, returned.reason],
    );
  }

  async markAccepted(db: EntityManager, accepted: { reportId: string; state: ReportState; at: Date; acceptedBy: string }): Promise<void> {
    await db.query(`UPDATE agency_reports SET state = $2, accepted_at = $3, accepted_by = $4, updated_at = now() WHERE id = $1`, [
      accepted.reportId,
      accepted.state,
      accepted.at,
      accepted.acceptedBy,
    ]);
  }

  async markReopened(db: EntityManager, reopened: { reportId: string; state: ReportState; reason: string }): Promise<void> {
    await db.query(`UPDATE agency_reports SET state = $2, reopened = true, return_reason = $3, updated_at = now() WHERE id = $1`, [
      reopened.reportId,
      reopened.state,
      reopened.reason,
    ]);
  }

  async setExtension(db: EntityManager, reportId: string, dueDate: string, reason: string): Promise<void> {
    await db.query(`UPDATE agency_reports SET extended_due_date = $2, extension_reason = $3, updated_at = now() WHERE id = $1`, [reportId, dueDate, reason]);
  }

  /** A section marked not applicable gets the status 'not_applicable'; marked applicable again, none. */
  async setSectionApplicability(db: EntityManager, change: { sectionId: string; applicable: boolean; at: Date; actorId: string }): Promise<void> {
    await db.query(
      `UPDATE report_sections SET applicable = $2, status = CASE WHEN $2 THEN NULL ELSE 'not_applicable' END,
              version = version + 1, updated_at = $3, updated_by = $4
        WHERE id = $1`,
      [change.sectionId, change.applicable, change.at, change.actorId],
    );
  }

  async findVersionSummaries(db: EntityManager, reportId: string): Promise<ReportVersionSummary[]> {
    const rows: { number: number; submitted_at: Date; full_name: string; on_time: boolean }[] = await db.query(
      `SELECT v.number, v.submitted_at, u.full_name, v.on_time
         FROM report_versions v JOIN users u ON u.id = v.submitted_by
        WHERE v.report_id = $1 ORDER BY v.number`,
      [reportId],
    );
    return rows.map((row) => ({ number: row.number, submittedAt: row.submitted_at.toISOString(), submittedByName: row.full_name, onTime: row.on_time }));
  }

  findVersion(db: EntityManager, reportId: string, number: number): Promise<ReportVersionEntity | null> {
    return db.getRepository(ReportVersionEntity).findOneBy({ reportId, number });
  }

  findNote(db: EntityManager, reportId: string, noteId: string): Promise<ReviewNoteEntity | null> {
    return db.getRepository(ReviewNoteEntity).findOneBy({ id: noteId, reportId });
  }

  insertNote(
    db: EntityManager,
    note: { reportId: string; sectionId: string | null; parentId: string | null; authorId: string; body: string; createdAt: Date },
  ): Promise<ReviewNoteEntity> {
    return db.getRepository(ReviewNoteEntity).save(note);
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

  /**
   * Makes the report's current statuses and indicator values its submitted figures, the ones the
   * dashboard counts (a returned report is then edited without moving them).
   */
  async freezeSubmittedFigures(db: EntityManager, reportId: string): Promise<void> {
    await db.query(
      `UPDATE report_sections SET submitted_status = status
        WHERE report_id = $1 AND task_group_id IS NOT NULL AND submitted_status IS DISTINCT FROM status`,
      [reportId],
    );
    await db.query(
      `DELETE FROM submitted_indicator_values v USING report_sections s WHERE s.id = v.section_id AND s.report_id = $1`,
      [reportId],
    );
    await db.query(
      `INSERT INTO submitted_indicator_values (section_id, indicator_id, value)
       SELECT v.section_id, v.indicator_id, v.value FROM indicator_values v JOIN report_sections s ON s.id = v.section_id
        WHERE s.report_id = $1`,
      [reportId],
    );
  }

  /**
   * Reports of these units (a unit and the units it succeeded) in periods they can see (open,
   * closed or archived), latest due first.
   */
  findByAgenciesNewestFirst(db: EntityManager, agencyIds: string[]): Promise<AgencyReportEntity[]> {
    return db
      .getRepository(AgencyReportEntity)
      .createQueryBuilder('report')
      .innerJoinAndSelect('report.period', 'period')
      .innerJoinAndSelect('report.agency', 'agency')
      .where('report.agencyId = ANY(:agencyIds)', { agencyIds })
      .andWhere(`period.state <> 'draft'`)
      .orderBy('period.dueDate', 'DESC')
      .addOrderBy('agency.displayOrder', 'ASC')
      .addOrderBy('report.agencyName', 'ASC')
      .getMany();
  }

  /** Every obligated unit of a period (or those of `agencyIds`), in display order (the review board). */
  findByPeriodInAgencyOrder(db: EntityManager, periodId: string, agencyIds: string[] | null): Promise<AgencyReportEntity[]> {
    const query = db
      .getRepository(AgencyReportEntity)
      .createQueryBuilder('report')
      .innerJoinAndSelect('report.period', 'period')
      .innerJoinAndSelect('report.agency', 'agency')
      .where('report.periodId = :periodId', { periodId });
    if (agencyIds) query.andWhere('report.agencyId = ANY(:agencyIds)', { agencyIds });
    return query.orderBy('agency.displayOrder', 'ASC').addOrderBy('report.agencyName', 'ASC').addOrderBy('report.id', 'ASC').getMany();
  }

  /** The time of each report's latest reminder, a ladder rung or the office's đôn đốc (absent: never reminded). */
  async findLastReminderTimes(db: EntityManager, reportIds: string[]): Promise<Map<string, Date>> {
    if (reportIds.length === 0) return new Map();
    const rows: { report_id: string; at: Date }[] = await db.query(
      `SELECT report_id, max(created_at) AS at FROM reminders WHERE report_id = ANY($1::uuid[]) GROUP BY report_id`,
      [reportIds],
    );
    return new Map(rows.map((r) => [r.report_id, r.at]));
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
   * Everything the autosave needs to decide, for a batch of sections in one round trip: each
   * section with its task group, indicators and values, and its report's and period's state.
   * Sections that do not exist are absent (the caller matches the report id itself).
   */
  findSaveFacts(db: EntityManager, sectionIds: string[]): Promise<SaveFacts[]> {
    return queryPrepared<SaveFacts>(
      db,
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
        WHERE s.id = ANY($1::uuid[])`,
      [sectionIds],
    );
  }

  /**
   * The autosave's writes, a batch in one statement (atomic on its own): per save, the section's
   * text and status when it is still at `expectedVersion`, its report still in `expectedState` and
   * everything else the edit decision stood on still true (so a decision taken on remembered facts
   * can never write where a fresh one would have refused);
   * its indicator values; the report's first step from not_started to draft; and the audit event
   * when the save opens an edit session (EDIT_SESSION_GAP_MINUTES).
   * Returns, per save, the new version — or null when its guard failed (someone saved or the report
   * moved on in between). Two saves of one section in a batch: one wins, as two statements would.
   */
  async writeSectionSaves(db: EntityManager, writes: SectionWrite[]): Promise<({ version: number; updatedAt: Date } | null)[]> {
    const values = writes.flatMap((w, i) =>
      (w.indicatorValues ?? []).filter((v) => v.value !== null).map((v) => ({ i: i + 1, indicatorId: v.indicatorId, value: v.value })),
    );
    const rows = await queryPrepared<{ i: string; version: number; updated_at: Date }>(
      db,
      `WITH x AS (
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::timestamptz[],
                              $7::uuid[], $8::text[], $9::uuid[], $10::uuid[], $11::jsonb[], $12::boolean[])
           WITH ORDINALITY AS x(section_id, expected_version, expected_state, text, status, at,
                                actor_id, actor_role, period_id, agency_id, summary, replace_values, i)
       ), v AS (
         SELECT * FROM unnest($13::bigint[], $14::uuid[], $15::numeric[]) AS v(i, indicator_id, value)
       ), edit_rule AS (
         ${editRuleRow(16)}
       ), upd AS (
         UPDATE report_sections s
            SET text = x.text, status = x.status, version = s.version + 1, updated_at = x.at, updated_by = x.actor_id
           FROM x, agency_reports r, reporting_periods p, edit_rule
          WHERE s.id = x.section_id AND s.version = x.expected_version AND r.id = s.report_id AND r.state = x.expected_state
            -- What the edit decision stood on must still hold.
            AND p.id = r.period_id AND ${SECTION_EDIT_GUARD_SQL}
         RETURNING x.i, s.id, s.version, s.updated_at, s.report_id,
                   old.updated_by IS DISTINCT FROM x.actor_id OR old.status IS DISTINCT FROM s.status
                     OR old.updated_at <= x.at - interval '${EDIT_SESSION_GAP_MINUTES} minutes' AS opens_session
       ), vals AS (
         INSERT INTO indicator_values (section_id, indicator_id, value)
         SELECT upd.id, v.indicator_id, v.value
           FROM upd JOIN x ON x.i = upd.i AND x.replace_values JOIN v ON v.i = upd.i
         ON CONFLICT (section_id, indicator_id) DO UPDATE SET value = excluded.value
       ), cleared AS (
         DELETE FROM indicator_values iv USING upd, x
          WHERE x.i = upd.i AND x.replace_values AND iv.section_id = upd.id
            AND NOT EXISTS (SELECT 1 FROM v WHERE v.i = upd.i AND v.indicator_id = iv.indicator_id)
       ), started AS (
         UPDATE agency_reports a SET state = 'draft', updated_at = now()
          WHERE a.id IN (SELECT report_id FROM upd) AND a.state = 'not_started'
       ), audited AS (
         INSERT INTO audit_events (occurred_at, actor_id, actor_role, action, object_type, object_id, period_id, agency_id, summary)
         SELECT x.at, x.actor_id, x.actor_role, 'report.section_saved', 'report', upd.report_id, x.period_id, x.agency_id, x.summary
           FROM upd JOIN x ON x.i = upd.i
          WHERE upd.opens_session
       )
       SELECT i, version, updated_at FROM upd`,
      [
        writes.map((w) => w.sectionId),
        writes.map((w) => w.expectedVersion),
        writes.map((w) => w.expectedState),
        writes.map((w) => w.text),
        writes.map((w) => w.status),
        writes.map((w) => w.at),
        writes.map((w) => w.actor.id),
        writes.map((w) => w.actor.role),
        writes.map((w) => w.periodId),
        writes.map((w) => w.agencyId),
        writes.map((w) => JSON.stringify(w.auditSummary)),
        writes.map((w) => w.indicatorValues !== null),
        values.map((v) => v.i),
        values.map((v) => v.indicatorId),
        values.map((v) => v.value),
        ...editRuleParameters(),
      ],
    );
    const byIndex = new Map(rows.map((r) => [Number(r.i), { version: r.version, updatedAt: r.updated_at }]));
    return writes.map((_, index) => byIndex.get(index + 1) ?? null);
  }
}
