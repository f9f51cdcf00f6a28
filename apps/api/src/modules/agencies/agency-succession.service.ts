import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  planSuccession,
  successionFaults,
  toLocalDate,
  type CurrentUser,
  type FieldError,
  type LocalDate,
  type SuccessionKind,
  type SuccessionPreview,
  type UnitUserPolicy,
} from '@giao-ban/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { AgenciesRepository, type UnitAccount } from './agencies.repository.js';
import { AgenciesService, isUniqueViolation } from './agencies.service.js';
import type { AgencyEntity } from './agency.entity.js';
import { toAgency } from './agency.mapper.js';
import type { CreateAgencyDto, DeactivateAgencyDto, MergeAgenciesDto } from './dto/agency-requests.dto.js';

/** One succession to plan or carry out: units that end, and who (if anyone) carries on. */
interface SuccessionRequest {
  kind: SuccessionKind;
  predecessorIds: string[];
  successor: { existingId: string } | { create: CreateAgencyDto } | null;
  users: UnitUserPolicy;
  effectiveOn?: LocalDate;
  note?: string | null;
}

/** The successor to be created, as the plan sees it before it exists. */
const NEW_SUCCESSOR = 'new-successor';

const invalid = (field: string, rule: string, message: string) =>
  new AppException('VALIDATION_FAILED', message, [{ field, constraints: { [rule]: message } }] satisfies FieldError[]);

/**
 * Merges (A and B into C, existing or new), splits (A ended, its work carried on by B) and
 * abolitions (A ended, nobody carries on). All in one transaction:
 *
 * - the plan (planSuccession, libs/shared) decides the obligations: open ones move to the
 *   successor or end, filed reports stay the ended unit's history; a plan that would lose work is
 *   refused with 409 OBLIGATION_CONFLICT and changes nothing;
 * - the ended units' accounts move to the successor or are deactivated (sessions ended);
 * - `agency_successions` records who continues whom: the successor's users then read the ended
 *   units' reports (ReportsService.loadReadable), never write them;
 * - nothing filed is rewritten: reports keep the name they were filed under, report versions and
 *   summary versions are append-only, so a finalized summary exports the same bytes.
 */
@Injectable()
export class AgencySuccessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgenciesRepository,
    private readonly units: AgenciesService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** What the merge would do, changing nothing. */
  previewMerge(body: MergeAgenciesDto): Promise<SuccessionPreview> {
    const request = this.mergeRequest(body);
    return this.dataSource.transaction('REPEATABLE READ', async (db) => (await this.prepare(db, request, false)).preview);
  }

  merge(actor: CurrentUser, body: MergeAgenciesDto): Promise<SuccessionPreview> {
    return this.carryOut(actor, this.mergeRequest(body));
  }

  /** What ending the unit would do, changing nothing. */
  previewDeactivation(id: string, body: DeactivateAgencyDto): Promise<SuccessionPreview> {
    const request = this.deactivationRequest(id, body);
    return this.dataSource.transaction('REPEATABLE READ', async (db) => (await this.prepare(db, request, false)).preview);
  }

  deactivate(actor: CurrentUser, id: string, body: DeactivateAgencyDto): Promise<SuccessionPreview> {
    return this.carryOut(actor, this.deactivationRequest(id, body));
  }

  private deactivationRequest(id: string, body: DeactivateAgencyDto): SuccessionRequest {
    const successorId = body.successorId ?? null;
    const users = body.users ?? 'deactivate';
    if (users === 'move' && !successorId) throw invalid('users', 'needsSuccessor', 'Accounts can only move to a successor.');
    return {
      kind: successorId ? 'split' : 'abolish',
      predecessorIds: [id],
      successor: successorId ? { existingId: successorId } : null,
      users,
      effectiveOn: body.effectiveOn,
      note: body.note,
    };
  }

  private mergeRequest(body: MergeAgenciesDto): SuccessionRequest {
    const { existingId, create } = body.successor;
    if ((existingId === undefined) === (create === undefined)) {
      throw invalid('successor', 'exactlyOne', 'Choose an existing successor or describe a new one, not both.');
    }
    return {
      kind: 'merge',
      predecessorIds: body.predecessorIds,
      successor: existingId ? { existingId } : { create: create! },
      users: body.users,
      effectiveOn: body.effectiveOn,
      note: body.note,
    };
  }

  private async carryOut(actor: CurrentUser, request: SuccessionRequest): Promise<SuccessionPreview> {
    const { preview, affectedUsers } = await this.dataSource
      .transaction(async (db) => {
        const prepared = await this.prepare(db, request, true);
        if (prepared.preview.plan.conflicts.length > 0) {
          throw new AppException(
            'OBLIGATION_CONFLICT',
            'Some reports of an open period hold work that would be lost: have them submitted, or cleared, first.',
            { conflicts: prepared.preview.plan.conflicts },
          );
        }
        return this.apply(db, actor, request, prepared);
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? invalid('successor.create.code', 'unique', 'This code is already taken.') : error;
      });
    // Moved accounts read with their new unit, deactivated ones are refused, from their next request.
    for (const id of affectedUsers) this.auth.forgetUser(id);
    return preview;
  }

  /** Locks and checks the units, gathers the facts and plans; `lock` for a change that follows. */
  private async prepare(db: EntityManager, request: SuccessionRequest, lock: boolean) {
    const existingId = request.successor && 'existingId' in request.successor ? request.successor.existingId : null;
    const ids = [...new Set([...request.predecessorIds, ...(existingId ? [existingId] : [])])];
    const locked = lock ? await this.agencies.lockByIds(db, ids) : await Promise.all(ids.map((id) => this.agencies.findById(db, id)));
    const found = locked.filter((a): a is AgencyEntity => a !== null);
    const predecessors = request.predecessorIds.map((id) => found.find((a) => a.id === id)).filter((a): a is AgencyEntity => a !== undefined);
    const successor = existingId ? (found.find((a) => a.id === existingId) ?? null) : null;
    if (request.kind !== 'merge' && predecessors.length === 0) throw new AppException('NOT_FOUND', 'No such unit.');
    if (existingId && !successor) throw invalid(request.kind === 'merge' ? 'successor.existingId' : 'successorId', 'exists', 'No such unit.');

    const faults = successionFaults(predecessors.map(toAgency), request.predecessorIds, successor ? toAgency(successor) : null);
    if (faults.length > 0) {
      const field = (f: string) => (request.kind !== 'merge' && f === 'successor' ? 'successorId' : request.kind !== 'merge' && f === 'predecessorIds' ? 'id' : f);
      throw new AppException(
        'VALIDATION_FAILED',
        faults[0]!.message,
        faults.map((f) => ({ field: field(f.field), constraints: { [f.rule]: f.message } })),
      );
    }

    const successorId = request.successor === null ? null : (existingId ?? NEW_SUCCESSOR);
    const concerned = [...predecessors.map((a) => a.id), ...(existingId ? [existingId] : [])];
    const plan = planSuccession({
      predecessorIds: predecessors.map((a) => a.id),
      successorId,
      obligations: await this.agencies.obligationFacts(db, concerned, lock),
      memberships: await this.agencies.draftMemberships(db, concerned),
    });
    const accounts = await this.agencies.accountsOf(db, predecessors.map((a) => a.id), lock);
    const preview: SuccessionPreview = {
      plan,
      users: accounts.filter((u) => u.active).map(({ id, login, fullName, agencyId }) => ({ id, login, fullName, agencyId })),
      userPolicy: request.users,
      predecessors: predecessors.map(toAgency),
      successor: successor ? toAgency(successor) : null,
    };
    return { preview, predecessors, successor, accounts };
  }

  private async apply(
    db: EntityManager,
    actor: CurrentUser,
    request: SuccessionRequest,
    prepared: { preview: SuccessionPreview; predecessors: AgencyEntity[]; successor: AgencyEntity | null; accounts: UnitAccount[] },
  ): Promise<{ preview: SuccessionPreview; affectedUsers: string[] }> {
    const now = this.clock.now();
    const effectiveOn = request.effectiveOn ?? toLocalDate(now);
    const { plan } = prepared.preview;
    let successor = prepared.successor;
    if (request.successor && 'create' in request.successor) {
      const id = await this.units.createIn(db, actor, request.successor.create, 'successor.create.code');
      successor = (await this.agencies.findById(db, id, true))!;
    }
    const predecessorIds = prepared.predecessors.map((a) => a.id);

    // Obligations: open ones move or end; filed ones stay where they are.
    await this.agencies.moveObligations(db, plan.move.map((o) => ({ reportId: o.reportId, periodId: o.periodId, fromAgencyId: o.agencyId })), successor!);
    for (const o of plan.move) {
      await this.audit.record(db, actor, {
        action: 'report.transferred',
        objectType: 'report',
        objectId: o.reportId,
        periodId: o.periodId,
        agencyId: successor!.id,
        summary: { from: o.agencyId, to: successor!.id, kind: request.kind },
      });
    }
    await this.agencies.releaseObligations(db, plan.release.map((o) => ({ reportId: o.reportId, periodId: o.periodId, agencyId: o.agencyId })));
    for (const o of plan.release) {
      await this.audit.record(db, actor, {
        action: 'report.released',
        objectType: 'report',
        objectId: o.reportId,
        periodId: o.periodId,
        agencyId: o.agencyId,
        summary: { state: o.state, kind: request.kind, successorId: successor?.id ?? null },
      });
    }
    for (const d of plan.draftPeriods) {
      await this.agencies.replaceDraftMemberships(db, d.periodId, d.removed, d.successorAdded ? successor!.id : null);
    }

    // Accounts: every account of the ended units moves, or every active one is deactivated.
    const affectedUsers: string[] = [];
    if (request.users === 'move') {
      await this.agencies.moveAccounts(db, prepared.accounts.map((u) => u.id), successor!.id);
      for (const u of prepared.accounts) {
        affectedUsers.push(u.id);
        await this.audit.record(db, actor, {
          action: 'user.updated',
          objectType: 'user',
          objectId: u.id,
          agencyId: successor!.id,
          summary: { changes: { agencyId: { from: u.agencyId, to: successor!.id } }, reason: `agency.${request.kind}` },
        });
      }
    } else {
      const active = prepared.accounts.filter((u) => u.active);
      await this.agencies.deactivateAccounts(db, active.map((u) => u.id));
      for (const u of active) {
        affectedUsers.push(u.id);
        const sessionsEnded = await this.auth.endSessionsOf(db, u.id);
        await this.audit.record(db, actor, {
          action: 'user.deactivated',
          objectType: 'user',
          objectId: u.id,
          agencyId: u.agencyId,
          summary: { sessionsEnded, reason: `agency.${request.kind}` },
        });
      }
    }

    // The units end, and the record of who continues whom.
    await this.agencies.deactivate(db, predecessorIds);
    const action = { merge: 'agency.merged', split: 'agency.split', abolish: 'agency.abolished' }[request.kind];
    for (const p of prepared.predecessors) {
      await this.agencies.insertSuccession(db, {
        predecessorId: p.id,
        successorId: successor?.id ?? null,
        kind: request.kind,
        effectiveOn,
        decidedBy: actor.id,
        decidedAt: now,
        note: request.note ?? null,
      });
      await this.audit.record(db, actor, {
        action,
        objectType: 'agency',
        objectId: p.id,
        agencyId: p.id,
        summary: {
          successorId: successor?.id ?? null,
          effectiveOn,
          note: request.note ?? null,
          moved: plan.move.filter((o) => o.agencyId === p.id).map((o) => o.reportId),
          released: plan.release.filter((o) => o.agencyId === p.id).map((o) => o.reportId),
          users: request.users,
          userIds: prepared.accounts.filter((u) => u.agencyId === p.id && (request.users === 'move' || u.active)).map((u) => u.id),
        },
      });
    }
    if (successor) {
      await this.audit.record(db, actor, {
        action: 'agency.succeeded',
        objectType: 'agency',
        objectId: successor.id,
        agencyId: successor.id,
        summary: { kind: request.kind, predecessorIds, effectiveOn },
      });
    }

    const after = await this.agencies.lockByIds(db, predecessorIds);
    return {
      preview: {
        ...prepared.preview,
        predecessors: after.map(toAgency),
        successor: successor ? toAgency((await this.agencies.findById(db, successor.id))!) : null,
      },
      affectedUsers,
    };
  }
}

