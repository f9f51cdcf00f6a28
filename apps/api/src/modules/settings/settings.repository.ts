import { Injectable } from '@nestjs/common';
import type { CommitteeSettings, CommitteeSettingsView, LocalDate, PublicHoliday, ReminderLadder } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';

interface SettingsRow {
  id: string;
  issuing_body: string;
  party_parent_body: string;
  state_parent_body: string;
  party_signer_authority: string;
  state_signer_authority: string;
  signer_title: string;
  signer_name: string | null;
  place: string;
  default_style: CommitteeSettings['defaultStyle'];
  recipients: string[];
  reminder_ladder: ReminderLadder;
  updated_at: Date;
  updated_by_name: string | null;
}

const toSettings = (r: SettingsRow): CommitteeSettings => ({
  issuingBody: r.issuing_body,
  partyParentBody: r.party_parent_body,
  stateParentBody: r.state_parent_body,
  partySignerAuthority: r.party_signer_authority,
  stateSignerAuthority: r.state_signer_authority,
  signerTitle: r.signer_title,
  signerName: r.signer_name,
  place: r.place,
  defaultStyle: r.default_style,
  recipients: r.recipients,
  reminderLadder: r.reminder_ladder,
});

/** The stored settings: the values, the row's id (what the audit trail names) and who changed them last. */
export interface StoredSettings {
  id: string;
  settings: CommitteeSettings;
  view: CommitteeSettingsView;
}

const SELECT_SETTINGS = `
  SELECT s.id, s.issuing_body, s.party_parent_body, s.state_parent_body, s.party_signer_authority, s.state_signer_authority,
         s.signer_title, s.signer_name, s.place, s.default_style, s.recipients, s.reminder_ladder, s.updated_at, u.full_name AS updated_by_name
    FROM committee_settings s LEFT JOIN users u ON u.id = s.updated_by`;

/** Queries about the committee's settings row and the public holidays. Every method takes the caller's EntityManager. */
@Injectable()
export class SettingsRepository {
  /** The one settings row; `forUpdate` locks it, which also orders concurrent changes of the holidays. */
  async findSettings(db: EntityManager, forUpdate = false): Promise<StoredSettings> {
    const [row]: SettingsRow[] = await db.query(`${SELECT_SETTINGS}${forUpdate ? ' FOR UPDATE OF s' : ''}`);
    // The migration inserts the row and nothing deletes it.
    if (!row) throw new Error('committee_settings has no row: the migration 1764560000000 did not run');
    const settings = toSettings(row);
    return { id: row.id, settings, view: { ...settings, updatedAt: row.updated_at.toISOString(), updatedByName: row.updated_by_name } };
  }

  async saveSettings(db: EntityManager, id: string, s: CommitteeSettings, at: Date, by: string): Promise<void> {
    await db.query(
      `UPDATE committee_settings
          SET issuing_body = $2, party_parent_body = $3, state_parent_body = $4, party_signer_authority = $5, state_signer_authority = $6,
              signer_title = $7, signer_name = $8, place = $9, default_style = $10, recipients = $11::jsonb, reminder_ladder = $14::jsonb, updated_at = $12, updated_by = $13
        WHERE id = $1`,
      [
        id,
        s.issuingBody,
        s.partyParentBody,
        s.stateParentBody,
        s.partySignerAuthority,
        s.stateSignerAuthority,
        s.signerTitle,
        s.signerName,
        s.place,
        s.defaultStyle,
        JSON.stringify(s.recipients),
        at,
        by,
        JSON.stringify(s.reminderLadder),
      ],
    );
  }

  async holidaysOfYear(db: EntityManager, year: number): Promise<PublicHoliday[]> {
    const rows: { date: LocalDate; name: string }[] = await db.query(
      `SELECT date::text AS date, name FROM public_holidays WHERE date BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31) ORDER BY date`,
      [year],
    );
    return rows;
  }

  async yearsWithHolidays(db: EntityManager): Promise<number[]> {
    const rows: { year: number }[] = await db.query(`SELECT DISTINCT extract(year FROM date)::int AS year FROM public_holidays ORDER BY year`);
    return rows.map((r) => r.year);
  }

  /** The year's holidays become exactly `holidays` (all of them days of that year). */
  async replaceHolidaysOfYear(db: EntityManager, year: number, holidays: PublicHoliday[]): Promise<void> {
    await db.query(`DELETE FROM public_holidays WHERE date BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)`, [year]);
    if (holidays.length === 0) return;
    await db.query(`INSERT INTO public_holidays (date, name) SELECT unnest($1::date[]), unnest($2::text[])`, [
      holidays.map((h) => h.date),
      holidays.map((h) => h.name),
    ]);
  }
}
