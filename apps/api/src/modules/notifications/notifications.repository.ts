import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { LocalDate, MessageLogEntry, MessageStatus, NotificationItem, ReviewQueueItem, Role } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { REPORT_EFFECTIVE_DUE_DATE, REPORT_OWN_DUE_DATE } from '../deadlines/report-due-date.sql.js';
import type { NotificationMessageEntity } from './notification-message.entity.js';
import type { NotificationEntity } from './notification.entity.js';

/** A unit's people: those who write its reports and its head. */
export type UnitRole = Extract<Role, 'agency_reporter' | 'agency_head'>;
const UNIT_ROLES: readonly UnitRole[] = ['agency_reporter', 'agency_head'];

/** Who a notification goes to: a unit's people (all, or those of the roles named), the standing office, or named accounts. */
export type Audience = { unit: string; roles?: readonly UnitRole[] } | { office: true } | { users: string[] };

export interface Recipient {
  id: string;
  fullName: string;
  email: string | null;
  emailEnabled: boolean;
  agencyId: string | null;
}

/** What the workflow's notifications say about one report, read after its change. */
export interface ReportFacts {
  reportId: string;
  periodId: string;
  periodTitle: string;
  agencyId: string;
  agencyName: string;
  effectiveDueDate: LocalDate;
  /** The unit's own due date, or the period's: the date before any extension. */
  originalDueDate: LocalDate;
  revisionDueDate: LocalDate | null;
  returnReason: string | null;
  extensionReason: string | null;
  versionNumber: number;
  lastVersionOnTime: boolean | null;
}

export interface ReturnedSection {
  id: string;
  ordinal: number | null;
  taskGroupTitle: string | null;
  generalKey: string | null;
}

export interface EmailForDelivery {
  id: string;
  address: string;
  subject: string;
  body: string;
  status: MessageStatus;
  attempts: number;
}

interface NotificationRow {
  id: string;
  kind: NotificationItem['kind'];
  params: NotificationItem['params'];
  link: NotificationItem['link'];
  period_id: string | null;
  agency_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

const toItem = (r: NotificationRow): NotificationItem =>
  ({
    id: r.id,
    kind: r.kind,
    params: r.params,
    link: r.link,
    periodId: r.period_id,
    agencyId: r.agency_id,
    createdAt: r.created_at.toISOString(),
    readAt: r.read_at?.toISOString() ?? null,
  }) as NotificationItem;

interface MessageRow {
  id: string;
  kind: MessageLogEntry['kind'];
  channel: MessageLogEntry['channel'];
  status: MessageStatus;
  recipient_id: string;
  recipient_name: string;
  recipient_login: string;
  recipient_role: Role;
  address: string | null;
  subject: string | null;
  body: string | null;
  attempts: number;
  last_error: string | null;
  agency_id: string | null;
  agency_name: string | null;
  period_id: string | null;
  period_title: string | null;
  created_at: Date;
  updated_at: Date;
  sent_at: Date | null;
}

const toLogEntry = (r: MessageRow): MessageLogEntry => ({
  id: r.id,
  kind: r.kind,
  channel: r.channel,
  status: r.status,
  recipientId: r.recipient_id,
  recipientName: r.recipient_name,
  recipientLogin: r.recipient_login,
  recipientRole: r.recipient_role,
  address: r.address,
  subject: r.subject,
  body: r.body,
  attempts: r.attempts,
  lastError: r.last_error,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  periodId: r.period_id,
  periodTitle: r.period_title,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  sentAt: r.sent_at?.toISOString() ?? null,
});

/** The reports a period's opening made: one per unit. */
export interface PeriodObligation {
  reportId: string;
  agencyId: string;
  periodTitle: string;
  effectiveDueDate: LocalDate;
}

/** How far the office has got receiving a period's reports. */
export interface PeriodReceipt {
  periodTitle: string;
  dueDate: LocalDate;
  reports: number;
  accepted: number;
}

/** What the bulletin's notifications say about one item, read after its change. */
export interface BulletinItemFacts {
  itemId: string;
  issueId: string;
  issueNumber: number;
  issueYear: number;
  deadline: LocalDate;
  agencyId: string;
  agencyName: string;
  /** The unit's own title (the office's edit is its own). */
  title: string;
  section: string | null;
  returnReason: string | null;
}

/** An issue whose window has just been announced. */
export interface AnnouncedBulletinWindow {
  issueNumber: number;
  issueYear: number;
  deadline: LocalDate;
}

/** Queries of notifications, the message log and e-mail preferences; each takes the caller's EntityManager. */
@Injectable()
export class NotificationsRepository {
  /** The active accounts of each audience, with their e-mail address and choice. */
  async findRecipients(db: EntityManager, audiences: Audience[]): Promise<Recipient[][]> {
    const units = [...new Set(audiences.flatMap((a) => ('unit' in a ? [a.unit] : [])))];
    const userIds = [...new Set(audiences.flatMap((a) => ('users' in a ? a.users : [])))];
    const office = audiences.some((a) => 'office' in a);
    const rows: { id: string; full_name: string; email: string | null; email_enabled: boolean; agency_id: string | null; role: Role }[] = await db.query(
      `SELECT u.id, u.full_name, u.email, coalesce(p.email_enabled, true) AS email_enabled, u.agency_id, u.role
         FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id
        WHERE u.active
          AND ((u.agency_id = ANY($1::uuid[]) AND u.role IN ('agency_reporter', 'agency_head'))
               OR u.id = ANY($2::uuid[])
               OR ($3 AND u.role = 'office'))
        ORDER BY u.full_name, u.id`,
      [units, userIds, office],
    );
    const recipient = (r: (typeof rows)[number]): Recipient => ({
      id: r.id,
      fullName: r.full_name,
      email: r.email,
      emailEnabled: r.email_enabled,
      agencyId: r.agency_id,
    });
    // Grouped by unit first: a sweep asks for thousands of units at once.
    const byUnit = new Map<string, typeof rows>();
    for (const r of rows) if (r.agency_id) byUnit.set(r.agency_id, [...(byUnit.get(r.agency_id) ?? []), r]);
    return audiences.map((a) =>
      ('unit' in a
        ? (byUnit.get(a.unit) ?? []).filter((r) => (a.roles ?? UNIT_ROLES).includes(r.role as UnitRole))
        : rows.filter((r) => ('users' in a ? a.users.includes(r.id) : r.role === 'office'))
      ).map(recipient),
    );
  }

  /** The obligations of a period with the unit's effective due date. */
  async findPeriodObligations(db: EntityManager, periodId: string): Promise<PeriodObligation[]> {
    const rows: { id: string; agency_id: string; title: string; due: string }[] = await db.query(
      `SELECT r.id, r.agency_id, p.title, ${REPORT_EFFECTIVE_DUE_DATE}::text AS due
         FROM agency_reports r JOIN reporting_periods p ON p.id = r.period_id
        WHERE r.period_id = $1 ORDER BY r.id`,
      [periodId],
    );
    return rows.map((r) => ({ reportId: r.id, agencyId: r.agency_id, periodTitle: r.title, effectiveDueDate: r.due }));
  }

  /**
   * Counts a period's reports and those accepted, after the accepts of the same period committed
   * before: a transaction-scoped lock taken only here serialises two accepts of one period's last
   * reports, so the one that completes the period sees the other's.
   */
  async countPeriodReceiptAfterEarlierAccepts(db: EntityManager, periodId: string): Promise<PeriodReceipt> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('period-receipt:' || $1))`, [periodId]);
    const [row]: { title: string; due: string; reports: number; accepted: number }[] = await db.query(
      `SELECT p.title, p.due_date::text AS due, count(r.id)::int AS reports, count(r.id) FILTER (WHERE r.state = 'accepted')::int AS accepted
         FROM reporting_periods p LEFT JOIN agency_reports r ON r.period_id = p.id
        WHERE p.id = $1 GROUP BY p.id`,
      [periodId],
    );
    return { periodTitle: row!.title, dueDate: row!.due, reports: row!.reports, accepted: row!.accepted };
  }

  async findBulletinItemFacts(db: EntityManager, itemId: string): Promise<BulletinItemFacts | null> {
    const [row]: BulletinItemFacts[] = await db.query(
      `SELECT i.id AS "itemId", i.issue_id AS "issueId", s.number AS "issueNumber", s.year AS "issueYear", s.deadline::text AS deadline,
              i.agency_id AS "agencyId", a.name AS "agencyName", i.title, i.section, i.return_reason AS "returnReason"
         FROM bulletin_items i JOIN bulletin_issues s ON s.id = i.issue_id JOIN agencies a ON a.id = i.agency_id
        WHERE i.id = $1`,
      [itemId],
    );
    return row ?? null;
  }

  /**
   * Marks an unpublished issue's window as announced, once: null when it was announced before
   * (by the sweep, or by the office's hand in another transaction, which this waits for).
   */
  async claimBulletinWindowAnnouncement(db: EntityManager, issueId: string, at: Date): Promise<AnnouncedBulletinWindow | null> {
    const [[row]]: [{ number: number; year: number; deadline: string }[], number] = await db.query(
      `UPDATE bulletin_issues SET window_opened_notified_at = $2
        WHERE id = $1 AND window_opened_notified_at IS NULL AND published_at IS NULL
        RETURNING number, year, deadline::text AS deadline`,
      [issueId, at],
    );
    return row ? { issueNumber: row.number, issueYear: row.year, deadline: row.deadline } : null;
  }

  async findReportFacts(db: EntityManager, reportId: string): Promise<ReportFacts | null> {
    const [row]: {
      id: string;
      period_id: string;
      title: string;
      agency_id: string;
      agency_name: string;
      due: string;
      original: string;
      revision_due_date: string | null;
      return_reason: string | null;
      extension_reason: string | null;
      version_number: number;
      on_time: boolean | null;
    }[] = await db.query(
      `SELECT r.id, r.period_id, p.title, r.agency_id, r.agency_name,
              ${REPORT_EFFECTIVE_DUE_DATE}::text AS due,
              ${REPORT_OWN_DUE_DATE}::text AS original, r.revision_due_date::text AS revision_due_date, r.return_reason, r.extension_reason, r.version_number,
              (SELECT v.on_time FROM report_versions v WHERE v.report_id = r.id AND v.number = r.version_number) AS on_time
         FROM agency_reports r JOIN reporting_periods p ON p.id = r.period_id
        WHERE r.id = $1`,
      [reportId],
    );
    if (!row) return null;
    return {
      reportId: row.id,
      periodId: row.period_id,
      periodTitle: row.title,
      agencyId: row.agency_id,
      agencyName: row.agency_name,
      effectiveDueDate: row.due,
      originalDueDate: row.original,
      revisionDueDate: row.revision_due_date,
      returnReason: row.return_reason,
      extensionReason: row.extension_reason,
      versionNumber: row.version_number,
      lastVersionOnTime: row.on_time,
    };
  }

  /** The sections of a report sent back, task groups by ordinal, then the general ones. */
  async findReturnedSections(db: EntityManager, reportId: string): Promise<ReturnedSection[]> {
    const rows: { id: string; ordinal: number | null; title: string | null; general_key: string | null }[] = await db.query(
      `SELECT s.id, g.ordinal, g.title, s.general_key
         FROM report_sections s LEFT JOIN task_groups g ON g.id = s.task_group_id
        WHERE s.report_id = $1 AND s.returned
        ORDER BY g.ordinal NULLS LAST, array_position($2::text[], s.general_key::text)`,
      [reportId, ['strengths', 'limitations', 'causes', 'difficulties', 'proposals', 'next_plan']],
    );
    return rows.map((r) => ({ id: r.id, ordinal: r.ordinal, taskGroupTitle: r.title, generalKey: r.general_key }));
  }

  /** Inserts the notifications, returning their ids in order. */
  /**
   * One statement for any number of rows (arrays, so no limit on parameters): the ids are made here,
   * so the answer follows the order of `rows`.
   */
  async insertNotifications(db: EntityManager, rows: Omit<NotificationEntity, 'id' | 'readAt'>[]): Promise<string[]> {
    const ids = rows.map(() => randomUUID());
    if (rows.length === 0) return ids;
    await db.query(
      `INSERT INTO notifications (id, recipient_id, kind, params, link, period_id, agency_id, created_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::jsonb[], $5::jsonb[], $6::uuid[], $7::uuid[], $8::timestamptz[])`,
      [
        ids,
        rows.map((r) => r.recipientId),
        rows.map((r) => r.kind),
        rows.map((r) => JSON.stringify(r.params)),
        rows.map((r) => JSON.stringify(r.link)),
        rows.map((r) => r.periodId),
        rows.map((r) => r.agencyId),
        rows.map((r) => r.createdAt),
      ],
    );
    return ids;
  }

  /** As insertNotifications: one statement, ids in the order of `rows`. */
  async insertMessages(db: EntityManager, rows: Omit<NotificationMessageEntity, 'id'>[]): Promise<string[]> {
    const ids = rows.map(() => randomUUID());
    if (rows.length === 0) return ids;
    await db.query(
      `INSERT INTO notification_messages (id, notification_id, recipient_id, kind, channel, address, subject, body, status, attempts,
                                          last_error, period_id, agency_id, created_at, updated_at, sent_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[], $8::text[],
                            $9::varchar[], $10::int[], $11::text[], $12::uuid[], $13::uuid[], $14::timestamptz[], $15::timestamptz[], $16::timestamptz[])`,
      [
        ids,
        rows.map((r) => r.notificationId),
        rows.map((r) => r.recipientId),
        rows.map((r) => r.kind),
        rows.map((r) => r.channel),
        rows.map((r) => r.address),
        rows.map((r) => r.subject),
        rows.map((r) => r.body),
        rows.map((r) => r.status),
        rows.map((r) => r.attempts),
        rows.map((r) => r.lastError),
        rows.map((r) => r.periodId),
        rows.map((r) => r.agencyId),
        rows.map((r) => r.createdAt),
        rows.map((r) => r.updatedAt),
        rows.map((r) => r.sentAt),
      ],
    );
    return ids;
  }

  async findPageOfRecipient(db: EntityManager, userId: string, skip: number, take: number): Promise<{ items: NotificationItem[]; total: number; unread: number }> {
    const rows: NotificationRow[] = await db.query(
      `SELECT id, kind, params, link, period_id, agency_id, created_at, read_at
         FROM notifications WHERE recipient_id = $1
        ORDER BY created_at DESC, id DESC OFFSET $2 LIMIT $3`,
      [userId, skip, take],
    );
    const [{ total, unread }] = await db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM notifications WHERE recipient_id = $1`,
      [userId],
    );
    return { items: rows.map(toItem), total, unread };
  }

  async countUnread(db: EntityManager, userId: string): Promise<number> {
    const [{ unread }] = await db.query(`SELECT count(*)::int AS unread FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`, [userId]);
    return unread;
  }

  /** Marks one of the user's notifications read (once: the first time stays); null when it is not theirs. */
  async markRead(db: EntityManager, userId: string, id: string, at: Date): Promise<NotificationItem | null> {
    const [rows]: [NotificationRow[], number] = await db.query(
      `UPDATE notifications SET read_at = coalesce(read_at, $3)
        WHERE id = $1 AND recipient_id = $2
        RETURNING id, kind, params, link, period_id, agency_id, created_at, read_at`,
      [id, userId, at],
    );
    return rows[0] ? toItem(rows[0]) : null;
  }

  async markAllRead(db: EntityManager, userId: string, at: Date): Promise<number> {
    const [, count]: [unknown, number] = await db.query(`UPDATE notifications SET read_at = $2 WHERE recipient_id = $1 AND read_at IS NULL`, [userId, at]);
    return count;
  }

  /** Reports submitted and neither accepted nor returned yet ("chờ tiếp nhận"), oldest submission first. */
  async findAwaitingReceipt(db: EntityManager): Promise<ReviewQueueItem[]> {
    const rows: {
      id: string;
      period_id: string;
      title: string;
      agency_id: string;
      agency_name: string;
      version_number: number;
      last_submitted_at: Date;
    }[] = await db.query(
      `SELECT r.id, r.period_id, p.title, r.agency_id, r.agency_name, r.version_number, r.last_submitted_at
         FROM agency_reports r JOIN reporting_periods p ON p.id = r.period_id
        WHERE r.state = 'submitted' AND p.state <> 'archived'
        ORDER BY r.last_submitted_at, r.id`,
    );
    return rows.map((r) => ({
      reportId: r.id,
      periodId: r.period_id,
      periodTitle: r.title,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      versionNumber: r.version_number,
      resubmitted: r.version_number > 1,
      lastSubmittedAt: r.last_submitted_at.toISOString(),
    }));
  }

  async countAwaitingReceipt(db: EntityManager): Promise<number> {
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM agency_reports r JOIN reporting_periods p ON p.id = r.period_id
        WHERE r.state = 'submitted' AND p.state <> 'archived'`,
    );
    return count;
  }

  async findPreferences(db: EntityManager, userId: string): Promise<{ email: string | null; emailEnabled: boolean } | null> {
    const [row]: { email: string | null; email_enabled: boolean }[] = await db.query(
      `SELECT u.email, coalesce(p.email_enabled, true) AS email_enabled
         FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id WHERE u.id = $1`,
      [userId],
    );
    return row ? { email: row.email, emailEnabled: row.email_enabled } : null;
  }

  /** The user's choice as stored before (true when never chosen); the row locked until the caller commits. */
  async lockEmailChoice(db: EntityManager, userId: string): Promise<boolean> {
    await db.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [userId]);
    const [row]: { email_enabled: boolean }[] = await db.query(`SELECT email_enabled FROM notification_preferences WHERE user_id = $1`, [userId]);
    return row?.email_enabled ?? true;
  }

  async saveEmailChoice(db: EntityManager, userId: string, emailEnabled: boolean, at: Date): Promise<void> {
    await db.query(
      `INSERT INTO notification_preferences (user_id, email_enabled, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET email_enabled = excluded.email_enabled, updated_at = excluded.updated_at`,
      [userId, emailEnabled, at],
    );
  }

  /** The e-mail log, newest first, with the recipient, unit and period named. */
  async findEmailLog(db: EntityManager, status: MessageStatus | undefined, skip: number, take: number): Promise<{ items: MessageLogEntry[]; total: number }> {
    const filter = status ? `AND m.status = $3` : '';
    const rows: MessageRow[] = await db.query(
      `SELECT m.id, m.kind, m.channel, m.status, m.recipient_id, u.full_name AS recipient_name, u.login AS recipient_login,
              u.role AS recipient_role, m.address, m.subject, m.body, m.attempts, m.last_error, m.agency_id, a.name AS agency_name,
              m.period_id, p.title AS period_title, m.created_at, m.updated_at, m.sent_at
         FROM notification_messages m
         JOIN users u ON u.id = m.recipient_id
         LEFT JOIN agencies a ON a.id = m.agency_id
         LEFT JOIN reporting_periods p ON p.id = m.period_id
        WHERE m.channel = 'email' ${filter}
        ORDER BY m.created_at DESC, m.id DESC OFFSET $1 LIMIT $2`,
      status ? [skip, take, status] : [skip, take],
    );
    const [{ total }] = await db.query(
      `SELECT count(*)::int AS total FROM notification_messages m WHERE m.channel = 'email' ${status ? 'AND m.status = $1' : ''}`,
      status ? [status] : [],
    );
    return { items: rows.map(toLogEntry), total };
  }

  /** An e-mail of the log (pg-boss hands its job to one worker at a time: no lock is held while it is sent). */
  async findEmail(db: EntityManager, id: string): Promise<EmailForDelivery | null> {
    const [row]: { id: string; address: string; subject: string; body: string; status: MessageStatus; attempts: number }[] = await db.query(
      `SELECT id, address, subject, body, status, attempts FROM notification_messages WHERE id = $1 AND channel = 'email'`,
      [id],
    );
    return row ?? null;
  }

  async recordDelivery(
    db: EntityManager,
    id: string,
    outcome: { status: MessageStatus; attempts: number; lastError: string | null; at: Date; sentAt: Date | null },
  ): Promise<void> {
    await db.query(
      `UPDATE notification_messages SET status = $2, attempts = $3, last_error = $4, updated_at = $5, sent_at = $6 WHERE id = $1`,
      [id, outcome.status, outcome.attempts, outcome.lastError, outcome.at, outcome.sentAt],
    );
  }
}
