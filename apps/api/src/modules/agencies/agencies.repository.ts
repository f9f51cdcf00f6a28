import { Injectable } from '@nestjs/common';
import type { AgencyKind, AgencyNameRecord, AgencySuccession, DraftPeriodMembership, LocalDate, ObligationFacts, PeriodState, SuccessionKind } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { AgencyEntity } from './agency.entity.js';

/** The fields of a unit the office and the administrator edit (`code` never changes). */
export interface AgencyFields {
  name: string;
  shortName: string;
  kind: AgencyKind;
  displayOrder: number;
  contactPerson: string | null;
  email: string | null;
  phone: string | null;
}

export interface ReportNameFacts {
  id: string;
  submitted: boolean;
  periodState: PeriodState;
}

export interface UnitAccount {
  id: string;
  login: string;
  fullName: string;
  agencyId: string;
  active: boolean;
}

/** Queries about units, their names and successions. Every method takes the caller's EntityManager. */
@Injectable()
export class AgenciesRepository {
  findPage(db: EntityManager, filter: { ids: string[] | null; active?: boolean }, skip: number, take: number): Promise<[AgencyEntity[], number]> {
    const query = db.getRepository(AgencyEntity).createQueryBuilder('a');
    if (filter.ids) query.andWhere('a.id = ANY(:ids)', { ids: filter.ids });
    if (filter.active !== undefined) query.andWhere('a.active = :active', { active: filter.active });
    return query.orderBy('a.displayOrder', 'ASC').addOrderBy('a.name', 'ASC').addOrderBy('a.id', 'ASC').skip(skip).take(take).getManyAndCount();
  }

  findById(db: EntityManager, id: string, forUpdate = false): Promise<AgencyEntity | null> {
    const query = db.getRepository(AgencyEntity).createQueryBuilder('a').where('a.id = :id', { id });
    if (forUpdate) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** The units, locked for a change, in the order asked. */
  async lockByIds(db: EntityManager, ids: string[]): Promise<AgencyEntity[]> {
    if (ids.length === 0) return [];
    const rows = await db
      .getRepository(AgencyEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = ANY(:ids)', { ids })
      .orderBy('a.id')
      .getMany();
    return ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is AgencyEntity => r !== undefined);
  }

  async codesLike(db: EntityManager, base: string): Promise<Set<string>> {
    const rows: { code: string }[] = await db.query(`SELECT code FROM agencies WHERE code = $1 OR code LIKE $1 || '-%'`, [base]);
    return new Set(rows.map((r) => r.code));
  }

  async codeExists(db: EntityManager, code: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM agencies WHERE lower(code) = lower($1)`, [code]);
    return rows.length > 0;
  }

  async insert(db: EntityManager, code: string, fields: AgencyFields, at: Date, changedBy: string): Promise<string> {
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO agencies (code, name, short_name, kind, display_order, contact_person, email, phone)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [code, fields.name, fields.shortName, fields.kind, fields.displayOrder, fields.contactPerson, fields.email, fields.phone],
    );
    // The trigger recorded the first name; it was given by this person, now.
    await db.query(`UPDATE agency_names SET changed_by = $2, valid_from = $3 WHERE agency_id = $1`, [row!.id, changedBy, at]);
    return row!.id;
  }

  async update(db: EntityManager, id: string, fields: AgencyFields): Promise<void> {
    await db.query(
      `UPDATE agencies SET name = $2, short_name = $3, kind = $4, display_order = $5, contact_person = $6, email = $7, phone = $8, updated_at = now()
        WHERE id = $1`,
      [id, fields.name, fields.shortName, fields.kind, fields.displayOrder, fields.contactPerson, fields.email, fields.phone],
    );
  }

  async recordName(db: EntityManager, agencyId: string, name: string, shortName: string, at: Date, changedBy: string): Promise<void> {
    await db.query(`INSERT INTO agency_names (agency_id, name, short_name, valid_from, changed_by) VALUES ($1, $2, $3, $4, $5)`, [
      agencyId,
      name,
      shortName,
      at,
      changedBy,
    ]);
  }

  async deactivate(db: EntityManager, ids: string[]): Promise<void> {
    await db.query(`UPDATE agencies SET active = false, updated_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** The unit's reports with what decides whether they follow a rename (followsUnitName). */
  reportNameFacts(db: EntityManager, agencyId: string): Promise<ReportNameFacts[]> {
    return db.query(
      `SELECT r.id, r.first_submitted_at IS NOT NULL AS submitted, p.state AS "periodState"
         FROM agency_reports r JOIN reporting_periods p ON p.id = r.period_id
        WHERE r.agency_id = $1
        FOR UPDATE OF r`,
      [agencyId],
    );
  }

  async setReportNames(db: EntityManager, reportIds: string[], name: string, shortName: string): Promise<void> {
    if (reportIds.length === 0) return;
    await db.query(`UPDATE agency_reports SET agency_name = $2, agency_short_name = $3 WHERE id = ANY($1::uuid[])`, [reportIds, name, shortName]);
  }

  async nameHistory(db: EntityManager, agencyId: string): Promise<AgencyNameRecord[]> {
    const rows: { name: string; short_name: string; valid_from: Date; full_name: string | null }[] = await db.query(
      `SELECT n.name, n.short_name, n.valid_from, u.full_name
         FROM agency_names n LEFT JOIN users u ON u.id = n.changed_by
        WHERE n.agency_id = $1 ORDER BY n.id`,
      [agencyId],
    );
    return rows.map((r) => ({ name: r.name, shortName: r.short_name, validFrom: r.valid_from.toISOString(), changedByName: r.full_name }));
  }

  /** Successions in which the unit is the successor (`as: 'successor'`) or the predecessor. */
  async successions(db: EntityManager, agencyId: string, as: 'successor' | 'predecessor'): Promise<AgencySuccession[]> {
    const rows: {
      kind: SuccessionKind;
      predecessor_id: string;
      predecessor_name: string;
      successor_id: string | null;
      successor_name: string | null;
      effective_on: string;
      full_name: string | null;
      decided_at: Date;
      note: string | null;
    }[] = await db.query(
      `SELECT s.kind, s.predecessor_id, p.name AS predecessor_name, s.successor_id, c.name AS successor_name,
              s.effective_on::text AS effective_on, u.full_name, s.decided_at, s.note
         FROM agency_successions s
         JOIN agencies p ON p.id = s.predecessor_id
         LEFT JOIN agencies c ON c.id = s.successor_id
         LEFT JOIN users u ON u.id = s.decided_by
        WHERE ${as === 'successor' ? 's.successor_id' : 's.predecessor_id'} = $1
        ORDER BY s.effective_on, p.display_order, p.name`,
      [agencyId],
    );
    return rows.map((r) => ({
      kind: r.kind,
      predecessor: { id: r.predecessor_id, name: r.predecessor_name },
      successor: r.successor_id ? { id: r.successor_id, name: r.successor_name! } : null,
      effectiveOn: r.effective_on,
      decidedByName: r.full_name,
      decidedAt: r.decided_at.toISOString(),
      note: r.note,
    }));
  }

  /**
   * Every unit this one continues, directly or through a chain (A and B merged into C, C split
   * into D: D continues A, B and C). Their reports are the unit's read-only history.
   */
  async predecessorsOf(db: EntityManager, agencyId: string): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `WITH RECURSIVE lineage(id) AS (
         SELECT predecessor_id FROM agency_successions WHERE successor_id = $1
         UNION
         SELECT s.predecessor_id FROM agency_successions s JOIN lineage l ON s.successor_id = l.id
       )
       SELECT id FROM lineage`,
      [agencyId],
    );
    return rows.map((r) => r.id);
  }

  async insertSuccession(
    db: EntityManager,
    s: { predecessorId: string; successorId: string | null; kind: SuccessionKind; effectiveOn: LocalDate; decidedBy: string; decidedAt: Date; note: string | null },
  ): Promise<void> {
    await db.query(
      `INSERT INTO agency_successions (predecessor_id, successor_id, kind, effective_on, decided_by, decided_at, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [s.predecessorId, s.successorId, s.kind, s.effectiveOn, s.decidedBy, s.decidedAt, s.note],
    );
  }

  /**
   * The reports of these units with what the succession plan decides on, locked: a submission
   * racing the change waits for it (and then finds the report moved) or went first (and is seen).
   */
  obligationFacts(db: EntityManager, agencyIds: string[], lock: boolean): Promise<ObligationFacts[]> {
    return db.query(
      `SELECT r.id AS "reportId", r.period_id AS "periodId", p.title AS "periodTitle", p.state AS "periodState",
              r.agency_id AS "agencyId", r.state, r.first_submitted_at IS NOT NULL AS submitted,
              (r.state <> 'not_started' OR r.extended_due_date IS NOT NULL
                OR EXISTS (SELECT 1 FROM attachments x WHERE x.report_id = r.id)
                OR EXISTS (SELECT 1 FROM review_notes n WHERE n.report_id = r.id)
                OR EXISTS (SELECT 1 FROM report_sections s WHERE s.report_id = r.id AND (s.text <> '' OR NOT s.applicable))) AS "hasWork"
         FROM agency_reports r JOIN reporting_periods p ON p.id = r.period_id
        WHERE r.agency_id = ANY($1::uuid[])
        ORDER BY p.due_date, p.title
        ${lock ? 'FOR UPDATE OF r' : ''}`,
      [agencyIds],
    );
  }

  draftMemberships(db: EntityManager, agencyIds: string[]): Promise<DraftPeriodMembership[]> {
    return db.query(
      `SELECT m.period_id AS "periodId", p.title AS "periodTitle", m.agency_id AS "agencyId"
         FROM period_agencies m JOIN reporting_periods p ON p.id = m.period_id
        WHERE p.state = 'draft' AND m.agency_id = ANY($1::uuid[])`,
      [agencyIds],
    );
  }

  /** Open obligations become the successor's, under its name; the period's list of units follows. */
  async moveObligations(db: EntityManager, moves: { reportId: string; periodId: string; fromAgencyId: string }[], successor: AgencyEntity): Promise<void> {
    if (moves.length === 0) return;
    await db.query(
      `UPDATE agency_reports SET agency_id = $2, agency_name = $3, agency_short_name = $4, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND first_submitted_at IS NULL`,
      [moves.map((m) => m.reportId), successor.id, successor.name, successor.shortName],
    );
    await db.query(
      `DELETE FROM period_agencies m USING unnest($1::uuid[], $2::uuid[]) AS x(period_id, agency_id)
        WHERE m.period_id = x.period_id AND m.agency_id = x.agency_id`,
      [moves.map((m) => m.periodId), moves.map((m) => m.fromAgencyId)],
    );
    await db.query(
      `INSERT INTO period_agencies (period_id, agency_id) SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING`,
      [moves.map((m) => m.periodId), successor.id],
    );
  }

  /** Open obligations with nothing in them end: the report row and its empty sections go. */
  async releaseObligations(db: EntityManager, releases: { reportId: string; periodId: string; agencyId: string }[]): Promise<void> {
    if (releases.length === 0) return;
    await db.query(`DELETE FROM agency_reports WHERE id = ANY($1::uuid[]) AND first_submitted_at IS NULL`, [releases.map((r) => r.reportId)]);
    await db.query(
      `DELETE FROM period_agencies m USING unnest($1::uuid[], $2::uuid[]) AS x(period_id, agency_id)
        WHERE m.period_id = x.period_id AND m.agency_id = x.agency_id`,
      [releases.map((r) => r.periodId), releases.map((r) => r.agencyId)],
    );
  }

  async replaceDraftMemberships(db: EntityManager, periodId: string, removed: string[], successorId: string | null): Promise<void> {
    await db.query(`DELETE FROM period_agencies WHERE period_id = $1 AND agency_id = ANY($2::uuid[])`, [periodId, removed]);
    if (successorId) {
      await db.query(`INSERT INTO period_agencies (period_id, agency_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [periodId, successorId]);
    }
  }

  accountsOf(db: EntityManager, agencyIds: string[], lock: boolean): Promise<UnitAccount[]> {
    return db.query(
      `SELECT id, login, full_name AS "fullName", agency_id AS "agencyId", active FROM users
        WHERE agency_id = ANY($1::uuid[]) ORDER BY active DESC, full_name, login ${lock ? 'FOR UPDATE' : ''}`,
      [agencyIds],
    );
  }

  async activeAccountCount(db: EntityManager, agencyId: string): Promise<number> {
    const [row]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM users WHERE agency_id = $1 AND active`, [agencyId]);
    return row!.n;
  }

  async moveAccounts(db: EntityManager, userIds: string[], agencyId: string): Promise<void> {
    if (userIds.length === 0) return;
    await db.query(`UPDATE users SET agency_id = $2, updated_at = now() WHERE id = ANY($1::uuid[])`, [userIds, agencyId]);
  }

  async deactivateAccounts(db: EntityManager, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    await db.query(`UPDATE users SET active = false, updated_at = now() WHERE id = ANY($1::uuid[])`, [userIds]);
  }
}
