import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bulletin's rungs of the reminder ladder (issue #16): each row is one rung sent to one unit
 * that had sent nothing yet to an issue before its deadline. The rungs are decided by the same
 * ladder rule as reports' (dueReminderRung, the committee's ladder); they get a table of their
 * own rather than a place in `reminders`, whose every row is a report's (report_id and period_id
 * NOT NULL, deleted with the report, read by the board as each report's latest reminder):
 * loosening those columns would weaken every report query for the sake of a second kind of row.
 * The unique index sends a rung once per issue, unit and deadline however many processes deliver
 * at the same time (insert ON CONFLICT DO NOTHING, notify only for the rows inserted); a deadline
 * the office moves counts its rungs anew.
 */
export class BulletinReminders1764630000000 implements MigrationInterface {
  name = 'BulletinReminders1764630000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE bulletin_reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issue_id uuid NOT NULL REFERENCES bulletin_issues(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        rung integer NOT NULL,
        due_date date NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX bulletin_reminders_rung_once_uq ON bulletin_reminders (issue_id, agency_id, due_date, rung)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE bulletin_reminders`);
  }
}
