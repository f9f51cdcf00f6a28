import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  TASK_STATUSES,
  type AddNoteRequest,
  type GrantExtensionRequest,
  type IndicatorValue,
  type ReopenReportRequest,
  type ReturnReportRequest,
  type SaveSectionRequest,
  type SetApplicabilityRequest,
  type TaskStatus,
} from '@giao-ban/shared';
import { MaxDecimalPlaces } from '../../../common/validation/decimal-places.js';
import { IsInt4 } from '../../../common/validation/int4.js';
import { IsLocalDate } from '../../../common/validation/is-local-date.js';

/** The largest figure a unit can report; anything beyond is a typing slip, not a result. */
export const MAX_INDICATOR_VALUE = 1_000_000_000;

export class IndicatorValueDto implements IndicatorValue {
  @ApiProperty({ format: 'uuid' }) @IsUUID() indicatorId!: string;

  @ApiProperty({ nullable: true, type: Number, minimum: 0, maximum: MAX_INDICATOR_VALUE })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @MaxDecimalPlaces(2)
  @Min(0)
  @Max(MAX_INDICATOR_VALUE)
  value!: number | null;
}

export class SaveSectionDto implements SaveSectionRequest {
  @ApiProperty({ description: 'The section version the edit started from.' }) @IsInt4(0) version!: number;

  @ApiProperty({ maxLength: 100000 }) @IsString() @MaxLength(100_000) text!: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES, nullable: true })
  @IsOptional()
  @IsIn([...TASK_STATUSES])
  status?: TaskStatus | null;

  @ApiPropertyOptional({ type: [IndicatorValueDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorValueDto)
  indicatorValues?: IndicatorValueDto[];
}

export class SetApplicabilityDto implements SetApplicabilityRequest {
  @ApiProperty() @IsBoolean() applicable!: boolean;
}

export class ReturnReportDto implements ReturnReportRequest {
  @ApiProperty({ type: [String], description: 'Sections to revise; empty = the whole report.' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  sectionIds!: string[];

  @ApiProperty() @IsString() @MinLength(3) @MaxLength(5000) reason!: string;

  @ApiProperty({ format: 'date' }) @IsLocalDate() revisionDueDate!: string;
}

export class GrantExtensionDto implements GrantExtensionRequest {
  @ApiProperty({ format: 'date' }) @IsLocalDate() dueDate!: string;
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(2000) reason!: string;
}

export class ReopenReportDto implements ReopenReportRequest {
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(2000) reason!: string;
}

export class AddNoteDto implements AddNoteRequest {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(5000) body!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID() sectionId?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID() parentId?: string | null;
}

export class CompareQueryDto {
  @ApiProperty() @Type(() => Number) @IsInt4(1) from!: number;
  @ApiProperty() @Type(() => Number) @IsInt4(1) to!: number;
}
