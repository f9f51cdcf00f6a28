import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  agencyCodeFrom,
  followsUnitName,
  type Agency,
  type AgencyHistory,
  type CurrentUser,
  type FieldError,
  type Page,
} from '@giao-ban/shared';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { ownAgencyOf } from '../../common/scope/scope.js';
import { AuditService } from '../audit/audit.service.js';
import { AgenciesRepository, type AgencyFields } from './agencies.repository.js';
import type { AgencyEntity } from './agency.entity.js';
import { toAgency } from './agency.mapper.js';
import type { AgencyListQueryDto, CreateAgencyDto, UpdateAgencyDto } from './dto/agency-requests.dto.js';

const invalid = (field: string, rule: string, message: string) =>
  new AppException('VALIDATION_FAILED', message, [{ field, constraints: { [rule]: message } }] satisfies FieldError[]);

export const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505';

/**
 * Member units: read by everyone within their scope; created and edited by the office and the
 * administrator (merges, splits and abolitions are AgencySuccessionService's). A rename keeps the
 * old name on record (agency_names) and on every report already filed under it: only open
 * obligations take the new name (followsUnitName).
 */
@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgenciesRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Committee-wide roles see every unit; an agency user sees its own unit only. */
  async listVisibleTo(user: CurrentUser, query: AgencyListQueryDto): Promise<Page<Agency>> {
    const own = ownAgencyOf(user);
    const [rows, total] = await this.agencies.findPage(
      this.dataSource.manager,
      { ids: own ? [own] : null, active: query.active },
      query.skip,
      query.pageSize,
    );
    return { items: rows.map(toAgency), total, page: query.page, pageSize: query.pageSize };
  }

  /** Another unit's id answers 404, exactly like an id that does not exist. */
  async getVisibleTo(user: CurrentUser, id: string): Promise<Agency> {
    const own = ownAgencyOf(user);
    const agency = own === null || own === id ? await this.agencies.findById(this.dataSource.manager, id) : null;
    if (!agency) throw new AppException('NOT_FOUND', 'No such unit.');
    return toAgency(agency);
  }

  /** The units whose reports this unit's users read as history (AgenciesRepository.predecessorsOf). */
  predecessorsOf(db: EntityManager, agencyId: string): Promise<string[]> {
    return this.agencies.predecessorsOf(db, agencyId);
  }

  async history(id: string): Promise<AgencyHistory> {
    const db = this.dataSource.manager;
    const agency = await this.agencies.findById(db, id);
    if (!agency) throw new AppException('NOT_FOUND', 'No such unit.');
    return {
      agency: toAgency(agency),
      names: await this.agencies.nameHistory(db, id),
      predecessors: await this.agencies.successions(db, id, 'successor'),
      successors: await this.agencies.successions(db, id, 'predecessor'),
      activeUserCount: await this.agencies.activeAccountCount(db, id),
    };
  }

  async create(actor: CurrentUser, body: CreateAgencyDto): Promise<Agency> {
    const id = await this.dataSource
      .transaction((db) => this.createIn(db, actor, body, 'code'))
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? invalid('code', 'unique', 'This code is already taken.') : error;
      });
    return toAgency((await this.agencies.findById(this.dataSource.manager, id))!);
  }

  /**
   * Creates a unit inside the caller's transaction (also a merge's new successor, a directory
   * import's new unit); audited, with `auditContext` added to the event's summary.
   */
  async createIn(db: EntityManager, actor: CurrentUser, body: CreateAgencyDto, codeField: string, auditContext: Record<string, unknown> = {}): Promise<string> {
    let code = body.code;
    if (code) {
      if (await this.agencies.codeExists(db, code)) throw invalid(codeField, 'unique', `The code "${code}" is already taken.`);
    } else {
      const base = agencyCodeFrom(body.shortName, new Set());
      code = agencyCodeFrom(body.shortName, await this.agencies.codesLike(db, base));
    }
    const fields = fieldsOf(body);
    const id = await this.agencies.insert(db, code, fields, this.clock.now(), actor.id);
    await this.audit.record(db, actor, {
      action: 'agency.created',
      objectType: 'agency',
      objectId: id,
      agencyId: id,
      summary: { code, ...fields, ...auditContext },
    });
    return id;
  }

  update(actor: CurrentUser, id: string, body: UpdateAgencyDto): Promise<Agency> {
    return this.dataSource.transaction((db) => this.updateIn(db, actor, id, body));
  }

  /** Edits a unit inside the caller's transaction (also a directory import's); audited, with `auditContext` in the summary. */
  async updateIn(db: EntityManager, actor: CurrentUser, id: string, body: UpdateAgencyDto, auditContext: Record<string, unknown> = {}): Promise<Agency> {
    const before = await this.agencies.findById(db, id, true);
    if (!before) throw new AppException('NOT_FOUND', 'No such unit.');
    const next: AgencyFields = {
      name: body.name ?? before.name,
      shortName: body.shortName ?? before.shortName,
      kind: body.kind ?? before.kind,
      displayOrder: body.displayOrder ?? before.displayOrder,
      contactPerson: body.contactPerson !== undefined ? body.contactPerson : before.contactPerson,
      email: body.email !== undefined ? body.email : before.email,
      phone: body.phone !== undefined ? body.phone : before.phone,
    };
    const changes = changesBetween(before, next);
    if (Object.keys(changes).length === 0) return toAgency(before);
    await this.agencies.update(db, id, next);
    let reportsRenamed = 0;
    if (changes.name || changes.shortName) {
      await this.agencies.recordName(db, id, next.name, next.shortName, this.clock.now(), actor.id);
      const following = (await this.agencies.reportNameFacts(db, id)).filter(followsUnitName).map((r) => r.id);
      await this.agencies.setReportNames(db, following, next.name, next.shortName);
      reportsRenamed = following.length;
    }
    await this.audit.record(db, actor, {
      action: 'agency.updated',
      objectType: 'agency',
      objectId: id,
      agencyId: id,
      summary: { changes, ...(changes.name || changes.shortName ? { openReportsRenamed: reportsRenamed } : {}), ...auditContext },
    });
    return toAgency((await this.agencies.findById(db, id))!);
  }
}

function fieldsOf(body: CreateAgencyDto): AgencyFields {
  return {
    name: body.name,
    shortName: body.shortName,
    kind: body.kind,
    displayOrder: body.displayOrder,
    contactPerson: body.contactPerson ?? null,
    email: body.email ?? null,
    phone: body.phone ?? null,
  };
}

/** What an edit changes, field by field, for the audit trail. */
function changesBetween(before: AgencyEntity, next: AgencyFields): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(
    (Object.keys(next) as (keyof AgencyFields)[])
      .filter((field) => before[field] !== next[field])
      .map((field) => [field, { from: before[field], to: next[field] }]),
  );
}
