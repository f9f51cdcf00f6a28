import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  committeeSettingsChanges,
  normalizeCommitteeSettings,
  normalizeHolidays,
  toLocalDate,
  validateCommitteeSettings,
  validateHolidayYear,
  type CommitteeSettings,
  type CommitteeSettingsView,
  type CurrentUser,
  type HolidayYear,
  type PublicHoliday,
  type UpdateCommitteeSettingsRequest,
} from '@giao-ban/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { AuditService } from '../audit/audit.service.js';
import { SettingsRepository } from './settings.repository.js';

/**
 * The committee's settings and the public holidays, kept by the administrator. Other modules read
 * the settings through `committee(db)` (a new summary copies them); a change never reaches a
 * document already made. Every change is audited with the values before and after.
 */
@Injectable()
export class SettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SettingsRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The settings as they are now, inside the caller's transaction. */
  async committee(db: EntityManager): Promise<CommitteeSettings> {
    return (await this.repository.findSettings(db)).settings;
  }

  async view(): Promise<CommitteeSettingsView> {
    return (await this.repository.findSettings(this.dataSource.manager)).view;
  }

  /** Changes the fields given; the others keep their value. Nothing changed: nothing written, nothing audited. */
  async update(actor: CurrentUser, body: UpdateCommitteeSettingsRequest): Promise<CommitteeSettingsView> {
    return this.dataSource.transaction(async (db) => {
      const stored = await this.repository.findSettings(db, true);
      const given = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as UpdateCommitteeSettingsRequest;
      const next = normalizeCommitteeSettings({ ...stored.settings, ...given });
      // The DTO checked each field at the edge; the whole record is checked again as it will be stored.
      const errors = validateCommitteeSettings(next);
      if (errors.length) throw new AppException('VALIDATION_FAILED', 'The request has invalid fields.', errors);
      const { before, after } = committeeSettingsChanges(stored.settings, next);
      if (Object.keys(after).length === 0) return stored.view;
      await this.repository.saveSettings(db, stored.id, next, this.clock.now(), actor.id);
      await this.audit.record(db, actor, { action: 'settings.updated', objectType: 'settings', objectId: stored.id, summary: { before, after } });
      return (await this.repository.findSettings(db)).view;
    });
  }

  /** One year's holidays (this year in Vietnam when none is asked) and the years that have a list. */
  async holidays(year?: number, db: EntityManager = this.dataSource.manager): Promise<HolidayYear> {
    const asked = year ?? Number(toLocalDate(this.clock.now()).slice(0, 4));
    return { year: asked, holidays: await this.repository.holidaysOfYear(db, asked), yearsWithHolidays: await this.repository.yearsWithHolidays(db) };
  }

  /**
   * The year's list becomes `holidays`. Periods already created keep the due dates they were given:
   * the list is read when a period is created or its dates are edited.
   */
  async replaceHolidays(actor: CurrentUser, year: number, holidays: PublicHoliday[]): Promise<HolidayYear> {
    const errors = validateHolidayYear(year, holidays);
    if (errors.length) throw new AppException('VALIDATION_FAILED', 'The request has invalid fields.', errors);
    const next = normalizeHolidays(holidays);
    return this.dataSource.transaction(async (db) => {
      const stored = await this.repository.findSettings(db, true);
      const before = await this.repository.holidaysOfYear(db, year);
      if (JSON.stringify(before) !== JSON.stringify(next)) {
        await this.repository.replaceHolidaysOfYear(db, year, next);
        await this.audit.record(db, actor, {
          action: 'settings.holidays_replaced',
          objectType: 'settings',
          objectId: stored.id,
          summary: { year, before, after: next },
        });
      }
      return this.holidays(year, db);
    });
  }
}
