import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { endOfLocalDayExclusive, startOfLocalDay, type AuditLogEntry, type AuditLogFacets, type AuditLogQuery, type Role } from '@giao-ban/shared';
import type { DataSource } from 'typeorm';

/** The audit browser's filters without its paging: the same fields, from the shared query type. */
export type AuditLogFilter = Omit<AuditLogQuery, 'page' | 'pageSize'>;

interface Row {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  actor_login: string | null;
  actor_role: Role | null;
  action: string;
  object_type: string;
  object_id: string;
  agency_id: string | null;
  agency_name: string | null;
  period_id: string | null;
  period_title: string | null;
  summary: Record<string, unknown>;
}

const toEntry = (r: Row): AuditLogEntry => ({
  id: String(r.id),
  occurredAt: r.occurred_at.toISOString(),
  actorId: r.actor_id,
  actorName: r.actor_name,
  actorLogin: r.actor_login,
  actorRole: r.actor_role,
  action: r.action,
  objectType: r.object_type,
  objectId: r.object_id,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  periodId: r.period_id,
  periodTitle: r.period_title,
  summary: r.summary,
});

/** The WHERE clause of the filters and its parameters, numbered from $1. */
function where(filter: AuditLogFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    clauses.push(clause.replace('?', `$${params.length}`));
  };
  if (filter.actorId) add('e.actor_id = ?', filter.actorId);
  if (filter.agencyId) add('e.agency_id = ?', filter.agencyId);
  if (filter.objectType) add('e.object_type = ?', filter.objectType);
  if (filter.action) add('e.action = ?', filter.action);
  // Vietnam days: [start of `from`, start of the day after `to`).
  if (filter.from) add('e.occurred_at >= ?', startOfLocalDay(filter.from));
  if (filter.to) add('e.occurred_at < ?', endOfLocalDayExclusive(filter.to));
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const SELECT = `
  SELECT e.id, e.occurred_at, e.actor_id, u.full_name AS actor_name, u.login AS actor_login, e.actor_role,
         e.action, e.object_type, e.object_id, e.agency_id, a.name AS agency_name,
         e.period_id, p.title AS period_title, e.summary
    FROM audit_events e
    LEFT JOIN users u ON u.id = e.actor_id
    LEFT JOIN agencies a ON a.id = e.agency_id
    LEFT JOIN reporting_periods p ON p.id = e.period_id`;

/** Queries of the audit browser: the whole log, newest first (the identity orders events as they were written). */
@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findPage(filter: AuditLogFilter, offset: number, limit: number): Promise<{ items: AuditLogEntry[]; total: number }> {
    const { sql, params } = where(filter);
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(`${SELECT} ${sql} ORDER BY e.occurred_at DESC, e.id DESC OFFSET $${params.length + 1} LIMIT $${params.length + 2}`, [
        ...params,
        offset,
        limit,
      ]) as Promise<Row[]>,
      this.db.query(`SELECT count(*)::int AS total FROM audit_events e ${sql}`, params) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map(toEntry), total };
  }

  /** At most `limit` rows, newest first. */
  async findForExport(filter: AuditLogFilter, limit: number): Promise<AuditLogEntry[]> {
    const { sql, params } = where(filter);
    const rows: Row[] = await this.db.query(`${SELECT} ${sql} ORDER BY e.occurred_at DESC, e.id DESC LIMIT $${params.length + 1}`, [...params, limit]);
    return rows.map(toEntry);
  }

  async findFacets(): Promise<AuditLogFacets> {
    const [types, actions, actors]: [{ v: string }[], { v: string }[], AuditLogFacets['actors']] = await Promise.all([
      this.db.query(`SELECT DISTINCT object_type AS v FROM audit_events ORDER BY 1`),
      this.db.query(`SELECT DISTINCT action AS v FROM audit_events ORDER BY 1`),
      this.db.query(
        `SELECT u.id, u.full_name AS "fullName", u.login FROM users u
          WHERE EXISTS (SELECT 1 FROM audit_events e WHERE e.actor_id = u.id) ORDER BY u.full_name, u.login`,
      ),
    ]);
    return { objectTypes: types.map((r) => r.v), actions: actions.map((r) => r.v), actors };
  }
}
