import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { failuresStillCounted, signInLockSeconds, type SignInThrottleKind } from '@giao-ban/shared';
import { DataSource } from 'typeorm';

/** A throttle key: the account's login name or the client's address, each counted on its own. */
export interface ThrottleKey {
  kind: SignInThrottleKind;
  value: string;
}

const keyOf = (key: ThrottleKey) => `${key.kind}:${key.value}`;

/**
 * Failed sign-ins per account and per address, in PostgreSQL so that every API instance counts the
 * same attempts. Rows are small and few (one per key that failed lately).
 */
@Injectable()
export class SignInThrottleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The latest time until which any of these keys is locked, or null when none is. */
  async lockedUntil(keys: ThrottleKey[], now: Date): Promise<Date | null> {
    const rows: { until: Date | null }[] = await this.dataSource.query(
      `SELECT max(locked_until) AS until FROM sign_in_throttles WHERE key = ANY($1::text[]) AND locked_until > $2`,
      [keys.map(keyOf), now],
    );
    return rows[0]?.until ?? null;
  }

  /** Counts one more failure of `key`; returns the new lock's end when this failure locked it. */
  async recordFailure(key: ThrottleKey, now: Date): Promise<Date | null> {
    return this.dataSource.transaction(async (db) => {
      await db.query(
        `INSERT INTO sign_in_throttles (key, failures, last_failure_at) VALUES ($1, 0, $2) ON CONFLICT (key) DO NOTHING`,
        [keyOf(key), now],
      );
      const [row]: { failures: number; last_failure_at: Date }[] = await db.query(
        `SELECT failures, last_failure_at FROM sign_in_throttles WHERE key = $1 FOR UPDATE`,
        [keyOf(key)],
      );
      const failures = failuresStillCounted(row!.failures, row!.last_failure_at, now) + 1;
      const seconds = signInLockSeconds(key.kind, failures);
      const lockedUntil = seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null;
      await db.query(`UPDATE sign_in_throttles SET failures = $2, last_failure_at = $3, locked_until = $4 WHERE key = $1`, [
        keyOf(key),
        failures,
        now,
        lockedUntil,
      ]);
      return lockedUntil;
    });
  }

  /** A successful sign-in clears the account's count (never the address's: others share it). */
  async forget(key: ThrottleKey): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_throttles WHERE key = $1`, [keyOf(key)]);
  }
}
