import { ApiProperty } from '@nestjs/swagger';
import {
  AGENCY_KINDS,
  SUCCESSION_KINDS,
  UNIT_USER_POLICIES,
  type Agency,
  type AgencyHistory,
  type AgencyKind,
  type AgencyNameRecord,
  type AgencySuccession,
  type Page,
  type SuccessionKind,
  type SuccessionPlan,
  type SuccessionPreview,
  type UnitUserPolicy,
} from '@giao-ban/shared';

export class AgencyDto implements Agency {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SNGV' }) code!: string;
  @ApiProperty({ example: 'Sở Ngoại vụ' }) name!: string;
  @ApiProperty({ example: 'Sở Ngoại vụ' }) shortName!: string;
  @ApiProperty({ enum: AGENCY_KINDS }) kind!: AgencyKind;
  @ApiProperty() displayOrder!: number;
  @ApiProperty() active!: boolean;
  @ApiProperty() isStandingOffice!: boolean;
  @ApiProperty({ nullable: true, type: String }) contactPerson!: string | null;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
}

export class AgencyPageDto implements Page<Agency> {
  @ApiProperty({ type: [AgencyDto] }) items!: AgencyDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class AgencyNameRecordDto implements AgencyNameRecord {
  @ApiProperty() name!: string;
  @ApiProperty() shortName!: string;
  @ApiProperty({ format: 'date-time' }) validFrom!: string;
  @ApiProperty({ nullable: true, type: String }) changedByName!: string | null;
}

class UnitRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class AgencySuccessionDto implements AgencySuccession {
  @ApiProperty({ enum: SUCCESSION_KINDS }) kind!: SuccessionKind;
  @ApiProperty({ type: UnitRefDto }) predecessor!: UnitRefDto;
  @ApiProperty({ type: UnitRefDto, nullable: true }) successor!: UnitRefDto | null;
  @ApiProperty({ format: 'date' }) effectiveOn!: string;
  @ApiProperty({ nullable: true, type: String }) decidedByName!: string | null;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
}

export class AgencyHistoryDto implements AgencyHistory {
  @ApiProperty({ type: AgencyDto }) agency!: AgencyDto;
  @ApiProperty({ type: [AgencyNameRecordDto] }) names!: AgencyNameRecordDto[];
  @ApiProperty({ type: [AgencySuccessionDto] }) predecessors!: AgencySuccessionDto[];
  @ApiProperty({ type: [AgencySuccessionDto] }) successors!: AgencySuccessionDto[];
  @ApiProperty() activeUserCount!: number;
}

export class SuccessionPreviewDto implements SuccessionPreview {
  @ApiProperty({ description: 'move, release, keep, conflicts (ObligationFacts lists) and draftPeriods' }) plan!: SuccessionPlan;
  @ApiProperty({ description: 'The accounts of the units that end: {id, login, fullName, agencyId}' })
  users!: SuccessionPreview['users'];
  @ApiProperty({ enum: UNIT_USER_POLICIES }) userPolicy!: UnitUserPolicy;
  @ApiProperty({ type: [AgencyDto] }) predecessors!: AgencyDto[];
  @ApiProperty({ type: AgencyDto, nullable: true }) successor!: AgencyDto | null;
}
