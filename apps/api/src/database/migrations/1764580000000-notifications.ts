import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (issue #12): the in-app notifications of each person, the message log (every
 * message, in the app or by e-mail: to whom, when, delivered or failed and why; the unit and the
 * period it concerns, so reminders can show a unit's last one) and each person's choice of e-mail.
 * Kinds are NOTIFICATION_KINDS of libs/shared (no CHECK: a new kind needs no migration). The
 * e-mail jobs themselves live in pg-boss's own schema (`pgboss`), which pg-boss creates and upgrades.
 */
export class Notifications1764580000000 implements MigrationInterface {
  name = 'Notifications1764580000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id),
        kind varchar(40) NOT NULL,
        params jsonb NOT NULL,
        link jsonb NOT NULL,
        period_id uuid REFERENCES reporting_periods(id) ON DELETE CASCADE,
        agency_id uuid REFERENCES agencies(id),
        created_at timestamptz NOT NULL,
        read_at timestamptz
      )`);
    await db.query(`CREATE INDEX notifications_recipient_newest_idx ON notifications (recipient_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL`);
    await db.query(`
      CREATE TABLE notification_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id uuid REFERENCES notifications(id) ON DELETE SET NULL,
        recipient_id uuid NOT NULL REFERENCES users(id),
        kind varchar(40) NOT NULL,
        channel varchar(10) NOT NULL CHECK (channel IN ('in_app', 'email')),
        address varchar(200),
        subject varchar(1000),
        body text,
        status varchar(10) NOT NULL CHECK (status IN ('queued', 'sent', 'failed', 'outbox')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        period_id uuid REFERENCES reporting_periods(id) ON DELETE CASCADE,
        agency_id uuid REFERENCES agencies(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        sent_at timestamptz,
        CONSTRAINT notification_messages_email_address CHECK (channel = 'in_app' OR address IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX notification_messages_email_newest_idx ON notification_messages (created_at DESC, id DESC) WHERE channel = 'email'`);
    await db.query(`CREATE INDEX notification_messages_unit_period_idx ON notification_messages (period_id, agency_id, kind, created_at DESC)`);
    await db.query(`
      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        email_enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification_preferences`);
    await db.query(`DROP TABLE notification_messages`);
    await db.query(`DROP TABLE notifications`);
  }
}
