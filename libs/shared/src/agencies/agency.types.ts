import type { LocalDate, PeriodState } from '../periods/period.types.js';
import type { ReportState } from '../reports/report.types.js';

/** Kinds of member units (đơn vị thành viên). */
export const AGENCY_KINDS = [
  'department', // sở, ban, ngành
  'locality', // huyện, thị xã, thành phố
  'armed_force', // lực lượng vũ trang
  'mass_organization', // đoàn thể
  'press', // cơ quan báo chí, truyền thông
  'party_body', // cơ quan Đảng (Ban Tuyên giáo — cơ quan thường trực)
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_NAME_MAX_LENGTH = 200;
export const AGENCY_SHORT_NAME_MAX_LENGTH = 80;
export const AGENCY_CONTACT_MAX_LENGTH = 120;
/** Display order is a small positive number: 1, 2, 3… (the standing office sits at 100). */
export const AGENCY_DISPLAY_ORDER_MAX = 100_000;

export interface Agency {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  /** Orders every list, board, annex and document. */
  displayOrder: number;
  active: boolean;
  /** The standing office (cơ quan thường trực) compiles; it is not a reporting member. */
  isStandingOffice: boolean;
  /** The unit's contact person (người đầu mối), e-mail and phone, for the office. */
  contactPerson: string | null;
  email: string | null;
  phone: string | null;
}

/** `GET /api/agencies?active=&page=&pageSize=` */
export interface AgencyListQuery {
  active?: boolean;
  page?: number;
  pageSize?: number;
}

/** `POST /api/agencies`. The code is made from the short name when not given. */
export interface CreateAgencyRequest {
  code?: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  displayOrder: number;
  contactPerson?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** `PATCH /api/agencies/:id`: the fields present change. A new name or short name is a rename. */
export type UpdateAgencyRequest = Partial<Omit<CreateAgencyRequest, 'code'>>;

/** What happens to the accounts of units that end: moved to the successor, or deactivated. */
export const UNIT_USER_POLICIES = ['move', 'deactivate'] as const;
export type UnitUserPolicy = (typeof UNIT_USER_POLICIES)[number];

/** `POST /api/agencies/:id/deactivate`: split (with a successor) or abolish (without). */
export interface DeactivateAgencyRequest {
  /** The unit that carries on the work; its users then read this unit's past reports. */
  successorId?: string | null;
  /** Default `deactivate`; `move` needs a successor. */
  users?: UnitUserPolicy;
  /** Default: today (Asia/Ho_Chi_Minh). */
  effectiveOn?: LocalDate;
  note?: string | null;
}

/** `POST /api/agencies/merge` (and `/merge/preview`): units A, B… into C, existing or new. */
export interface MergeAgenciesRequest {
  predecessorIds: string[];
  /** Exactly one of `existingId` and `create`. */
  successor: { existingId?: string; create?: CreateAgencyRequest };
  users: UnitUserPolicy;
  effectiveOn?: LocalDate;
  note?: string | null;
}

export const SUCCESSION_KINDS = ['merge', 'split', 'abolish'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

/** One name a unit carried, from when (agency_names). */
export interface AgencyNameRecord {
  name: string;
  shortName: string;
  validFrom: string;
  changedByName: string | null;
}

/** A unit that ended and the one that carries on its work (null: abolished). */
export interface AgencySuccession {
  kind: SuccessionKind;
  predecessor: { id: string; name: string };
  successor: { id: string; name: string } | null;
  effectiveOn: LocalDate;
  decidedByName: string | null;
  decidedAt: string;
  note: string | null;
}

/** `GET /api/agencies/:id/history`: the unit, its names (oldest first) and successions. */
export interface AgencyHistory {
  agency: Agency;
  names: AgencyNameRecord[];
  /** Units this one continues (it is their successor). */
  predecessors: AgencySuccession[];
  /** How this one ended, if it did. */
  successors: AgencySuccession[];
  /** Accounts that belong to the unit now. */
  activeUserCount: number;
}

/** One obligation (report of a period) as the succession plan sees it. */
export interface ObligationFacts {
  reportId: string;
  periodId: string;
  periodTitle: string;
  periodState: PeriodState;
  agencyId: string;
  state: ReportState;
  /** Submitted at least once: it was filed under the unit and stays its history. */
  submitted: boolean;
  /** Anything typed, attached, noted, extended or marked not applicable in it. */
  hasWork: boolean;
}

/** A draft period obliging some of the units (period_agencies): no report exists yet. */
export interface DraftPeriodMembership {
  periodId: string;
  periodTitle: string;
  agencyId: string;
}

/** What a merge, split or abolition does to obligations and accounts, before it is done. */
export interface SuccessionPlan {
  /** Open obligations that become the successor's (its name then applies to them). */
  move: ObligationFacts[];
  /** Open obligations that end without any work in them: removed. */
  release: ObligationFacts[];
  /** Submitted reports and those of closed periods: they stay the ended unit's history. */
  keep: ObligationFacts[];
  /**
   * Open obligations with work in them that can neither move (the successor already reports for
   * that period, or there is no successor) nor be removed without losing it. A plan with any is
   * refused (409 OBLIGATION_CONFLICT): the unit submits it first, or the office clears it.
   */
  conflicts: ObligationFacts[];
  /** Draft periods: the ended units leave them; the successor joins where it is not yet a member. */
  draftPeriods: { periodId: string; periodTitle: string; removed: string[]; successorAdded: boolean }[];
}

/** The plan with the accounts concerned: the answer of `/merge/preview`, and of the merge itself. */
export interface SuccessionPreview {
  plan: SuccessionPlan;
  users: { id: string; login: string; fullName: string; agencyId: string }[];
  userPolicy: UnitUserPolicy;
  predecessors: Agency[];
  /** null when the successor is to be created. */
  successor: Agency | null;
}

/** The answer of a merge or deactivation: what was done, the successor as it now is. */
export type SuccessionResult = SuccessionPreview;
