import { Injectable } from '@nestjs/common';
import {
  effectiveDueDate,
  type ReportState,
  summaryBulletinMonths,
  type SummaryBulletinCounts,
  type SummaryDocument,
  type SummaryFigures,
  type SummaryPart,
  type SummarySectionInputs,
  type SummarySettings,
  type SummaryState,
  type SummaryTaskGroupInput,
  type SummaryUnitInput,
  type SummaryVersionAction,
  type SummaryVersionSummary,
  type VersionSectionContent,
} from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { ReportingPeriodEntity } from '../periods/reporting-period.entity.js';
import { VERSION_CONTENTS_SQL, versionContentsParameters, type WantedVersion } from './summary-compile.job.js';
import { SummaryEntity } from './summary.entity.js';

export interface StoredSection {
  key: string;
  position: number;
  part: SummaryPart;
  title: string;
  content: SummaryDocument;
  contentNumber: number;
  version: number;
  edited: boolean;
  inputs: SummarySectionInputs;
  compiledAt: Date;
  proposed: SummaryDocument | null;
  proposedInputs: SummarySectionInputs | null;
  proposedAt: Date | null;
}

export interface SectionSnapshot {
  key: string;
  part: SummaryPart;
  title: string;
  content: SummaryDocument;
}

export interface NewVersion {
  summaryId: string;
  number: number;
  action: SummaryVersionAction;
  createdAt: Date;
  createdBy: string;
  state: SummaryState;
  settings: SummarySettings;
  figures: SummaryFigures | null;
  sectionKeys: string[];
  note?: string | null;
}

/**
 * A section text's parameter (a `json` column): a document as JSON text, or its JSON already as
 * UTF-8 bytes (the driver sends a Buffer as a binary parameter, which PostgreSQL reads with
 * json_recv: the text itself, no re-encoding here).
 */
function jsonParameter(value: SummaryDocument | Buffer): string | Buffer {
  return Buffer.isBuffer(value) ? value : JSON.stringify(value);
}

/** Queries of the summaries module. Every method takes the EntityManager of the caller's transaction. */
@Injectable()
export class SummariesRepository {
  findPeriod(db: EntityManager, periodId: string): Promise<ReportingPeriodEntity | null> {
    return db.getRepository(ReportingPeriodEntity).findOneBy({ id: periodId });
  }

  findByPeriod(db: EntityManager, periodId: string, forUpdate = false): Promise<SummaryEntity | null> {
    const query = db.getRepository(SummaryEntity).createQueryBuilder('s').where('s.periodId = :periodId', { periodId });
    if (forUpdate) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /**
   * Creates the period's summary row unless it exists, then locks it. Two first compiles at once
   * meet on the unique period_id: the second waits for the first and finds its row.
   */
  async createOrLock(db: EntityManager, periodId: string, settings: SummarySettings, now: Date): Promise<{ summary: SummaryEntity; created: boolean }> {
    const inserted: { id: string }[] = await db.query(
      `INSERT INTO summaries (period_id, settings, figures, compiled_at) VALUES ($1, $2, '{}'::jsonb, $3)
       ON CONFLICT (period_id) DO NOTHING RETURNING id`,
      [periodId, settings, now],
    );
    return { summary: (await this.findByPeriod(db, periodId, true))!, created: inserted.length === 1 };
  }

  /** Task groups of the period in ordinal order, with their indicators in order. */
  async taskGroups(db: EntityManager, periodId: string): Promise<SummaryTaskGroupInput[]> {
    const rows: { ordinal: number; title: string; indicators: SummaryTaskGroupInput['indicators'] }[] = await db.query(
      `SELECT g.ordinal, g.title,
              coalesce(json_agg(json_build_object('name', i.name, 'unit', i.unit, 'aggregation', i.aggregation,
                                                  'target', i.target::float8) ORDER BY i.ordinal)
                       FILTER (WHERE i.id IS NOT NULL), '[]') AS indicators
         FROM task_groups g LEFT JOIN indicators i ON i.task_group_id = g.id
        WHERE g.period_id = $1
        GROUP BY g.id ORDER BY g.ordinal`,
      [periodId],
    );
    return rows;
  }

  /**
   * The bulletin's items accepted from each unit in the period's months (summaryBulletinMonths:
   * a half-year's or a year's; null for other periods), by the issue's month, in the units' order.
   */
  async bulletinCounts(db: EntityManager, period: ReportingPeriodEntity): Promise<SummaryBulletinCounts | null> {
    const months = summaryBulletinMonths(period);
    if (!months) return null;
    const rows: { name: string; items: number }[] = await db.query(
      `SELECT a.name, count(*)::int AS items
         FROM bulletin_items i JOIN bulletin_issues s ON s.id = i.issue_id JOIN agencies a ON a.id = i.agency_id
        WHERE i.state = 'accepted' AND s.year = $1 AND s.month BETWEEN $2 AND $3
        GROUP BY a.id ORDER BY a.display_order, a.name`,
      [period.year, months.from, months.to],
    );
    return { total: rows.reduce((sum, r) => sum + r.items, 0), units: rows };
  }

  /** Every unit the period obliges (named as its report was filed), with its report's state and timeliness facts; no content. */
  async units(db: EntityManager, period: ReportingPeriodEntity): Promise<SummaryUnitInput[]> {
    const rows: {
      agency_id: string;
      name: string;
      display_order: number;
      state: ReportState;
      unit_due_date: string | null;
      extended_due_date: string | null;
      first_submitted_at: Date | null;
      version_number: number;
    }[] = await db.query(
      `SELECT r.agency_id, r.agency_name AS name, a.display_order, r.state, r.unit_due_date, r.extended_due_date, r.first_submitted_at, r.version_number
         FROM agency_reports r JOIN agencies a ON a.id = r.agency_id
        WHERE r.period_id = $1
        ORDER BY a.display_order, r.agency_name, r.agency_id`,
      [period.id],
    );
    return rows.map((r) => ({
      agencyId: r.agency_id,
      name: r.name,
      displayOrder: r.display_order,
      state: r.state,
      effectiveDueDate: effectiveDueDate({ periodDueDate: period.dueDate, unitDueDate: r.unit_due_date, extendedTo: r.extended_due_date }),
      firstSubmittedAt: r.first_submitted_at?.toISOString() ?? null,
      versionNumber: r.version_number,
      content: null,
    }));
  }

  /** The content of each given unit's LATEST SUBMITTED version (immutable), never its live draft. */
  async latestVersionContents(db: EntityManager, periodId: string, agencyIds: string[]): Promise<Map<string, VersionSectionContent[]>> {
    if (agencyIds.length === 0) return new Map();
    const rows: { agency_id: string; sections: VersionSectionContent[] }[] = await db.query(
      `SELECT r.agency_id, v.content->'sections' AS sections
         FROM agency_reports r JOIN report_versions v ON v.report_id = r.id AND v.number = r.version_number
        WHERE r.period_id = $1 AND r.agency_id = ANY($2::uuid[])`,
      [periodId, agencyIds],
    );
    return new Map(rows.map((r) => [r.agency_id, r.sections]));
  }

  /** Those versions' contents as JSON text, not parsed here (a compile's, see summary-compile.job.ts). */
  versionContentsJson(db: EntityManager, periodId: string, batch: WantedVersion[]): Promise<[string, string][]> {
    return db
      .query(VERSION_CONTENTS_SQL, versionContentsParameters(periodId, batch))
      .then((rows: { agency_id: string; sections: string }[]) => rows.map((r): [string, string] => [r.agency_id, r.sections]));
  }

  /** The sections with their current text, in print order. */
  async sections(db: EntityManager, summaryId: string): Promise<StoredSection[]> {
    return db.query(
      `SELECT s.key, s.position, s.part, s.title, r.content,
              s.content_number AS "contentNumber", s.version, s.edited, s.inputs,
              s.compiled_at AS "compiledAt", s.proposed, s.proposed_inputs AS "proposedInputs", s.proposed_at AS "proposedAt"
         FROM summary_sections s
         JOIN summary_section_revisions r ON r.summary_id = s.summary_id AND r.key = s.key AND r.number = s.content_number
        WHERE s.summary_id = $1
        ORDER BY s.position`,
      [summaryId],
    );
  }

  /** Metadata of the sections, without their text (for a compile, which only needs `edited`). */
  async sectionStates(db: EntityManager, summaryId: string): Promise<Map<string, { edited: boolean; version: number }>> {
    const rows: { key: string; edited: boolean; version: number }[] = await db.query(
      `SELECT key, edited, version FROM summary_sections WHERE summary_id = $1`,
      [summaryId],
    );
    return new Map(rows.map((r) => [r.key, { edited: r.edited, version: r.version }]));
  }

  /** The summary after a compile: its version, whether submitted reports went in, when, and the figures it was built from. */
  async markCompiled(db: EntityManager, summaryId: string, number: number, includeSubmitted: boolean, figures: SummaryFigures, at: Date): Promise<void> {
    await db.query(
      `UPDATE summaries SET version = $2, include_submitted = $3, compiled_at = $4, figures = $5, updated_at = $4 WHERE id = $1`,
      [summaryId, number, includeSubmitted, at, figures],
    );
  }

  async setSettings(db: EntityManager, summaryId: string, settings: SummarySettings, number: number, at: Date): Promise<void> {
    await db.query(`UPDATE summaries SET settings = $2, version = $3, updated_at = $4 WHERE id = $1`, [summaryId, settings, number, at]);
  }

  /** A save that changes no summary-wide column still numbers a new version. */
  async setVersion(db: EntityManager, summaryId: string, number: number, at: Date): Promise<void> {
    await db.query(`UPDATE summaries SET version = $2, updated_at = $3 WHERE id = $1`, [summaryId, number, at]);
  }

  /** Frozen: final, with the number and date in its settings; `number` is also its final version. */
  async markFinal(db: EntityManager, summaryId: string, settings: SummarySettings, number: number, at: Date, by: string): Promise<void> {
    await db.query(
      `UPDATE summaries SET state = 'final', settings = $2, version = $3, final_version = $3, finalized_at = $4, finalized_by = $5, updated_at = $4
        WHERE id = $1`,
      [summaryId, settings, number, at, by],
    );
  }

  /** A draft again; `final_version` keeps pointing at the version that was final. */
  async markReopened(db: EntityManager, summaryId: string, number: number, at: Date): Promise<void> {
    await db.query(`UPDATE summaries SET state = 'draft', version = $2, updated_at = $3 WHERE id = $1`, [summaryId, number, at]);
  }

  /** Keys of the sections whose recompiled text the office has neither accepted nor declined, in print order. */
  async sectionKeysWithProposals(db: EntityManager, summaryId: string): Promise<string[]> {
    const rows: { key: string }[] = await db.query(`SELECT key FROM summary_sections WHERE summary_id = $1 AND proposed IS NOT NULL ORDER BY position`, [summaryId]);
    return rows.map((r) => r.key);
  }

  /** What an edit of one section checks before it writes: its part, title, version and any proposal. */
  async findSectionHead(
    db: EntityManager,
    summaryId: string,
    key: string,
  ): Promise<{ part: SummaryPart; title: string; version: number; proposed: SummaryDocument | null } | undefined> {
    const [section] = await db.query(`SELECT part, title, version, proposed FROM summary_sections WHERE summary_id = $1 AND key = $2`, [summaryId, key]);
    return section;
  }

  async insertVersion(db: EntityManager, v: NewVersion): Promise<void> {
    await db.query(
      `INSERT INTO summary_versions (summary_id, number, action, created_at, created_by, state, settings, figures, section_keys, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [v.summaryId, v.number, v.action, v.createdAt, v.createdBy, v.state, v.settings, v.figures, v.sectionKeys, v.note ?? null],
    );
  }

  /** A section's text as of version `number`; `content` may come as its JSON in UTF-8 (a compile's, see summary-compile.job.ts). */
  async insertRevision(db: EntityManager, summaryId: string, number: number, section: Omit<SectionSnapshot, 'content'> & { content: SummaryDocument | Buffer }): Promise<void> {
    await db.query(
      `INSERT INTO summary_section_revisions (summary_id, number, key, part, title, content) VALUES ($1, $2, $3, $4, $5, $6)`,
      [summaryId, number, section.key, section.part, section.title, jsonParameter(section.content)],
    );
  }

  /** A section's text replaced by a compile: the office's edit flag and any proposal go. */
  async upsertCompiledSection(
    db: EntityManager,
    summaryId: string,
    s: { key: string; position: number; part: SummaryPart; title: string; number: number; inputs: SummarySectionInputs; at: Date; by: string },
  ): Promise<void> {
    await db.query(
      `INSERT INTO summary_sections (summary_id, key, position, part, title, content_number, version, edited, inputs, compiled_at, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, 0, false, $7, $8, $8, $9)
       ON CONFLICT (summary_id, key) DO UPDATE
          SET position = excluded.position, part = excluded.part, title = excluded.title, content_number = excluded.content_number,
              version = summary_sections.version + 1, edited = false, inputs = excluded.inputs, compiled_at = excluded.compiled_at,
              proposed = NULL, proposed_inputs = NULL, proposed_at = NULL, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      [summaryId, s.key, s.position, s.part, s.title, s.number, JSON.stringify(s.inputs), s.at, s.by],
    );
  }

  /** A compile's fresh text kept beside the office's edit; the edit itself is untouched. */
  async setProposal(db: EntityManager, summaryId: string, key: string, proposed: SummaryDocument | Buffer, inputs: SummarySectionInputs, at: Date): Promise<void> {
    await db.query(
      `UPDATE summary_sections SET proposed = $3, proposed_inputs = $4, proposed_at = $5 WHERE summary_id = $1 AND key = $2`,
      [summaryId, key, jsonParameter(proposed), JSON.stringify(inputs), at],
    );
  }

  /** The office's save of a section, only when it is still at the version the edit started from. */
  async saveEditedIfVersion(db: EntityManager, summaryId: string, key: string, expectedVersion: number, number: number, at: Date, by: string): Promise<boolean> {
    const result = await db.query(
      `UPDATE summary_sections SET content_number = $4, edited = true, version = version + 1, updated_at = $5, updated_by = $6
        WHERE summary_id = $1 AND key = $2 AND version = $3`,
      [summaryId, key, expectedVersion, number, at, by],
    );
    return (result[1] as number) === 1;
  }

  /** Settles a proposal: `accept` takes its text (no longer "edited"); `keep` only takes note of its inputs. */
  async resolveProposal(db: EntityManager, summaryId: string, key: string, decision: 'accept' | 'keep', number: number, at: Date, by: string): Promise<void> {
    await db.query(
      `UPDATE summary_sections
          SET content_number = CASE WHEN $3 = 'accept' THEN $4 ELSE content_number END,
              edited = CASE WHEN $3 = 'accept' THEN false ELSE edited END,
              compiled_at = CASE WHEN $3 = 'accept' THEN proposed_at ELSE compiled_at END,
              inputs = proposed_inputs, proposed = NULL, proposed_inputs = NULL, proposed_at = NULL,
              version = version + 1, updated_at = $5, updated_by = $6
        WHERE summary_id = $1 AND key = $2`,
      [summaryId, key, decision, number, at, by],
    );
  }

  async versions(db: EntityManager, summaryId: string): Promise<SummaryVersionSummary[]> {
    const rows: { number: number; action: SummaryVersionAction; created_at: Date; full_name: string | null; section_keys: string[]; note: string | null }[] =
      await db.query(
        `SELECT v.number, v.action, v.created_at, u.full_name, v.section_keys, v.note
           FROM summary_versions v LEFT JOIN users u ON u.id = v.created_by
          WHERE v.summary_id = $1 ORDER BY v.number`,
        [summaryId],
      );
    return rows.map((r) => ({
      number: r.number,
      action: r.action,
      createdAt: r.created_at.toISOString(),
      createdByName: r.full_name,
      sectionKeys: r.section_keys,
      note: r.note,
    }));
  }

  async version(db: EntityManager, summaryId: string, number: number) {
    const [row]: {
      number: number;
      action: SummaryVersionAction;
      created_at: Date;
      full_name: string | null;
      state: SummaryState;
      settings: SummarySettings;
      note: string | null;
    }[] = await db.query(
      `SELECT v.number, v.action, v.created_at, u.full_name, v.state, v.settings, v.note
         FROM summary_versions v LEFT JOIN users u ON u.id = v.created_by
        WHERE v.summary_id = $1 AND v.number = $2`,
      [summaryId, number],
    );
    return row ?? null;
  }

  /** Version n's sections: per key, the latest revision at or before n, in print order. */
  async sectionsAt(db: EntityManager, summaryId: string, number: number): Promise<SectionSnapshot[]> {
    return db.query(
      `SELECT r.key, r.part, r.title, r.content
         FROM (SELECT DISTINCT ON (key) key, part, title, content, number
                 FROM summary_section_revisions WHERE summary_id = $1 AND number <= $2
                ORDER BY key, number DESC) r
         LEFT JOIN summary_sections s ON s.summary_id = $1 AND s.key = r.key
        ORDER BY s.position NULLS LAST, r.key`,
      [summaryId, number],
    );
  }

  /**
   * Which revision holds each section's text: the current one, or version n's (the latest
   * revision at or before n), in print order — without the texts, which `revisionContentsJson` reads
   * a few at a time.
   */
  async sectionOutline(db: EntityManager, summaryId: string, number?: number): Promise<{ key: string; part: SummaryPart; title: string; number: number; bytes: number }[]> {
    // `bytes`: the stored size of the text (pg_column_size reads it from the TOAST pointer, without the text).
    if (number === undefined) {
      return db.query(
        `SELECT s.key, s.part, s.title, s.content_number AS number, pg_column_size(r.content) AS bytes
           FROM summary_sections s
           JOIN summary_section_revisions r ON r.summary_id = s.summary_id AND r.key = s.key AND r.number = s.content_number
          WHERE s.summary_id = $1 ORDER BY s.position`,
        [summaryId],
      );
    }
    return db.query(
      `SELECT r.key, r.part, r.title, r.number, r.bytes
         FROM (SELECT DISTINCT ON (key) key, part, title, number, pg_column_size(content) AS bytes
                 FROM summary_section_revisions WHERE summary_id = $1 AND number <= $2
                ORDER BY key, number DESC) r
         LEFT JOIN summary_sections s ON s.summary_id = $1 AND s.key = r.key
        ORDER BY s.position NULLS LAST, r.key`,
      [summaryId, number],
    );
  }

  /** Revisions' texts as their stored JSON, unparsed (the export parses each as it writes it), by section key. */
  async revisionContentsJson(db: EntityManager, summaryId: string, revisions: { key: string; number: number }[]): Promise<Map<string, string>> {
    const rows: { key: string; content: string }[] = await db.query(
      `SELECT r.key, r.content::text AS content
         FROM summary_section_revisions r
         JOIN unnest($2::text[], $3::int[]) AS wanted(key, number) ON wanted.key = r.key AND wanted.number = r.number
        WHERE r.summary_id = $1`,
      [summaryId, revisions.map((r) => r.key), revisions.map((r) => r.number)],
    );
    return new Map(rows.map((r) => [r.key, r.content]));
  }


  /** The figures version n was built from: those of the latest compile (or finalize) at or before it. */
  async figuresAt(db: EntityManager, summaryId: string, number: number): Promise<SummaryFigures | null> {
    const [row]: { figures: SummaryFigures }[] = await db.query(
      `SELECT figures FROM summary_versions WHERE summary_id = $1 AND number <= $2 AND figures IS NOT NULL
        ORDER BY number DESC LIMIT 1`,
      [summaryId, number],
    );
    return row?.figures ?? null;
  }
}
