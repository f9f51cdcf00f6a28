import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  AGENCY_CODE_PATTERN,
  AGENCY_CONTACT_MAX_LENGTH,
  AGENCY_DISPLAY_ORDER_MAX,
  AGENCY_KINDS,
  AGENCY_NAME_MAX_LENGTH,
  AGENCY_SHORT_NAME_MAX_LENGTH,
  UNIT_USER_POLICIES,
  type AgencyKind,
  type AgencyListQuery,
  type CreateAgencyRequest,
  type DeactivateAgencyRequest,
  type MergeAgenciesRequest,
  type UnitUserPolicy,
  type UpdateAgencyRequest,
} from '@giao-ban/shared';
import { PageQueryDto } from '../../../common/pagination/page-query.dto.js';
import { IsLocalDate } from '../../../common/validation/is-local-date.js';
import { ContactEmail, ContactPhone, trimmed, trimmedOrNull } from '../../users/dto/user-requests.dto.js';

/** The unit's contact person (người đầu mối), as the unit's contact e-mail and phone beside it: optional, trimmed, blank is none. */
const ContactPerson = () =>
  applyDecorators(
    ApiPropertyOptional({ nullable: true, type: String, maxLength: AGENCY_CONTACT_MAX_LENGTH, example: 'Nguyễn Thị Lan' }),
    Transform(trimmedOrNull),
    IsOptional(),
    IsString(),
    MaxLength(AGENCY_CONTACT_MAX_LENGTH),
  );

export class AgencyListQueryDto extends PageQueryDto implements AgencyListQuery {
  @ApiPropertyOptional({ type: Boolean, description: 'Only active (true) or ended (false) units.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}

export class CreateAgencyDto implements CreateAgencyRequest {
  @ApiPropertyOptional({ example: 'SKHCN', description: 'Made from the short name when not given; never changes.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(AGENCY_CODE_PATTERN, { message: 'code must be 1 to 40 of A-Z, 0-9, "_" and "-", starting and ending with a letter or digit' })
  code?: string;

  @ApiProperty({ example: 'Sở Khoa học và Công nghệ' })
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(AGENCY_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ example: 'Sở KH&CN' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(AGENCY_SHORT_NAME_MAX_LENGTH)
  shortName!: string;

  @ApiProperty({ enum: AGENCY_KINDS })
  @IsIn(AGENCY_KINDS)
  kind!: AgencyKind;

  @ApiProperty({ minimum: 1, maximum: AGENCY_DISPLAY_ORDER_MAX, example: 9 })
  @IsInt()
  @Min(1)
  @Max(AGENCY_DISPLAY_ORDER_MAX)
  displayOrder!: number;

  @ContactPerson()
  contactPerson?: string | null;

  @ContactEmail()
  email?: string | null;

  @ContactPhone()
  phone?: string | null;
}

export class UpdateAgencyDto implements UpdateAgencyRequest {
  @ApiPropertyOptional({ example: 'Sở Khoa học và Công nghệ' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(AGENCY_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ example: 'Sở KH&CN' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(AGENCY_SHORT_NAME_MAX_LENGTH)
  shortName?: string;

  @ApiPropertyOptional({ enum: AGENCY_KINDS })
  @IsOptional()
  @IsIn(AGENCY_KINDS)
  kind?: AgencyKind;

  @ApiPropertyOptional({ minimum: 1, maximum: AGENCY_DISPLAY_ORDER_MAX })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(AGENCY_DISPLAY_ORDER_MAX)
  displayOrder?: number;

  @ContactPerson()
  contactPerson?: string | null;

  @ContactEmail()
  email?: string | null;

  @ContactPhone()
  phone?: string | null;
}

const NOTE_MAX_LENGTH = 1000;

export class DeactivateAgencyDto implements DeactivateAgencyRequest {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The unit that carries on the work (a split); none: abolished.' })
  @IsOptional()
  @IsUUID()
  successorId?: string | null;

  @ApiPropertyOptional({ enum: UNIT_USER_POLICIES, default: 'deactivate' })
  @IsOptional()
  @IsIn(UNIT_USER_POLICIES)
  users?: UnitUserPolicy;

  @ApiPropertyOptional({ example: '2025-07-01', description: 'Default: today in Asia/Ho_Chi_Minh.' })
  @IsOptional()
  @IsLocalDate()
  effectiveOn?: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Quyết định số 123/QĐ-UBND' })
  @Transform(trimmedOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string | null;
}

export class MergeSuccessorDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing active unit.' })
  @IsOptional()
  @IsUUID()
  existingId?: string;

  @ApiPropertyOptional({ type: CreateAgencyDto, description: 'A new unit, created by the merge.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CreateAgencyDto)
  create?: CreateAgencyDto;
}

export class MergeAgenciesDto implements MergeAgenciesRequest {
  @ApiProperty({ type: [String], format: 'uuid', example: ['…', '…'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID(undefined, { each: true })
  predecessorIds!: string[];

  @ApiProperty({ type: MergeSuccessorDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MergeSuccessorDto)
  successor!: MergeSuccessorDto;

  @ApiProperty({ enum: UNIT_USER_POLICIES })
  @IsIn(UNIT_USER_POLICIES)
  users!: UnitUserPolicy;

  @ApiPropertyOptional({ example: '2025-07-01', description: 'Default: today in Asia/Ho_Chi_Minh.' })
  @IsOptional()
  @IsLocalDate()
  effectiveOn?: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Nghị quyết số 35/NQ-HĐND' })
  @Transform(trimmedOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string | null;
}
