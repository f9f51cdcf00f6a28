import { ApiProperty } from '@nestjs/swagger';
import { AGENCY_KINDS, type Agency, type AgencyKind, type Page } from '@giao-ban/shared';

export class AgencyDto implements Agency {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SNGV' }) code!: string;
  @ApiProperty({ example: 'Sở Ngoại vụ' }) name!: string;
  @ApiProperty({ example: 'Sở Ngoại vụ' }) shortName!: string;
  @ApiProperty({ enum: AGENCY_KINDS }) kind!: AgencyKind;
  @ApiProperty() displayOrder!: number;
  @ApiProperty() active!: boolean;
  @ApiProperty() isStandingOffice!: boolean;
}

export class AgencyPageDto implements Page<Agency> {
  @ApiProperty({ type: [AgencyDto] }) items!: AgencyDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
