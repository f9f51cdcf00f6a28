import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  BULLETIN_ITEM_KINDS,
  BULLETIN_ITEM_STATES,
  BULLETIN_LIMITS,
  BULLETIN_WINDOW_OVERRIDES,
  HOLIDAY_YEAR_RANGE,
  type AcceptBulletinItemRequest,
  type BulletinEditorial,
  type BulletinItemKind,
  type BulletinItemState,
  type BulletinLayoutRequest,
  type BulletinWindowOverride,
  type CreateBulletinItemRequest,
  type LocalDate,
  type NotUsedBulletinItemRequest,
  type PlanBulletinYearRequest,
  type ReturnBulletinItemRequest,
  type SaveBulletinItemRequest,
  type UpdateBulletinIssueRequest,
} from '@giao-ban/shared';
import { IsInt4 } from '../../../common/validation/int4.js';
import { IsLocalDate } from '../../../common/validation/is-local-date.js';
import { Trimmed } from '../../../common/validation/trimmed.js';

const L = BULLETIN_LIMITS;

export class YearQueryDto {
  @ApiProperty({ minimum: HOLIDAY_YEAR_RANGE.from, maximum: HOLIDAY_YEAR_RANGE.to })
  @Type(() => Number)
  @IsInt()
  @Min(HOLIDAY_YEAR_RANGE.from)
  @Max(HOLIDAY_YEAR_RANGE.to)
  year!: number;
}

/** The plan's own rules (days ascending, bounds) are validateBulletinPlan's; this checks the shape. */
export class PlanBulletinYearDto implements PlanBulletinYearRequest {
  @ApiProperty() @IsInt() year!: number;
  @ApiProperty() @IsInt() firstNumber!: number;
  @ApiProperty({ type: [Number] }) @IsArray() @ArrayMaxSize(L.deadlineDaysPerMonthMax) @IsInt({ each: true }) deadlineDays!: number[];
  @ApiProperty() @IsInt() windowDays!: number;
}

export class EditorialDto implements Partial<BulletinEditorial> {
  @ApiPropertyOptional() @IsOptional() @Trimmed() @IsString() @MaxLength(L.editorialLineMaxLength) governingBody?: string;
  @ApiPropertyOptional() @IsOptional() @Trimmed() @IsString() @MaxLength(L.editorialLineMaxLength) editorialBoard?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsLocalDate() releaseDate?: LocalDate | null;
}

export class UpdateBulletinIssueDto implements UpdateBulletinIssueRequest {
  @ApiPropertyOptional() @IsOptional() @IsInt4(1) number?: number;
  @ApiPropertyOptional() @IsOptional() @IsLocalDate() windowStart?: LocalDate;
  @ApiPropertyOptional() @IsOptional() @IsLocalDate() deadline?: LocalDate;
  @ApiPropertyOptional({ enum: BULLETIN_WINDOW_OVERRIDES, nullable: true })
  @IsOptional()
  @IsIn([...BULLETIN_WINDOW_OVERRIDES, null])
  windowOverride?: BulletinWindowOverride | null;
  @ApiPropertyOptional({ type: EditorialDto }) @IsOptional() @ValidateNested() @Type(() => EditorialDto) editorial?: EditorialDto;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.sectionsMax)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(L.sectionTitleMaxLength, { each: true })
  sections?: string[];
}

export class CreateBulletinItemDto implements CreateBulletinItemRequest {
  @ApiProperty({ enum: BULLETIN_ITEM_KINDS }) @IsIn([...BULLETIN_ITEM_KINDS]) kind!: BulletinItemKind;
  @ApiPropertyOptional() @IsOptional() @Trimmed() @IsString() @MaxLength(L.titleMaxLength) title?: string;
}

export class SaveBulletinItemDto implements SaveBulletinItemRequest {
  @ApiProperty({ enum: BULLETIN_ITEM_KINDS }) @IsIn([...BULLETIN_ITEM_KINDS]) kind!: BulletinItemKind;
  @ApiProperty() @IsString() @MaxLength(L.titleMaxLength) title!: string;
  @ApiProperty() @IsString() @MaxLength(L.sapoMaxLength) sapo!: string;
  @ApiProperty() @IsString() @MaxLength(L.bodyMaxLength) body!: string;
  @ApiProperty({ nullable: true }) @IsOptional() @IsLocalDate() eventDate!: LocalDate | null;
  @ApiProperty() @IsString() @MaxLength(L.eventPlaceMaxLength) eventPlace!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID() taskGroupId?: string | null;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(L.linksMax)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true })
  @MaxLength(L.linkMaxLength, { each: true })
  links!: string[];
  @ApiProperty({ description: 'The revision the edit started from.' }) @IsInt4(0) expectedRevision!: number;
}

export class AcceptBulletinItemDto implements AcceptBulletinItemRequest {
  @ApiPropertyOptional() @IsOptional() @Trimmed() @IsString() @MinLength(1) @MaxLength(L.titleMaxLength) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(L.sapoMaxLength) sapo?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(L.bodyMaxLength) body?: string;
  @ApiProperty() @Trimmed() @IsString() @MinLength(1) @MaxLength(L.sectionTitleMaxLength) section!: string;
}

export class ReturnBulletinItemDto implements ReturnBulletinItemRequest {
  @ApiProperty() @Trimmed() @IsString() @MinLength(1) @MaxLength(L.reasonMaxLength) reason!: string;
}

export class NotUsedBulletinItemDto implements NotUsedBulletinItemRequest {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Trimmed() @IsString() @MaxLength(L.reasonMaxLength) reason?: string | null;
}

export class LayoutSectionDto {
  @ApiProperty() @IsString() @MaxLength(L.sectionTitleMaxLength) title!: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(L.itemsPerIssueMax) @IsUUID('all', { each: true }) itemIds!: string[];
}

export class BulletinLayoutDto implements BulletinLayoutRequest {
  @ApiProperty({ type: [LayoutSectionDto] }) @IsArray() @ArrayMaxSize(L.sectionsMax) @ValidateNested({ each: true }) @Type(() => LayoutSectionDto) sections!: LayoutSectionDto[];
  @ApiProperty() @IsBoolean() twoColumns!: boolean;
}

export class ItemListQueryDto {
  @ApiPropertyOptional({ enum: BULLETIN_ITEM_STATES }) @IsOptional() @IsIn([...BULLETIN_ITEM_STATES]) state?: BulletinItemState;
}

export class PhotoUploadDto {
  @ApiPropertyOptional() @IsOptional() @Trimmed() @IsString() @MaxLength(L.captionMaxLength) caption?: string;
  @ApiPropertyOptional() @IsOptional() @Trimmed() @IsString() @MaxLength(L.creditMaxLength) credit?: string;
}

export class BulletinSearchQueryDto {
  @ApiPropertyOptional() @IsOptional() @Trimmed() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() taskGroupId?: string;
  @ApiPropertyOptional() @IsOptional() @IsLocalDate() from?: LocalDate;
  @ApiPropertyOptional() @IsOptional() @IsLocalDate() to?: LocalDate;
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @Type(() => Number) @IsInt4(1) page = 1;
}
