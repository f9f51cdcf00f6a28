import { ApiProperty } from '@nestjs/swagger';
import {
  INDICATOR_AGGREGATIONS,
  PERIOD_KINDS,
  PERIOD_STATES,
  TASK_GROUP_SHORT_NAME_MAX_LENGTH,
  type Indicator,
  type IndicatorAggregation,
  type Page,
  type PeriodKind,
  type PeriodState,
  type ReportingPeriod,
  type TaskGroup,
} from '@giao-ban/shared';

export class ReportingPeriodDto implements ReportingPeriod {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Báo cáo 6 tháng cuối năm 2021' }) title!: string;
  @ApiProperty({ enum: PERIOD_KINDS }) kind!: PeriodKind;
  @ApiProperty({ example: 2021 }) year!: number;
  @ApiProperty({ nullable: true, type: Number, example: 2 }) sequence!: number | null;
  @ApiProperty({ format: 'date', example: '2021-06-15' }) cutOffFrom!: string;
  @ApiProperty({ format: 'date', example: '2021-12-14' }) cutOffTo!: string;
  @ApiProperty({ format: 'date', example: '2021-12-17' }) dueDate!: string;
  @ApiProperty({ enum: PERIOD_STATES }) state!: PeriodState;
  @ApiProperty() requiresHeadApproval!: boolean;
  @ApiProperty() shiftDueDateToWorkingDay!: boolean;
  @ApiProperty() taskGroupCount!: number;
}

export class ReportingPeriodPageDto implements Page<ReportingPeriod> {
  @ApiProperty({ type: [ReportingPeriodDto] }) items!: ReportingPeriodDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class IndicatorDto implements Indicator {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Tin, bài gửi Bản tin thông tin đối ngoại' }) name!: string;
  @ApiProperty({ example: 'tin/bài' }) unit!: string;
  @ApiProperty({ enum: INDICATOR_AGGREGATIONS }) aggregation!: IndicatorAggregation;
  @ApiProperty() integerOnly!: boolean;
  @ApiProperty({ nullable: true, type: Number }) target!: number | null;
  @ApiProperty() ordinal!: number;
}

export class TaskGroupDto implements TaskGroup {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) periodId!: string;
  @ApiProperty({ example: 1 }) ordinal!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'Quảng bá hình ảnh Quảng Ninh', maxLength: TASK_GROUP_SHORT_NAME_MAX_LENGTH }) shortName!: string;
  @ApiProperty({ nullable: true, type: String }) guidance!: string | null;
  @ApiProperty({ type: [IndicatorDto] }) indicators!: IndicatorDto[];
}

export class TaskGroupPageDto implements Page<TaskGroup> {
  @ApiProperty({ type: [TaskGroupDto] }) items!: TaskGroupDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
