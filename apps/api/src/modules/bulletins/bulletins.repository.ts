import { Injectable } from '@nestjs/common';
import {
  CONTRIBUTED_BULLETIN_ITEM_STATES,
  type BulletinEditorial,
  type BulletinItemCounts,
  type BulletinItemKind,
  type BulletinItemState,
  type BulletinOwnItemCounts,
  type BulletinPhoto,
  type BulletinPublishedContent,
  type BulletinSearchHit,
  type BulletinTaskGroupChoice,
  type BulletinWindowOverride,
  type ContributedItem,
  type ContributingUnit,
  type HalfYear,
  type LocalDate,
  type PlannedBulletinIssue,
} from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { BulletinIssueEntity } from './bulletin-issue.entity.js';
import { BulletinItemEntity } from './bulletin-item.entity.js';
import { BulletinPhotoEntity } from './bulletin-photo.entity.js';
import { likeContaining } from '../../database/like-containing.js';

/** An item with what its screens and rules need of its issue, unit and task group. */
export interface BulletinItemRow extends BulletinItemEntity {
  agencyName: string;
  taskGroupTitle: string | null;
  issue: BulletinIssueEntity;
}

export interface IssueWithCounts {
  issue: BulletinIssueEntity;
  counts: BulletinItemCounts;
}

export interface ItemListFilter {
  /** Only this unit's items (an agency user's own). */
  agencyId?: string;
  /** Leave drafts out (the office and leaders see what was sent). */
  sentOnly?: boolean;
  state?: BulletinItemState;
}

export interface ItemListRow {
  id: string;
  issueId: string;
  agencyId: string;
  agencyName: string;
  kind: BulletinItemKind;
  state: BulletinItemState;
  title: string;
  section: string | null;
  position: number | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  updatedAt: Date;
  returnReason: string | null;
  photoCount: number;
  editedTitle: string | null;
}

export interface SearchFilter {
  q?: string;
  agencyId?: string;
  taskGroupId?: string;
  from?: LocalDate;
  to?: LocalDate;
}

const COUNTS = `count(*) FILTER (WHERE i.state = 'submitted')::int AS submitted,
                count(*) FILTER (WHERE i.state = 'accepted')::int AS accepted,
                count(*) FILTER (WHERE i.state = 'returned')::int AS returned,
                count(*) FILTER (WHERE i.state = 'not_used')::int AS "notUsed"`;

/** The bulletin's queries. Every method takes the EntityManager of the caller's transaction. */
@Injectable()
export class BulletinsRepository {
  // ——— issues ———

  async findIssuesOfYear(db: EntityManager, year: number): Promise<IssueWithCounts[]> {
    const issues = await db.getRepository(BulletinIssueEntity).find({ where: { year }, order: { number: 'ASC' } });
    const counts = await this.countsOf(db, issues.map((i) => i.id));
    return issues.map((issue) => ({ issue, counts: counts.get(issue.id) ?? { submitted: 0, accepted: 0, returned: 0, notUsed: 0 } }));
  }

  async countsOf(db: EntityManager, issueIds: string[]): Promise<Map<string, BulletinItemCounts>> {
    const rows: (BulletinItemCounts & { issueId: string })[] = await db.query(
      `SELECT i.issue_id AS "issueId", ${COUNTS} FROM bulletin_items i WHERE i.issue_id = ANY($1::uuid[]) GROUP BY i.issue_id`,
      [issueIds],
    );
    return new Map(rows.map(({ issueId, ...counts }) => [issueId, counts]));
  }

  async ownCountsOf(db: EntityManager, agencyId: string, issueIds: string[]): Promise<Map<string, BulletinOwnItemCounts>> {
    const rows: (BulletinOwnItemCounts & { issueId: string })[] = await db.query(
      `SELECT i.issue_id AS "issueId", count(*) FILTER (WHERE i.state = 'draft')::int AS draft, ${COUNTS}
         FROM bulletin_items i WHERE i.issue_id = ANY($1::uuid[]) AND i.agency_id = $2 GROUP BY i.issue_id`,
      [issueIds, agencyId],
    );
    return new Map(rows.map(({ issueId, ...counts }) => [issueId, counts]));
  }

  findIssue(db: EntityManager, issueId: string, forUpdate = false): Promise<BulletinIssueEntity | null> {
    return db.getRepository(BulletinIssueEntity).findOne({ where: { id: issueId }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async findTakenNumbers(db: EntityManager, year: number, numbers: number[]): Promise<number[]> {
    const rows: { number: number }[] = await db.query(`SELECT number FROM bulletin_issues WHERE year = $1 AND number = ANY($2::int[]) ORDER BY number`, [year, numbers]);
    return rows.map((r) => r.number);
  }

  async countIssuesOfYear(db: EntityManager, year: number): Promise<number> {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM bulletin_issues WHERE year = $1`, [year]);
    return n;
  }

  /** The new issues; a number taken meanwhile fails the whole insert on the unique constraint. */
  async insertIssues(db: EntityManager, issues: PlannedBulletinIssue[], editorial: Pick<BulletinEditorial, 'governingBody' | 'editorialBoard'>, at: Date): Promise<string[]> {
    if (!issues.length) return [];
    const result = await db.insert(
      BulletinIssueEntity,
      issues.map((i) => ({
        year: i.year,
        number: i.number,
        month: i.month,
        windowStart: i.windowStart,
        deadline: i.deadline,
        governingBody: editorial.governingBody,
        editorialBoard: editorial.editorialBoard,
        createdAt: at,
        updatedAt: at,
      })),
    );
    return result.identifiers.map((row) => row['id'] as string);
  }

  async updateIssue(
    db: EntityManager,
    issueId: string,
    change: Partial<{
      number: number;
      windowStart: LocalDate;
      deadline: LocalDate;
      windowOverride: BulletinWindowOverride | null;
      governingBody: string;
      editorialBoard: string;
      releaseDate: LocalDate | null;
      sections: string[];
      twoColumns: boolean;
      windowOpenedNotifiedAt: Date;
    }>,
    at: Date,
  ): Promise<void> {
    await db.update(BulletinIssueEntity, { id: issueId }, { ...change, updatedAt: at });
  }

  async markPublished(db: EntityManager, issueId: string, published: { at: Date; by: string; releaseDate: LocalDate; content: BulletinPublishedContent }): Promise<void> {
    await db.query(
      `UPDATE bulletin_issues SET published_at = $2, published_by = $3, release_date = $4, published_content = $5::jsonb, updated_at = $2 WHERE id = $1`,
      [issueId, published.at, published.by, published.releaseDate, JSON.stringify(published.content)],
    );
  }

  async findHolidayDates(db: EntityManager): Promise<LocalDate[]> {
    const rows: { date: LocalDate }[] = await db.query(`SELECT date::text AS date FROM public_holidays`);
    return rows.map((row) => row.date);
  }

  /** The committee's standing office, named on the bulletin's editorial line. */
  async findIssuingBody(db: EntityManager): Promise<string> {
    const rows: { issuingBody: string }[] = await db.query(`SELECT issuing_body AS "issuingBody" FROM committee_settings LIMIT 1`);
    return rows[0]?.issuingBody ?? '';
  }

  // ——— items ———

  async findItemsOfIssue(db: EntityManager, issueId: string, filter: ItemListFilter): Promise<ItemListRow[]> {
    const values: unknown[] = [issueId];
    const param = (value: unknown) => `$${values.push(value)}`;
    const where = ['i.issue_id = $1'];
    if (filter.agencyId) where.push(`i.agency_id = ${param(filter.agencyId)}`);
    if (filter.sentOnly) where.push(`i.state <> 'draft'`);
    if (filter.state) where.push(`i.state = ${param(filter.state)}`);
    return db.query(
      `SELECT i.id, i.issue_id AS "issueId", i.agency_id AS "agencyId", a.name AS "agencyName", i.kind, i.state, i.title, i.section,
              i.position, i.submitted_at AS "submittedAt", i.decided_at AS "decidedAt", i.updated_at AS "updatedAt",
              i.return_reason AS "returnReason", (SELECT count(*)::int FROM bulletin_photos p WHERE p.item_id = i.id) AS "photoCount",
              CASE WHEN i.state = 'accepted' THEN i.edited_title END AS "editedTitle"
         FROM bulletin_items i JOIN agencies a ON a.id = i.agency_id
        WHERE ${where.join(' AND ')}
        ORDER BY i.section NULLS LAST, i.position NULLS LAST, i.submitted_at NULLS LAST, i.created_at, i.id`,
      values,
    );
  }

  async findItem(db: EntityManager, itemId: string, forUpdate = false): Promise<BulletinItemRow | null> {
    const item = await db.getRepository(BulletinItemEntity).findOne({ where: { id: itemId }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!item) return null;
    const [issue, [names]] = await Promise.all([
      this.findIssue(db, item.issueId, forUpdate),
      db.query(
        `SELECT a.name AS "agencyName", tg.title AS "taskGroupTitle"
           FROM agencies a LEFT JOIN task_groups tg ON tg.id = $2 WHERE a.id = $1`,
        [item.agencyId, item.taskGroupId],
      ) as Promise<{ agencyName: string; taskGroupTitle: string | null }[]>,
    ]);
    return Object.assign(item, { issue: issue!, agencyName: names!.agencyName, taskGroupTitle: names!.taskGroupTitle });
  }

  /** Whether a task group is one of the half-year's announced (not draft) six-month period: what an issue's items may serve. */
  async isTaskGroupOfHalfYear(db: EntityManager, taskGroupId: string, year: number, half: HalfYear): Promise<boolean> {
    const rows = await db.query(
      `SELECT 1 FROM task_groups g JOIN reporting_periods p ON p.id = g.period_id
        WHERE g.id = $1 AND p.kind = 'half_year' AND p.year = $2 AND p.sequence = $3 AND p.state <> 'draft'`,
      [taskGroupId, year, half],
    );
    return rows.length === 1;
  }

  /** The task groups of every announced six-month period, newest half first: the items' and the search's choices. */
  findTaskGroupChoices(db: EntityManager): Promise<BulletinTaskGroupChoice[]> {
    return db.query(
      `SELECT g.id, p.year, p.sequence AS half, g.ordinal, g.title, g.short_name AS "shortName"
         FROM task_groups g JOIN reporting_periods p ON p.id = g.period_id
        WHERE p.kind = 'half_year' AND p.state <> 'draft'
        ORDER BY p.year DESC, p.sequence DESC, g.ordinal`,
    );
  }

  async insertItem(db: EntityManager, item: { issueId: string; agencyId: string; kind: BulletinItemKind; title: string; createdBy: string; at: Date }): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO bulletin_items (issue_id, agency_id, kind, title, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
      [item.issueId, item.agencyId, item.kind, item.title, item.createdBy, item.at],
    );
    return row.id;
  }

  /** The unit's text, one revision on. */
  async saveItem(
    db: EntityManager,
    itemId: string,
    text: { kind: BulletinItemKind; title: string; sapo: string; body: string; eventDate: LocalDate | null; eventPlace: string; taskGroupId: string | null; links: string[] },
    at: Date,
  ): Promise<void> {
    await db.query(
      `UPDATE bulletin_items SET kind = $2, title = $3, sapo = $4, body = $5, event_date = $6, event_place = $7, task_group_id = $8,
              links = $9::jsonb, revision = revision + 1, updated_at = $10
        WHERE id = $1`,
      [itemId, text.kind, text.title, text.sapo, text.body, text.eventDate, text.eventPlace, text.taskGroupId, JSON.stringify(text.links), at],
    );
  }

  async deleteItem(db: EntityManager, itemId: string): Promise<void> {
    await db.query(`DELETE FROM bulletin_items WHERE id = $1`, [itemId]);
  }

  async markSubmitted(db: EntityManager, itemId: string, at: Date): Promise<void> {
    await db.query(
      `UPDATE bulletin_items SET state = 'submitted', submitted_at = $2, decided_at = NULL, decided_by = NULL, updated_at = $2 WHERE id = $1`,
      [itemId, at],
    );
  }

  async markAccepted(
    db: EntityManager,
    itemId: string,
    accepted: { edited: { title: string | null; sapo: string | null; body: string | null }; section: string; position: number; at: Date; by: string },
  ): Promise<void> {
    await db.query(
      `UPDATE bulletin_items SET state = 'accepted', edited_title = $2, edited_sapo = $3, edited_body = $4, section = $5, position = $6,
              return_reason = NULL, not_used_reason = NULL, decided_at = $7, decided_by = $8, updated_at = $7
        WHERE id = $1`,
      [itemId, accepted.edited.title, accepted.edited.sapo, accepted.edited.body, accepted.section, accepted.position, accepted.at, accepted.by],
    );
  }

  /** Returned or set aside: out of the layout, with the office's reason. */
  async markDecidedOut(db: EntityManager, itemId: string, decision: { state: 'returned' | 'not_used'; reason: string | null; at: Date; by: string }): Promise<void> {
    await db.query(
      `UPDATE bulletin_items SET state = $2::text, return_reason = CASE WHEN $2::text = 'returned' THEN $3::text END,
              not_used_reason = CASE WHEN $2::text = 'not_used' THEN $3::text END, section = NULL, position = NULL,
              decided_at = $4, decided_by = $5, updated_at = $4
        WHERE id = $1`,
      [itemId, decision.state, decision.reason, decision.at, decision.by],
    );
  }

  /** The place after the last item of a section. */
  async nextPosition(db: EntityManager, issueId: string, section: string): Promise<number> {
    const [{ next }] = await db.query(
      `SELECT coalesce(max(position) + 1, 0)::int AS next FROM bulletin_items WHERE issue_id = $1 AND state = 'accepted' AND section = $2`,
      [issueId, section],
    );
    return next;
  }

  async findAcceptedItemIds(db: EntityManager, issueId: string): Promise<string[]> {
    const rows: { id: string }[] = await db.query(`SELECT id FROM bulletin_items WHERE issue_id = $1 AND state = 'accepted' ORDER BY id`, [issueId]);
    return rows.map((r) => r.id);
  }

  async findSectionsInUse(db: EntityManager, issueId: string): Promise<string[]> {
    const rows: { section: string }[] = await db.query(
      `SELECT DISTINCT section FROM bulletin_items WHERE issue_id = $1 AND state = 'accepted' ORDER BY section`,
      [issueId],
    );
    return rows.map((r) => r.section);
  }

  async placeItems(db: EntityManager, issueId: string, placements: { itemId: string; section: string; position: number }[], at: Date): Promise<void> {
    if (!placements.length) return;
    await db.query(
      `UPDATE bulletin_items i SET section = p.section, position = p.position, updated_at = $5
         FROM unnest($2::uuid[], $3::text[], $4::int[]) AS p(id, section, position)
        WHERE i.id = p.id AND i.issue_id = $1 AND i.state = 'accepted'`,
      [issueId, placements.map((p) => p.itemId), placements.map((p) => p.section), placements.map((p) => p.position), at],
    );
  }

  async countItemsInState(db: EntityManager, issueId: string, state: BulletinItemState): Promise<number> {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM bulletin_items WHERE issue_id = $1 AND state = $2`, [issueId, state]);
    return n;
  }

  /** The accepted items of an issue as they print (the office's edits where made), by section and place. */
  async findAcceptedForPrint(db: EntityManager, issueId: string): Promise<(Omit<BulletinItemRow, 'issue'> & { printTitle: string; printSapo: string; printBody: string })[]> {
    const rows = await db.query(
      `SELECT i.id, i.agency_id AS "agencyId", a.name AS "agencyName", i.kind, i.section, i.position, i.event_date::text AS "eventDate",
              i.event_place AS "eventPlace", i.task_group_id AS "taskGroupId",
              coalesce(i.edited_title, i.title) AS "printTitle", coalesce(i.edited_sapo, i.sapo) AS "printSapo", coalesce(i.edited_body, i.body) AS "printBody"
         FROM bulletin_items i JOIN agencies a ON a.id = i.agency_id
        WHERE i.issue_id = $1 AND i.state = 'accepted'
        ORDER BY i.section, i.position, i.id`,
      [issueId],
    );
    return rows;
  }

  // ——— photos ———

  async findPhotosOf(db: EntityManager, itemIds: string[]): Promise<Map<string, BulletinPhoto[]>> {
    const rows: (BulletinPhoto & { itemId: string })[] = await db.query(
      `SELECT id, item_id AS "itemId", file_name AS "fileName", content_type AS "contentType", size_bytes AS size, width, height, caption, credit
         FROM bulletin_photos WHERE item_id = ANY($1::uuid[]) ORDER BY uploaded_at, id`,
      [itemIds],
    );
    const byItem = new Map<string, BulletinPhoto[]>();
    for (const { itemId, ...photo } of rows) byItem.set(itemId, [...(byItem.get(itemId) ?? []), photo]);
    return byItem;
  }

  async countPhotos(db: EntityManager, itemId: string): Promise<number> {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM bulletin_photos WHERE item_id = $1`, [itemId]);
    return n;
  }

  async insertPhoto(db: EntityManager, photo: Omit<BulletinPhotoEntity, 'id'>): Promise<string> {
    const result = await db.insert(BulletinPhotoEntity, photo);
    return result.identifiers[0]!['id'] as string;
  }

  findPhoto(db: EntityManager, itemId: string, photoId: string): Promise<BulletinPhotoEntity | null> {
    return db.getRepository(BulletinPhotoEntity).findOneBy({ id: photoId, itemId });
  }

  async findPhotoById(db: EntityManager, photoId: string): Promise<BulletinPhotoEntity | null> {
    return db.getRepository(BulletinPhotoEntity).findOneBy({ id: photoId });
  }

  async deletePhoto(db: EntityManager, photoId: string): Promise<void> {
    await db.query(`DELETE FROM bulletin_photos WHERE id = $1`, [photoId]);
  }

  async findStorageKeysOfItem(db: EntityManager, itemId: string): Promise<string[]> {
    const rows: { key: string }[] = await db.query(`SELECT storage_key AS key FROM bulletin_photos WHERE item_id = $1`, [itemId]);
    return rows.map((r) => r.key);
  }

  // ——— search and counts ———

  /** Published items (accepted items of published issues), newest issue first; accent-insensitive text. */
  async searchPublished(db: EntityManager, filter: SearchFilter, skip: number, take: number): Promise<[BulletinSearchHit[], number]> {
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    const where = [`s.published_at IS NOT NULL`, `i.state = 'accepted'`];
    if (filter.q) {
      const pattern = param(likeContaining(filter.q));
      where.push(`fold_vietnamese(coalesce(i.edited_title, i.title) || ' ' || coalesce(i.edited_sapo, i.sapo) || ' ' || coalesce(i.edited_body, i.body) || ' ' || i.event_place)
                    LIKE fold_vietnamese(${pattern})`);
    }
    if (filter.agencyId) where.push(`i.agency_id = ${param(filter.agencyId)}`);
    if (filter.taskGroupId) where.push(`i.task_group_id = ${param(filter.taskGroupId)}`);
    // A dated item by the event's date; otherwise by the issue's release.
    if (filter.from) where.push(`coalesce(i.event_date, s.release_date) >= ${param(filter.from)}::date`);
    if (filter.to) where.push(`coalesce(i.event_date, s.release_date) <= ${param(filter.to)}::date`);
    const from = `FROM bulletin_items i JOIN bulletin_issues s ON s.id = i.issue_id JOIN agencies a ON a.id = i.agency_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = await db.query(`SELECT count(*)::int AS total ${from}`, values);
    const rows: (Omit<BulletinSearchHit, 'issueLabel' | 'publishedAt'> & { number: number; year: number; publishedAt: Date })[] = await db.query(
      `SELECT i.id AS "itemId", i.issue_id AS "issueId", s.number, s.year, s.published_at AS "publishedAt", i.agency_id AS "agencyId",
              a.name AS "agencyName", i.kind, coalesce(i.edited_title, i.title) AS title, coalesce(i.edited_sapo, i.sapo) AS sapo,
              i.event_date::text AS "eventDate", i.section
         ${from}
        ORDER BY s.year DESC, s.number DESC, i.section, i.position, i.id
        LIMIT ${param(take)} OFFSET ${param(skip)}`,
      values,
    );
    return [rows.map(({ number, year, publishedAt, ...hit }) => ({ ...hit, issueLabel: `Số ${number}/${year}`, publishedAt: publishedAt.toISOString() })), total];
  }

  /** The member units asked to contribute: active, not the standing office, in the committee's order. */
  async findContributingUnits(db: EntityManager): Promise<ContributingUnit[]> {
    return db.query(`SELECT id AS "agencyId", name AS "agencyName" FROM agencies WHERE active AND NOT is_standing_office ORDER BY display_order, name`);
  }

  async findContributedItems(db: EntityManager, year: number): Promise<ContributedItem[]> {
    return db.query(
      `SELECT i.agency_id AS "agencyId", s.month FROM bulletin_items i JOIN bulletin_issues s ON s.id = i.issue_id
        WHERE s.year = $1 AND i.state = ANY($2::text[])`,
      [year, [...CONTRIBUTED_BULLETIN_ITEM_STATES]],
    );
  }

  /** The units that have sent something to an issue. */
  async findContributorIds(db: EntityManager, issueId: string): Promise<string[]> {
    const rows: { agencyId: string }[] = await db.query(
      `SELECT DISTINCT agency_id AS "agencyId" FROM bulletin_items WHERE issue_id = $1 AND state = ANY($2::text[])`,
      [issueId, [...CONTRIBUTED_BULLETIN_ITEM_STATES]],
    );
    return rows.map((r) => r.agencyId);
  }
}
