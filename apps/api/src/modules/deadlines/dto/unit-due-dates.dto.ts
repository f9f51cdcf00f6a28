import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID, ValidateNested } from 'class-validator';
import type { PeriodUnitDueDates, UnitDueDate } from '@giao-ban/shared';
import { IsLocalDate } from '../../../common/validation/is-local-date.js';

export class UnitDueDateDto implements UnitDueDate {
  @ApiProperty({ format: 'uuid' }) @IsUUID() agencyId!: string;
  @ApiProperty({ format: 'date', example: '2022-06-15' }) @IsLocalDate() dueDate!: string;
}

export class PeriodUnitDueDatesDto implements PeriodUnitDueDates {
  @ApiProperty({ type: [UnitDueDateDto] })
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => UnitDueDateDto)
  unitDueDates!: UnitDueDateDto[];
}
