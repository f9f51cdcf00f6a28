import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The one row of `demo_clock` (migration 1764595000000): the offset of the demo's time from the real one. */
@Injectable()
export class DemoClockRepository {
  /** The stored offset; `forUpdate` locks the row so that two changes apply one after the other. */
  async findOffset(db: EntityManager, forUpdate = false): Promise<{ id: string; offsetMs: number }> {
    const [row]: { id: string; offset_ms: string }[] = await db.query(`SELECT id, offset_ms FROM demo_clock${forUpdate ? ' FOR UPDATE' : ''}`);
    // The migration inserts the row and nothing deletes it.
    if (!row) throw new Error('demo_clock has no row: the migration 1764595000000 did not run');
    return { id: row.id, offsetMs: Number(row.offset_ms) };
  }

  /** Moves every open session by `deltaMs` along with the clock (see DemoClockService.set). */
  async shiftSessions(db: EntityManager, deltaMs: number): Promise<void> {
    await db.query(
      `UPDATE sessions SET created_at = created_at + $1 * interval '1 millisecond',
                           expires_at = expires_at + $1 * interval '1 millisecond',
                           last_seen_at = last_seen_at + $1 * interval '1 millisecond'`,
      [deltaMs],
    );
  }

  /** `by` is null when the app moved it itself (a demo starting on its story's day). */
  async saveOffset(db: EntityManager, id: string, offsetMs: number, at: Date, by: string | null): Promise<void> {
    await db.query(`UPDATE demo_clock SET offset_ms = $2, updated_at = $3, updated_by = $4 WHERE id = $1`, [id, offsetMs, at, by]);
  }
}
