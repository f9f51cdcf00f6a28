import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentUser, DemoClockState } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { AdjustableClock } from '../../common/clock/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { RemindersService } from '../reminders/reminders.service.js';
import { DemoClockRepository } from './demo-clock.repository.js';

const MINUTE_MS = 60_000;

/**
 * The demo clock: in demo mode the app's clock is the real time plus an offset the administrator
 * sets, kept in the database and read at start so a restart keeps the demo's date. Moving it runs
 * the reminder sweep at once, so the reminders of the new date arrive without waiting for the
 * hourly run. One process per demo (`npm start`): another process on the same database would read
 * the offset only when it starts.
 */
@Injectable()
export class DemoClockService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: DemoClockRepository,
    private readonly audit: AuditService,
    private readonly clock: AdjustableClock,
    private readonly reminders: RemindersService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.clock.setOffset((await this.repository.findOffset(this.dataSource.manager)).offsetMs);
  }

  state(): DemoClockState {
    return { now: this.clock.now().toISOString(), offsetMinutes: Math.round(this.clock.offset / MINUTE_MS) };
  }

  /**
   * A demo just loaded into an empty database starts on its story's day. Nobody moved it, so there
   * is nothing to audit, and no sweep: the hourly one sends what that day calls for.
   */
  async startAt(now: Date): Promise<void> {
    const offsetMs = now.getTime() - this.clock.realNow().getTime();
    await this.dataSource.transaction(async (db) => {
      const stored = await this.repository.findOffset(db, true);
      await this.repository.saveOffset(db, stored.id, offsetMs, this.clock.realNow(), null);
    });
    this.clock.setOffset(offsetMs);
  }

  /** The app's time becomes `now` (forward or back), or the real time again with null. Audited. */
  async set(actor: CurrentUser, now: string | null): Promise<DemoClockState> {
    const before = this.state();
    const offsetMs = now === null ? 0 : Date.parse(now) - this.clock.realNow().getTime();
    await this.dataSource.transaction(async (db) => {
      const stored = await this.repository.findOffset(db, true);
      await this.repository.saveOffset(db, stored.id, offsetMs, this.clock.realNow(), actor.id);
      // Sessions age on the app's clock: a jump of months would sign everyone out, the administrator
      // who moved it first. They move with it, so the demo goes on where it was.
      await this.repository.shiftSessions(db, offsetMs - stored.offsetMs);
      const after: DemoClockState = { now: new Date(this.clock.realNow().getTime() + offsetMs).toISOString(), offsetMinutes: Math.round(offsetMs / MINUTE_MS) };
      await this.audit.record(db, actor, { action: 'demo_clock.set', objectType: 'demo_clock', objectId: stored.id, summary: { before, after } });
    });
    this.clock.setOffset(offsetMs);
    // What a person would have been sent by then arrives now, not at the next hourly sweep.
    await this.reminders.sweep();
    await this.reminders.deliver();
    await this.reminders.sweepBulletins();
    await this.reminders.deliverBulletins();
    return this.state();
  }
}
