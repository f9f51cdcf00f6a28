import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  INDICATOR_AGGREGATIONS,
  PERIOD_KINDS,
  TASK_GROUP_SHORT_NAME_MAX_LENGTH,
  normalizeTaskGroupShortName,
  taskGroupShortNameProblems,
  type CreatePeriodRequest,
  type IndicatorAggregation,
  type IndicatorInput,
  type PeriodAgencies,
  type PeriodKind,
  type ReorderTaskGroupsRequest,
  type TaskGroupInput,
  type UpdatePeriodRequest,
} from '@giao-ban/shared';
import { IsLocalDate } from '../../../common/validation/is-local-date.js';
import { SharedRuleConstraint } from '../../../common/validation/shared-rule-constraint.js';
import { Trimmed } from '../../../common/validation/trimmed.js';

export class CreatePeriodDto implements CreatePeriodRequest {
  @ApiProperty({ example: 'Báo cáo 6 tháng đầu năm 2022' }) @Trimmed() @IsString() @MinLength(3) @MaxLength(200) title!: string;
  @ApiProperty({ enum: PERIOD_KINDS }) @IsIn([...PERIOD_KINDS]) kind!: PeriodKind;
  @ApiProperty({ example: 2022 }) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiProperty({ nullable: true, type: Number }) @ValidateIf((o) => o.sequence !== null) @IsInt() @Min(1) @Max(12) sequence!: number | null;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsLocalDate() cutOffFrom?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsLocalDate() cutOffTo?: string;
  @ApiProperty({ format: 'date' }) @IsLocalDate() dueDate!: string;
  @ApiProperty() @IsBoolean() requiresHeadApproval!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() shiftDueDateToWorkingDay?: boolean;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID() copyFromPeriodId?: string | null;
  @ApiPropertyOptional({ description: 'Create although the due date has passed (409 PAST_DUE_CONFIRMATION_REQUIRED otherwise).' })
  @IsOptional()
  @IsBoolean()
  confirmPastDue?: boolean;
}

export class UpdatePeriodDto implements UpdatePeriodRequest {
  @ApiPropertyOptional() @IsOptional() @Trimmed() @IsString() @MinLength(3) @MaxLength(200) title?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsLocalDate() cutOffFrom?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsLocalDate() cutOffTo?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsLocalDate() dueDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() requiresHeadApproval?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() shiftDueDateToWorkingDay?: boolean;
}

export class IndicatorInputDto implements IndicatorInput {
  @ApiProperty() @Trimmed() @IsString() @MinLength(1) @MaxLength(300) name!: string;
  @ApiProperty({ example: 'tin/bài' }) @Trimmed() @IsString() @MinLength(1) @MaxLength(40) unit!: string;
  @ApiProperty({ enum: INDICATOR_AGGREGATIONS }) @IsIn([...INDICATOR_AGGREGATIONS]) aggregation!: IndicatorAggregation;
  @ApiProperty() @IsBoolean() integerOnly!: boolean;
  @ApiProperty({ nullable: true, type: Number })
  @ValidateIf((o) => o.target !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000_000)
  target!: number | null;
}

/**
 * A task group's short name, checked by libs/shared's rule (taskGroupShortNameProblems) on the value
 * as it will be stored, with the rule's constraint names (isString, required, maxLength, plainLine) so
 * a 422 names the field as the web form does. Left out: not checked (the service defaults or keeps it).
 */
function TaskGroupShortName(): PropertyDecorator {
  const rule = (name: string, constraints: unknown[] = []) => SharedRuleConstraint(taskGroupShortNameProblems, name, constraints);
  return applyDecorators(
    ApiPropertyOptional({
      type: String,
      maxLength: TASK_GROUP_SHORT_NAME_MAX_LENGTH,
      example: 'Quảng bá hình ảnh Quảng Ninh',
      description: "What the dashboard shows of the group. Left out of a new group: made from the title's first clause; left out of an edit: unchanged.",
    }),
    Transform(({ value }: { value: unknown }) => normalizeTaskGroupShortName(value)),
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    rule('isString'),
    rule('required'),
    rule('maxLength', [TASK_GROUP_SHORT_NAME_MAX_LENGTH]),
    rule('plainLine'),
  );
}

export class TaskGroupInputDto implements TaskGroupInput {
  @ApiProperty() @Trimmed() @IsString() @MinLength(3) @MaxLength(2000) title!: string;
  @TaskGroupShortName() shortName?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) guidance?: string | null;
  @ApiProperty({ type: [IndicatorInputDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IndicatorInputDto)
  indicators!: IndicatorInputDto[];
}

export class ReorderTaskGroupsDto implements ReorderTaskGroupsRequest {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) taskGroupIds!: string[];
}

export class PeriodAgenciesDto implements PeriodAgencies {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(5000) @IsUUID('all', { each: true }) agencyIds!: string[];
}

/** `POST /api/periods/:id/agencies`: units added to an open period, at least one. */
export class AddPeriodAgenciesDto implements PeriodAgencies {
  @ApiProperty({ type: [String], minItems: 1 }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5000) @IsUUID('all', { each: true }) agencyIds!: string[];
}
