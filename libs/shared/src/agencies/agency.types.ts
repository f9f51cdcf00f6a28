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

export interface Agency {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  displayOrder: number;
  active: boolean;
  /** The standing office (cơ quan thường trực) compiles; it is not a reporting member. */
  isStandingOffice: boolean;
}
